/**
 * What a change does to the CSV tables, read leniently (a broken version still shows its diff):
 * per indicator the values added, revised and removed, flags, row sources and notes changed, and the
 * indicator's own row added, removed or changed field by field. Other tables in the data folder are
 * diffed row by row on their primary key.
 */
import { BOOLEAN_VALUES, columnSpec, INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { diffRows, indexRows, type FieldChange, type Row } from '../../../src/lib/history/row-diff.ts';
import { historyColumns } from '../../../src/lib/history/history-columns.ts';
import { readCsvRecords } from '../../../src/lib/data/read-csv.ts';

/**
 * The value flag (foreløbig, revideret, brud i serien, skønnet). Read by name and optional: a file
 * without the column simply has no flags, so older versions compare cleanly with newer ones.
 */
export const FLAG_COLUMN = 'flag';

export interface CellChange {
  period: string;
  breakdown: string;
  old: string;
  new: string;
}

export interface ValuePoint {
  period: string;
  breakdown: string;
  value: string;
  flag: string;
}

export interface IndicatorDataChange {
  id: string;
  /** The indicator's row in the version after the change, or before it when it was removed. */
  row: Row;
  /** The row before the change; undefined when the change adds the indicator. */
  before?: Row;
  /** The row after the change; undefined when the change removes the indicator. */
  after?: Row;
  /** Changed cells of the indicator's own row. */
  fields: FieldChange[];
  added: ValuePoint[];
  revised: CellChange[];
  removed: ValuePoint[];
  flags: CellChange[];
  sources: CellChange[];
  notes: CellChange[];
}

/** "ja" in a boolean cell (main, illustrative), read leniently from any version of the file. */
export function isYes(raw: string | undefined): boolean {
  return BOOLEAN_VALUES[(raw ?? '').trim() as keyof typeof BOOLEAN_VALUES] === true;
}

const M = (() => {
  const c = historyColumns().measurements;
  return { ...c, source: columnSpec(MEASUREMENTS_TABLE, 'source').name, note: columnSpec(MEASUREMENTS_TABLE, 'note').name };
})();
const ID = historyColumns().indicators.id;

function emptyChange(id: string, row: Row): IndicatorDataChange {
  return { id, row, fields: [], added: [], revised: [], removed: [], flags: [], sources: [], notes: [] };
}

export function hasValueChanges(c: IndicatorDataChange): boolean {
  return [c.added, c.revised, c.removed, c.flags, c.sources, c.notes].some((list) => list.length > 0);
}

function measurementKey(r: Row): string {
  return `${r[M.indicator] ?? ''}\u0000${r[M.period] ?? ''}\u0000${r[M.breakdown] ?? ''}`;
}

function point(r: Row): ValuePoint {
  return { period: r[M.period] ?? '', breakdown: r[M.breakdown] ?? '', value: r[M.value] ?? '', flag: r[FLAG_COLUMN] ?? '' };
}

/** Per indicator id, in the order of the newer indicator file, then ids only the older one has. */
export function dataChanges(
  indicators: { before: string; after: string },
  measurements: { before: string; after: string },
): IndicatorDataChange[] {
  const indBefore = indexRows(readCsvRecords(indicators.before).rows, (r) => r[ID] ?? '');
  const indAfterTable = readCsvRecords(indicators.after);
  const indAfter = indexRows(indAfterTable.rows, (r) => r[ID] ?? '');
  const changes = new Map<string, IndicatorDataChange>();
  const entry = (id: string): IndicatorDataChange => {
    let c = changes.get(id);
    if (!c) changes.set(id, (c = emptyChange(id, indAfter.get(id) ?? indBefore.get(id) ?? { [ID]: id })));
    c.before = indBefore.get(id);
    c.after = indAfter.get(id);
    return c;
  };

  const fields = [...new Set([...indAfterTable.header, ...readCsvRecords(indicators.before).header])].filter((f) => f !== ID);
  const ind = diffRows(indBefore, indAfter, fields);
  for (const r of [...ind.added, ...ind.removed]) entry(r[ID] ?? '');
  for (const ch of ind.changed) entry(ch.after[ID] ?? '').fields.push(...ch.fields);

  const mea = diffRows(
    indexRows(readCsvRecords(measurements.before).rows, measurementKey),
    indexRows(readCsvRecords(measurements.after).rows, measurementKey),
    [M.value, FLAG_COLUMN, M.source, M.note],
  );
  for (const r of mea.added) entry(r[M.indicator] ?? '').added.push(point(r));
  for (const r of mea.removed) entry(r[M.indicator] ?? '').removed.push(point(r));
  for (const ch of mea.changed) {
    const c = entry(ch.after[M.indicator] ?? '');
    const at = { period: ch.after[M.period] ?? '', breakdown: ch.after[M.breakdown] ?? '' };
    const lists: Record<string, CellChange[]> = { [M.value]: c.revised, [FLAG_COLUMN]: c.flags, [M.source]: c.sources, [M.note]: c.notes };
    for (const f of ch.fields) lists[f.field]?.push({ ...at, old: f.old, new: f.new });
  }
  changes.delete('');
  const order = [...indAfter.keys(), ...indBefore.keys()];
  return [...changes.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export interface TableRowChange {
  kind: 'added' | 'removed' | 'changed';
  /** The row's primary key values, e.g. "bolig-udsatte · 2024". */
  key: string;
  fields: FieldChange[];
}

/** Row changes of a table the summary has no special knowledge of (diffed on its primary key). */
export function tableChanges(spec: TableSpec, before: string, after: string): TableRowChange[] {
  const key = (r: Row) => spec.primaryKey.map((k) => r[k] ?? '').join(' · ');
  const b = readCsvRecords(before);
  const a = readCsvRecords(after);
  const fields = [...new Set([...a.header, ...b.header])].filter((f) => !spec.primaryKey.includes(f));
  const diff = diffRows(indexRows(b.rows, key), indexRows(a.rows, key), fields);
  return [
    ...diff.added.map((r): TableRowChange => ({ kind: 'added', key: key(r), fields: [] })),
    ...diff.changed.map((c): TableRowChange => ({ kind: 'changed', key: key(c.after), fields: c.fields })),
    ...diff.removed.map((r): TableRowChange => ({ kind: 'removed', key: key(r), fields: [] })),
  ];
}

/** The two tables this module knows; any other table in CSV_TABLES goes through tableChanges. */
export const KNOWN_TABLES: readonly TableSpec[] = [INDICATORS_TABLE, MEASUREMENTS_TABLE];
