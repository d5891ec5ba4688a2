/**
 * Everything the change summary says, computed from the two sides and the check's verdict on the
 * changed side. Pure: files in, plain data out; git and the check are run by scripts/changes.ts.
 */
import { CSV_TABLES, INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import type { ValidationError } from '../../../src/lib/data/errors.ts';
import type { Barometer } from '../../../src/lib/model.ts';
import type { CheckOutcome } from './check-outcome.ts';
import {
  dataChanges,
  hasValueChanges,
  isYes,
  KNOWN_TABLES,
  tableChanges,
  type IndicatorDataChange,
  type LooseRow,
  type TableRowChange,
} from './data-changes.ts';
import { readData, readTable, type CsvFile, type ReadTable, type Side } from './read-tables.ts';
import { docPlaces, ideaPlaces, indicatorPlaces, siteIndex, type Place } from './document-pages.ts';
import { conferenceData, docChanges, readDocs, type DocChange } from './documents.ts';
import { changedPaths, dataPath, type Layout, type Snapshot } from './snapshot.ts';
import { compareStatus, type StateChange, type StatusComparison } from './status-changes.ts';
import { dataWarnings, documentWarnings } from './warnings.ts';
import { goalWarnings } from './goal-warnings.ts';
import { isDeleted, tableWarnings, type Exists } from './table-warnings.ts';

export interface IndicatorSection {
  change: IndicatorDataChange;
  state?: StateChange<string>;
  /** The area's main indicator (its status is the area's). */
  main: boolean;
  places: Place[];
}

export interface DocSection {
  change: DocChange;
  /** Where it appears after the change; for a removed document, where it appeared before. */
  places: Place[];
  /** Per changed idea (conferences), where that idea appears. */
  ideaPlaces: Place[][];
}

/** A data file the check cannot read on one side: none of its rows is compared. */
export interface UnreadableFile {
  file: string;
  spec: TableSpec;
  /** "after": the changed side (its errors are in the check's table); "before": the base. */
  side: Side;
  errors: ValidationError[];
}

export interface ChangeSummary {
  baseLabel: string;
  headLabel: string;
  changedFiles: string[];
  check: CheckOutcome;
  warnings: string[];
  /** Data files differ between the sides. */
  dataChanged: boolean;
  /** Changed data files the check cannot read, so their rows are not compared. */
  unreadable: UnreadableFile[];
  /** Rows the check cannot read that belong to no indicator the summary can name. */
  looseRows: LooseRow[];
  status: StatusComparison;
  indicators: IndicatorSection[];
  tables: { spec: TableSpec; file: string; rows: TableRowChange[] }[];
  documents: DocSection[];
}

/** A data table as one side has it: text, and the bytes when they are not UTF-8. */
function csvFile(s: Snapshot, layout: Layout, t: TableSpec): CsvFile {
  const file = dataPath(layout, t.file);
  const text = s.files.get(file);
  const bytes = s.raw?.get(file);
  return { file, ...(text !== undefined ? { text } : {}), ...(bytes ? { bytes } : {}) };
}

/** The side to report when a changed file cannot be read: the changed one first, as its errors are listed. */
function unreadableFile(before: ReadTable, after: ReadTable): UnreadableFile | undefined {
  const [side, t] = after.unreadable.length > 0 ? (['after', after] as const) : (['before', before] as const);
  return t.unreadable.length > 0 ? { file: t.file, spec: t.spec, side, errors: t.unreadable } : undefined;
}

function indicatorTitles(b: Barometer | undefined, changes: readonly IndicatorDataChange[]): Map<string, string> {
  const titles = new Map((b?.indicators ?? []).map((i) => [i.id, i.title]));
  for (const c of changes) if (!titles.has(c.id) && c.row.title) titles.set(c.id, c.row.title);
  return titles;
}

export interface SummaryInput {
  layout: Layout;
  base: Snapshot;
  head: Snapshot;
  check: CheckOutcome;
  /** The site's base path ("/" or "/integrationsbarometer/"), for the page addresses shown. */
  sitePathBase: string;
}

export function summariseChanges({ layout, base, head, check, sitePathBase }: SummaryInput): ChangeSummary {
  const changedFiles = changedPaths(base, head);
  const dataFiles = new Set(CSV_TABLES.map((t) => dataPath(layout, t.file)));
  const dataChanged = changedFiles.some((f) => dataFiles.has(f));

  const file = (s: Snapshot, t: TableSpec) => csvFile(s, layout, t);
  // Read once per side as the check reads it: the diff, the status and the warnings agree on what is readable.
  const dataBefore = readData(file(base, INDICATORS_TABLE), file(base, MEASUREMENTS_TABLE), 'before');
  const dataAfter = readData(file(head, INDICATORS_TABLE), file(head, MEASUREMENTS_TABLE), 'after');
  const { indicators: changes, loose, renames } = dataChanges(dataBefore, dataAfter);
  const before: Barometer | undefined = dataBefore.barometer;
  const after: Barometer | undefined = dataAfter.barometer;
  const status = dataChanged ? compareStatus(before, after, renames) : { available: true, areas: [], indicators: new Map() };
  const indicators = changes
    .map((change): IndicatorSection => {
      const row = change.after ?? change.before;
      const state = status.indicators.get(change.id);
      const main = isYes(row?.main);
      return { change, state, main, places: indicatorPlaces(change.id, row?.area, main) };
    })
    .filter(
      (s) =>
        s.change.fields.length > 0 ||
        !s.change.before ||
        !s.change.after ||
        s.change.renamedFrom !== undefined ||
        hasValueChanges(s.change) ||
        s.state?.changed,
    );

  const read = (spec: TableSpec) => ({
    before: readTable(file(base, spec), spec, 'before'),
    after: readTable(file(head, spec), spec, 'after'),
  });
  const sides = new Map(
    CSV_TABLES.map((spec) => {
      if (spec === INDICATORS_TABLE) return [spec, { before: dataBefore.indicators, after: dataAfter.indicators }];
      if (spec === MEASUREMENTS_TABLE) return [spec, { before: dataBefore.measurements, after: dataAfter.measurements }];
      return [spec, read(spec)];
    }),
  );
  const sideOf = (spec: TableSpec) => sides.get(spec) ?? read(spec);
  const exists: Exists = (side, spec) => file(side === 'before' ? base : head, spec).text !== undefined;
  const unreadable = CSV_TABLES.filter((t) => changedFiles.includes(dataPath(layout, t.file))).flatMap((t) => {
    const u = unreadableFile(sideOf(t).before, sideOf(t).after);
    return u ? [u] : [];
  });
  const tables = CSV_TABLES.filter((t) => !KNOWN_TABLES.includes(t))
    .map((spec) => ({ spec, file: dataPath(layout, spec.file), rows: tableChanges(sideOf(spec).before, sideOf(spec).after) }))
    .filter((t) => t.rows.length > 0 || unreadable.some((u) => u.spec === t.spec));

  const docsBefore = readDocs(base, layout);
  const docsAfter = readDocs(head, layout);
  const siteBefore = siteIndex(docsBefore, indicatorTitles(before, changes));
  const siteAfter = siteIndex(docsAfter, indicatorTitles(after, changes));
  const documents = docChanges(docsBefore, docsAfter).map((change): DocSection => {
    const removed = change.kind === 'removed';
    const conf = conferenceData(change.doc);
    return {
      change,
      places: docPlaces(change.doc, removed ? siteBefore : siteAfter),
      ideaPlaces: change.ideas.map((i) => (conf ? ideaPlaces(i.idea, conf.year) : [])),
    };
  });

  return {
    baseLabel: base.label,
    headLabel: head.label,
    changedFiles,
    check,
    warnings: [
      ...dataWarnings(changes, sitePathBase),
      ...tableWarnings(sideOf, exists, sitePathBase),
      ...goalWarnings(sideOf, sitePathBase, (spec) => isDeleted(exists, spec)),
      ...documentWarnings(
        documents.map((d) => d.change),
        sitePathBase,
      ),
    ],
    dataChanged,
    unreadable,
    looseRows: loose,
    status,
    indicators,
    tables,
    documents,
  };
}
