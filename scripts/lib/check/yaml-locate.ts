/**
 * File line and column of a front-matter path, e.g. ["sender", "organisation"] → the key
 * "organisation". A missing key is located at its nearest existing parent, or at the closing ---.
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { FrontMatter } from './front-matter.ts';

export interface Position {
  line: number;
  column: number;
}

function keyName(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key) return String((key as { value: unknown }).value);
  return undefined;
}

/** The node for a key's position (the key itself in a map, the item in a list). */
function step(node: unknown, segment: PropertyKey): { at?: Node; next?: unknown } {
  if (isMap(node)) {
    const pair = node.items.find((p) => keyName(p.key) === String(segment));
    return pair ? { at: pair.key as Node, next: pair.value } : {};
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item ? { at: item, next: item } : {};
  }
  return {};
}

export function locate(fm: FrontMatter, path: readonly PropertyKey[]): Position {
  const { doc, lineCounter } = fm.positioned();
  let node: unknown = doc.contents;
  let found: Node | undefined;
  for (const segment of path) {
    const { at, next } = step(node, segment);
    if (!at) break;
    found = at;
    node = next;
  }
  const offset = found?.range?.[0];
  if (offset === undefined) return { line: fm.endLine, column: 1 };
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + fm.yamlStartLine - 1, column: pos.col };
}

/** The value at a path in plain data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const segment of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[segment];
  }
  return cur;
}
