/** Diff two versions of a keyed table: which keys appeared, which disappeared, which fields changed. */
import { sameValue } from './cell-values.ts';

export type Row = Record<string, string>;

export interface FieldChange {
  field: string;
  old: string;
  new: string;
}

export interface RowDiff {
  added: Row[];
  removed: Row[];
  changed: { before: Row; after: Row; fields: FieldChange[] }[];
}

/** Index rows by a key; a later duplicate wins, as the history must not fail on a broken version. */
export function indexRows(rows: Row[], key: (row: Row) => string): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) map.set(key(row), row);
  return map;
}

/** Compare `fields` of rows present in both versions; rows keep the order of the newer version. */
export function diffRows(before: Map<string, Row>, after: Map<string, Row>, fields: readonly string[]): RowDiff {
  const diff: RowDiff = { added: [], removed: [], changed: [] };
  for (const [k, row] of after) {
    const old = before.get(k);
    if (!old) {
      diff.added.push(row);
      continue;
    }
    const changes: FieldChange[] = [];
    for (const f of fields) {
      const o = old[f] ?? '';
      const n = row[f] ?? '';
      if (!sameValue(o, n)) changes.push({ field: f, old: o, new: n });
    }
    if (changes.length) diff.changed.push({ before: old, after: row, fields: changes });
  }
  for (const [k, row] of before) if (!after.has(k)) diff.removed.push(row);
  return diff;
}
