/**
 * Front matter for generated letters, written by the `yaml` package: strings double-quoted, dates as
 * bare YYYY-MM-DD (what an editor types), booleans and numbers bare, arrays as block lists. Key order
 * is the object's, so output is deterministic.
 */
import { Scalar, stringify } from 'yaml';

export type YamlValue = string | number | boolean | Date | YamlValue[] | { [key: string]: YamlValue | undefined };

/** Dates become plain scalars: a quoted "2009-04-02" would still parse, but no editor writes it so. */
function withPlainDates(value: YamlValue | undefined): unknown {
  if (value instanceof Date) {
    const day = new Scalar(value.toISOString().slice(0, 10));
    day.type = 'PLAIN';
    return day;
  }
  if (Array.isArray(value)) return value.map(withPlainDates);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPlainDates(v)]));
  return value;
}

/** Front matter block including the --- fences and a trailing newline. */
export function frontMatter(data: { [key: string]: YamlValue | undefined }): string {
  const body = stringify(withPlainDates(data), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${body}---\n`;
}
