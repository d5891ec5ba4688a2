/**
 * Per-indicator change history from the committed versions of the two data files: which
 * measurements each commit added, revised (old → new) or removed, which values got a new flag, note,
 * source or source address, and which indicator fields (target, baseline, source …) it changed.
 * Pure: git is read elsewhere (git-versions.ts).
 */
import { diffRows, indexRows, type FieldChange, type Row } from './row-diff.ts';
import type { FileVersion } from './file-version.ts';
import { readCsvRecords } from '../data/read-csv.ts';

/** Column names in the two CSV files; passed in so they come from the one CSV schema. */
export interface HistoryColumns {
  measurements: { indicator: string; period: string; breakdown: string; value: string } & Record<ValueDetail, string>;
  indicators: { id: string };
}

/** What is published about a value besides the number itself, as the page's table and chart show it. */
export const VALUE_DETAILS = ['flag', 'note', 'source', 'sourceUrl'] as const;

export type ValueDetail = (typeof VALUE_DETAILS)[number];

export interface ValuePoint {
  period: string;
  breakdown: string;
  value: string;
  /** The value's flag (»brud i serien« …), only when it has one. */
  flag?: string;
}

/** A value whose flag, note, source or source address changed while it stayed in the file. */
export interface ValueDetailChange {
  detail: ValueDetail;
  period: string;
  breakdown: string;
  old: string;
  new: string;
}

export interface ValueRevision {
  period: string;
  breakdown: string;
  old: string;
  new: string;
}

export interface ChangeEntry {
  sha: string;
  date: string;
  message: string;
  added: ValuePoint[];
  revised: ValueRevision[];
  removed: ValuePoint[];
  /** Flags, notes and sources of kept values that changed, in file order. */
  details: ValueDetailChange[];
  /** Changed cells of the indicator's own row in the indicator file. */
  fields: FieldChange[];
  /** The commit added or removed the indicator's row itself. */
  indicator: 'added' | 'removed' | undefined;
  /** The commit created one of the data files (their first version). */
  createdFile: boolean;
  /** Every path the commit touched (git-versions.ts), to tell an editor's change from a developer's. */
  files: string[];
}

export type HistoryByIndicator = Map<string, ChangeEntry[]>;

function entryFor(map: HistoryByIndicator, id: string, v: FileVersion): ChangeEntry {
  let list = map.get(id);
  if (!list) map.set(id, (list = []));
  let entry = list.find((e) => e.sha === v.sha);
  if (!entry) {
    entry = {
      sha: v.sha,
      date: v.date,
      message: v.message,
      added: [],
      revised: [],
      removed: [],
      details: [],
      fields: [],
      indicator: undefined,
      createdFile: false,
      files: v.files ?? [v.path],
    };
    list.push(entry);
  }
  if (v.parentContent === '') entry.createdFile = true;
  return entry;
}

function measurementChanges(map: HistoryByIndicator, versions: FileVersion[], c: HistoryColumns['measurements']): void {
  const key = (r: Row) => `${r[c.indicator]}\u0000${r[c.period]}\u0000${r[c.breakdown] ?? ''}`;
  const point = (r: Row): ValuePoint => {
    const flag = (r[c.flag] ?? '').trim();
    return { period: r[c.period] ?? '', breakdown: r[c.breakdown] ?? '', value: r[c.value] ?? '', ...(flag ? { flag } : {}) };
  };
  // A column an older version lacks reads as empty cells, so a flag set in the commit that added the column is a change.
  const detailOf = new Map<string, ValueDetail>(VALUE_DETAILS.map((d) => [c[d], d]));
  for (const v of versions) {
    const diff = diffRows(indexRows(readCsvRecords(v.parentContent).rows, key), indexRows(readCsvRecords(v.content).rows, key), [
      c.value,
      ...detailOf.keys(),
    ]);
    for (const r of diff.added) entryFor(map, r[c.indicator] ?? '', v).added.push(point(r));
    for (const r of diff.removed) entryFor(map, r[c.indicator] ?? '', v).removed.push(point(r));
    for (const ch of diff.changed) {
      const entry = entryFor(map, ch.after[c.indicator] ?? '', v);
      const at = { period: ch.after[c.period] ?? '', breakdown: ch.after[c.breakdown] ?? '' };
      for (const f of ch.fields) {
        const detail = detailOf.get(f.field);
        if (detail) entry.details.push({ detail, ...at, old: f.old, new: f.new });
        else entry.revised.push({ ...at, old: f.old, new: f.new });
      }
    }
  }
}

function indicatorChanges(map: HistoryByIndicator, versions: FileVersion[], c: HistoryColumns['indicators']): void {
  const key = (r: Row) => r[c.id] ?? '';
  for (const v of versions) {
    const before = readCsvRecords(v.parentContent);
    const after = readCsvRecords(v.content);
    const fields = after.header.filter((f) => f !== c.id);
    const diff = diffRows(indexRows(before.rows, key), indexRows(after.rows, key), fields);
    for (const r of diff.added) entryFor(map, key(r), v).indicator = 'added';
    for (const r of diff.removed) entryFor(map, key(r), v).indicator = 'removed';
    for (const ch of diff.changed) entryFor(map, key(ch.after), v).fields.push(...ch.fields);
  }
}

/** Newest first; within one commit, periods in file order. Ids with no change get no entry. */
export function indicatorHistory(
  measurementVersions: FileVersion[],
  indicatorVersions: FileVersion[],
  columns: HistoryColumns,
): HistoryByIndicator {
  const map: HistoryByIndicator = new Map();
  indicatorChanges(map, indicatorVersions, columns.indicators);
  measurementChanges(map, measurementVersions, columns.measurements);
  for (const list of map.values()) list.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  map.delete('');
  return map;
}
