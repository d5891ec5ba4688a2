/**
 * A minimal YAML emitter for front matter: strings double-quoted (JSON escaping is valid YAML),
 * dates as YYYY-MM-DD, booleans and numbers bare, arrays as block lists. Key order is the object's,
 * so output is deterministic.
 */
export type YamlValue = string | number | boolean | Date | YamlValue[] | { [key: string]: YamlValue | undefined };

function scalar(value: string | number | boolean | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function isScalar(value: YamlValue): value is string | number | boolean | Date {
  return typeof value !== 'object' || value instanceof Date;
}

function emit(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${scalar(item)}`];
      const [first, ...rest] = emit(item, `${indent}  `);
      return [`${indent}- ${(first ?? '').trimStart()}`, ...rest];
    });
  }
  if (isScalar(value)) return [`${indent}${scalar(value)}`];
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (isScalar(v)) lines.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v) && v.length === 0) lines.push(`${indent}${key}: []`);
    else if (Array.isArray(v)) lines.push(`${indent}${key}:`, ...emit(v, `${indent}  `));
    else lines.push(`${indent}${key}:`, ...emit(v, `${indent}  `));
  }
  return lines;
}

/** Front matter block including the --- fences and a trailing newline. */
export function frontMatter(data: { [key: string]: YamlValue | undefined }): string {
  return `---\n${emit(data, '').join('\n')}\n---\n`;
}
