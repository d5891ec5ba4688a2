/**
 * Which field a YAML "duplicate key" error is about, and where it first stood: the `yaml` package
 * only says where the second one starts. Field paths are written as the other messages write
 * them ("sender.name", "attachments[2].file").
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface DuplicateKey {
  field: string;
  /** Line of the first occurrence, in the YAML text. */
  firstLine: number;
}

function walk(node: unknown, path: string, lineCounter: LineCounter, found: Map<number, DuplicateKey>): void {
  if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${path}[${i + 1}]`, lineCounter, found));
  if (!isMap(node)) return;
  const first = new Map<string, number>();
  for (const pair of node.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const name = String(pair.key.value);
    const field = path ? `${path}.${name}` : name;
    const at = pair.key.range[0];
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, at);
    else found.set(at, { field, firstLine: lineCounter.linePos(earlier).line });
    walk(pair.value, field, lineCounter, found);
  }
}

/** Every repeated key, by the offset of its repetition (where the parser's error points). */
export function duplicateKeys(doc: Document, lineCounter: LineCounter): Map<number, DuplicateKey> {
  const found = new Map<number, DuplicateKey>();
  walk(doc.contents, '', lineCounter, found);
  return found;
}
