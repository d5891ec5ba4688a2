/**
 * What a change does to the CSV tables, compared only where the check can read them
 * (read-tables.ts): per indicator the values added, revised and removed, flags, row sources,
 * source addresses and notes changed (as the page's »Ændringshistorik« shows them), the rows the
 * check cannot read, and the indicator's own row added, removed, given a new id, or changed field by
 * field. Other tables in the data folder are diffed row by row on their primary key.
 */
import { BOOLEAN_VALUES, columnSpec, INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { parsePeriod } from '../../../src/lib/data/parse-period.ts';
import { plainNumber, sameValue } from '../../../src/lib/history/cell-values.ts';
import { historyColumns } from '../../../src/lib/history/history-columns.ts';
import type { FieldChange, Row } from '../../../src/lib/history/row-diff.ts';
import { comparableRows, type DataSide, type ReadTable, type TableRow } from './read-tables.ts';

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
  /** The check rejects the new cell: it is shown as written and never computed with. */
  invalid?: boolean;
}

export interface ValuePoint {
  period: string;
  breakdown: string;
  value: string;
  flag: string;
  /** The check rejects the value itself ("value") or another cell of its row ("row"). */
  invalid?: 'value' | 'row';
}

export interface MarkedFieldChange extends FieldChange {
  /** The check rejects the new cell. */
  invalid?: boolean;
}

/** A row of an indicator that the check cannot read on the changed side: it is left out of the comparison. */
export interface UnreadValue {
  file: string;
  line: number;
  /** The value the row replaces, when the row it was edited from is found. */
  replaces?: { period: string; breakdown: string };
  /** The id the row names, when no version of indicators.csv has it. */
  unknownId?: string;
}

export interface IndicatorDataChange {
  id: string;
  /** The indicator's row in the version after the change, or before it when it was removed. */
  row: Row;
  /** The row before the change; undefined when the change adds the indicator. */
  before?: Row;
  /** The row after the change; undefined when the change removes the indicator. */
  after?: Row;
  /** The id before the change, when the change gives the indicator a new id. */
  renamedFrom?: string;
  /** Changed cells of the indicator's own row (the id itself not counted). */
  fields: MarkedFieldChange[];
  added: ValuePoint[];
  revised: CellChange[];
  removed: ValuePoint[];
  flags: CellChange[];
  sources: CellChange[];
  /** The row's source_url: where the value was read. */
  sourceUrls: CellChange[];
  notes: CellChange[];
  unread: UnreadValue[];
  /** The newest period of the main series (no breakdown) before and after the change. */
  newest: { before?: string; after?: string };
}

/** A row the check cannot read that belongs to no indicator the summary can name. */
export interface LooseRow {
  file: string;
  line: number;
  /** The id the row names, when no version of indicators.csv has it. */
  unknownId?: string;
}

export interface DataChanges {
  indicators: IndicatorDataChange[];
  loose: LooseRow[];
  /** Indicator ids the change renames: old id → new id. */
  renames: Map<string, string>;
}

/** "ja" in a boolean cell (main, illustrative), read leniently from any version of the file. */
export function isYes(raw: string | undefined): boolean {
  return BOOLEAN_VALUES[(raw ?? '').trim() as keyof typeof BOOLEAN_VALUES] === true;
}

const M = historyColumns().measurements;
const ID = historyColumns().indicators.id;
const TITLE = columnSpec(INDICATORS_TABLE, 'title').name;

export function hasValueChanges(c: IndicatorDataChange): boolean {
  return [c.added, c.revised, c.removed, c.flags, c.sources, c.sourceUrls, c.notes, c.unread].some((list) => list.length > 0);
}

function measurementKey(r: Row): string {
  return `${r[M.indicator] ?? ''}\u0000${r[M.period] ?? ''}\u0000${r[M.breakdown] ?? ''}`;
}

/** `marked`: the check's verdict applies to the changed side only; the base's errors are not listed above. */
function point(r: TableRow, marked = true): ValuePoint {
  const invalid = !marked ? undefined : r.invalid.has(M.value) ? 'value' : r.invalid.size > 0 ? 'row' : undefined;
  const p = {
    period: r.row[M.period] ?? '',
    breakdown: r.row[M.breakdown] ?? '',
    value: r.row[M.value] ?? '',
    flag: r.row[FLAG_COLUMN] ?? '',
  };
  return invalid ? { ...p, invalid } : p;
}

/** Changed cells; a cell the check rejects is compared as written ("87.5" is not 87,5 in a ";" file). */
export function fieldDiff(before: TableRow, after: TableRow, fields: readonly string[]): MarkedFieldChange[] {
  return fields.flatMap((field) => {
    const old = before.row[field] ?? '';
    const now = after.row[field] ?? '';
    const invalid = after.invalid.has(field);
    if (invalid ? old.trim() === now.trim() : sameValue(old, now)) return [];
    return [{ field, old, new: now, ...(invalid ? { invalid } : {}) }];
  });
}

/** An unreadable side is replaced by the other one, so none of its rows is compared. */
function usable(before: ReadTable, after: ReadTable): [ReadTable, ReadTable] {
  if (after.unreadable.length > 0) return before.unreadable.length > 0 ? [after, after] : [before, before];
  return before.unreadable.length > 0 ? [after, after] : [before, after];
}

/** "period\0breakdown\0value" of an indicator's readable rows: what stays when only its id changes. */
function seriesOf(t: ReadTable | undefined, id: string): Set<string> {
  return new Set(
    (t?.rows ?? [])
      .filter((r) => !r.unkeyed && r.row[M.indicator] === id)
      .map((r) => `${r.row[M.period] ?? ''}\u0000${r.row[M.breakdown] ?? ''}\u0000${plainNumber(r.row[M.value] ?? '') ?? r.row[M.value]}`),
  );
}

/**
 * Ids the change renames: an indicator that leaves indicators.csv and one that arrives with the same
 * title, or with (nearly) the same values – at least four in five the same, so a value revised in
 * the same change does not hide the rename.
 */
function findRenames(
  ind: { before: Map<string, TableRow>; after: Map<string, TableRow> },
  mea: { before: ReadTable; after: ReadTable } | undefined,
): Map<string, string> {
  const gone = [...ind.before.keys()].filter((id) => !ind.after.has(id));
  const renames = new Map<string, string>();
  for (const [id, row] of ind.after) {
    if (ind.before.has(id)) continue;
    const title = row.row[TITLE] ?? '';
    const values = seriesOf(mea?.after, id);
    let best: { id: string; score: number } | undefined;
    for (const old of gone.filter((g) => !renames.has(g))) {
      const oldValues = seriesOf(mea?.before, old);
      const common = [...values].filter((v) => oldValues.has(v)).length;
      const sameTitle = title !== '' && title === (ind.before.get(old)?.row[TITLE] ?? '');
      const sameValues = common > 0 && common * 5 >= Math.max(values.size, oldValues.size) * 4;
      // The title counts above any number of values in common.
      const score = (sameTitle ? 1e9 : 0) + (sameValues ? common : 0);
      if (score > 0 && (!best || score > best.score)) best = { id: old, score };
    }
    if (best) renames.set(best.id, id);
  }
  return renames;
}

/** The newest period of each indicator's main series (no breakdown). */
function newestPeriods(t: ReadTable): Map<string, { label: string; time: number }> {
  const newest = new Map<string, { label: string; time: number }>();
  for (const r of t.rows) {
    if (r.unkeyed || (r.row[M.breakdown] ?? '') !== '') continue;
    const p = parsePeriod(r.row[M.period] ?? '');
    const id = r.row[M.indicator] ?? '';
    const at = newest.get(id);
    if (p && (!at || p.time > at.time)) newest.set(id, p);
  }
  return newest;
}

/** Per indicator id, in the order of the newer indicator file, then ids only the older one has. */
export function dataChanges(before: DataSide, after: DataSide): DataChanges {
  const [ib, ia] = usable(before.indicators, after.indicators);
  const ind = comparableRows(ib, ia, (r) => r[ID] ?? '');
  const meaReadable = before.measurements.unreadable.length === 0 && after.measurements.unreadable.length === 0;
  const renames = findRenames(ind, meaReadable ? { before: before.measurements, after: after.measurements } : undefined);
  const renamedTo = new Map([...renames].map(([from, to]) => [to, from]));
  const loose: LooseRow[] = [];

  const changes = new Map<string, IndicatorDataChange>();
  const entry = (id: string, rows?: { before?: Row; after?: Row }): IndicatorDataChange => {
    let c = changes.get(id);
    if (!c) {
      const from = renamedTo.get(id);
      const b = rows ? rows.before : ind.before.get(from ?? id)?.row;
      const a = rows ? rows.after : ind.after.get(id)?.row;
      c = {
        id,
        row: a ?? b ?? { [ID]: id },
        before: b,
        after: a,
        ...(from ? { renamedFrom: from } : {}),
        fields: [],
        added: [],
        revised: [],
        removed: [],
        flags: [],
        sources: [],
        sourceUrls: [],
        notes: [],
        unread: [],
        newest: {},
      };
      changes.set(id, c);
    }
    return c;
  };

  const fields = [...new Set([...ia.header, ...ib.header])].filter((f) => f !== '' && f !== ID);
  for (const [id, a] of ind.after) {
    const b = ind.before.get(renamedTo.get(id) ?? id);
    const diff = b ? fieldDiff(b, a, fields) : [];
    if (!b || diff.length > 0 || renamedTo.has(id)) entry(id).fields.push(...diff);
  }
  for (const id of ind.before.keys()) if (!ind.after.has(id) && !renames.has(id)) entry(id);
  for (const u of ind.unread) {
    // The indicator's row cannot be read now: it keeps its old row, so it is neither new nor removed.
    if (u.replaces) {
      const id = u.replaces.row[ID] ?? '';
      entry(id, { before: u.replaces.row, after: u.replaces.row }).unread.push({ file: ia.file, line: u.row.line });
    } else loose.push({ file: ia.file, line: u.row.line });
  }

  if (meaReadable) {
    const afterIds = new Set(ind.after.keys());
    const known = new Set([...ib.rows, ...ia.rows].map((r) => r.row[ID] ?? '').filter((id) => id !== ''));
    // A value under an id no version of indicators.csv has (or under an id the change renamed away)
    // belongs to no indicator: it is the check's error, never a new indicator.
    // The base's values of a renamed indicator are compared under its new id.
    const place = (t: ReadTable, side: 'before' | 'after'): ReadTable => ({
      ...t,
      rows: t.rows.map((r) => {
        const id = r.row[M.indicator] ?? '';
        const renamedAway = side === 'after' && renames.has(id) && !afterIds.has(id);
        const unknown = !r.unkeyed && id !== '' && (!known.has(id) || renamedAway);
        const to = side === 'before' ? renames.get(id) : undefined;
        return { ...r, ...(to ? { row: { ...r.row, [M.indicator]: to } } : {}), ...(unknown ? { unkeyed: 'unknown-id' as const } : {}) };
      }),
    });
    const mb = place(before.measurements, 'before');
    const ma = place(after.measurements, 'after');
    const mea = comparableRows(mb, ma, measurementKey);
    const idOf = (r: TableRow) => r.row[M.indicator] ?? '';
    for (const [k, r] of mea.after) {
      const old = mea.before.get(k);
      if (!old) {
        entry(idOf(r)).added.push(point(r));
        continue;
      }
      const diff = fieldDiff(old, r, [M.value, FLAG_COLUMN, M.source, M.sourceUrl, M.note]);
      if (diff.length === 0) continue;
      const c = entry(idOf(r));
      const lists: Record<string, CellChange[]> = {
        [M.value]: c.revised,
        [FLAG_COLUMN]: c.flags,
        [M.source]: c.sources,
        [M.sourceUrl]: c.sourceUrls,
        [M.note]: c.notes,
      };
      const at = { period: r.row[M.period] ?? '', breakdown: r.row[M.breakdown] ?? '' };
      for (const f of diff) lists[f.field]?.push({ ...at, old: f.old, new: f.new, ...(f.invalid ? { invalid: true } : {}) });
    }
    for (const [k, r] of mea.before) if (!mea.after.has(k)) entry(idOf(r)).removed.push(point(r, false));
    for (const u of mea.unread) {
      const named = u.row.row[M.indicator] ?? '';
      const unknownId = u.row.unkeyed === 'unknown-id' ? named : undefined;
      const value: UnreadValue = { file: ma.file, line: u.row.line, ...(unknownId ? { unknownId } : {}) };
      if (u.replaces) {
        const p = { period: u.replaces.row[M.period] ?? '', breakdown: u.replaces.row[M.breakdown] ?? '' };
        entry(u.replaces.row[M.indicator] ?? '').unread.push({ ...value, replaces: p });
      } else if (!unknownId && afterIds.has(named)) entry(named).unread.push(value);
      else loose.push(value);
    }
    const newBefore = newestPeriods(mb);
    const newAfter = newestPeriods(ma);
    for (const c of changes.values()) c.newest = { before: newBefore.get(c.id)?.label, after: newAfter.get(c.id)?.label };
  }

  changes.delete('');
  const order = [...ia.rows, ...ib.rows].map((r) => r.row[ID] ?? '');
  const at = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return { indicators: [...changes.values()].sort((a, b) => at(a.id) - at(b.id)), loose, renames };
}

export interface TableRowChange {
  kind: 'added' | 'removed' | 'changed' | 'unread';
  /** The row's primary key values, e.g. "bolig-udsatte · 2024"; for an unread row, the row it replaces (or ""). */
  key: string;
  fields: MarkedFieldChange[];
  /** The line of a row the check cannot read. */
  line?: number;
  /** An added row with a cell the check rejects. */
  invalid?: boolean;
}

/** Row changes of a table the summary has no special knowledge of (diffed on its primary key). */
export function tableChanges(before: ReadTable, after: ReadTable): TableRowChange[] {
  if (before.unreadable.length > 0 || after.unreadable.length > 0) return [];
  const spec = after.spec;
  const key = (r: Row) => spec.primaryKey.map((k) => r[k] ?? '').join(' · ');
  const fields = [...new Set([...after.header, ...before.header])].filter((f) => f !== '' && !spec.primaryKey.includes(f));
  const c = comparableRows(before, after, key);
  const out: TableRowChange[] = [];
  for (const [k, r] of c.after) {
    const old = c.before.get(k);
    if (!old) out.push({ kind: 'added', key: k, fields: [], ...(r.invalid.size > 0 ? { invalid: true } : {}) });
  }
  for (const [k, r] of c.after) {
    const old = c.before.get(k);
    const diff = old ? fieldDiff(old, r, fields) : [];
    if (diff.length > 0) out.push({ kind: 'changed', key: k, fields: diff });
  }
  for (const [k] of c.before) if (!c.after.has(k)) out.push({ kind: 'removed', key: k, fields: [] });
  for (const u of c.unread) out.push({ kind: 'unread', key: u.replaces ? key(u.replaces.row) : '', fields: [], line: u.row.line });
  return out;
}

/** The two tables this module knows; any other table in CSV_TABLES goes through tableChanges. */
export const KNOWN_TABLES: readonly TableSpec[] = [INDICATORS_TABLE, MEASUREMENTS_TABLE];
