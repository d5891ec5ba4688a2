/**
 * Everything the change summary says, computed from the two sides and the check's verdict on the
 * changed side. Pure: files in, plain data out; git and the check are run by scripts/changes.ts.
 */
import { CSV_TABLES, INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { validateData } from '../../../src/lib/data/validate.ts';
import type { Barometer } from '../../../src/lib/model.ts';
import type { CheckOutcome } from './check-outcome.ts';
import {
  dataChanges,
  hasValueChanges,
  isYes,
  KNOWN_TABLES,
  tableChanges,
  type IndicatorDataChange,
  type TableRowChange,
} from './data-changes.ts';
import { docPlaces, ideaPlaces, indicatorPlaces, siteIndex, type Place } from './document-pages.ts';
import { conferenceData, docChanges, readDocs, type DocChange } from './documents.ts';
import { changedPaths, dataPath, type Layout, type Snapshot } from './snapshot.ts';
import { compareStatus, type StateChange, type StatusComparison } from './status-changes.ts';
import { dataWarnings, documentWarnings } from './warnings.ts';
import { goalWarnings } from './goal-warnings.ts';

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

export interface ChangeSummary {
  baseLabel: string;
  headLabel: string;
  changedFiles: string[];
  check: CheckOutcome;
  warnings: string[];
  /** Data files differ between the sides. */
  dataChanged: boolean;
  status: StatusComparison;
  indicators: IndicatorSection[];
  tables: { spec: TableSpec; file: string; rows: TableRowChange[] }[];
  documents: DocSection[];
}

/** The side's barometer when its data passes every rule; undefined otherwise (no status then). */
function barometerOf(s: Snapshot, layout: Layout): Barometer | undefined {
  const input = (t: TableSpec) => ({ file: dataPath(layout, t.file), text: s.files.get(dataPath(layout, t.file)) ?? '' });
  const r = validateData(input(INDICATORS_TABLE), input(MEASUREMENTS_TABLE));
  return r.errors.length === 0 ? r.barometer : undefined;
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
  const text = (s: Snapshot, t: TableSpec) => s.files.get(dataPath(layout, t.file)) ?? '';
  const pair = (t: TableSpec) => ({ before: text(base, t), after: text(head, t) });
  const changedFiles = changedPaths(base, head);
  const dataFiles = new Set(CSV_TABLES.map((t) => dataPath(layout, t.file)));
  const dataChanged = changedFiles.some((f) => dataFiles.has(f));

  const changes = dataChanges(pair(INDICATORS_TABLE), pair(MEASUREMENTS_TABLE));
  const before = barometerOf(base, layout);
  const after = barometerOf(head, layout);
  const status = dataChanged ? compareStatus(before, after) : { available: true, areas: [], indicators: new Map() };
  const indicators = changes
    .map((change): IndicatorSection => {
      const row = change.after ?? change.before;
      const state = status.indicators.get(change.id);
      const main = isYes(row?.main);
      return { change, state, main, places: indicatorPlaces(change.id, row?.area, main) };
    })
    .filter((s) => s.change.fields.length > 0 || !s.change.before || !s.change.after || hasValueChanges(s.change) || s.state?.changed);

  const tables = CSV_TABLES.filter((t) => !KNOWN_TABLES.includes(t))
    .map((spec) => ({ spec, file: dataPath(layout, spec.file), rows: tableChanges(spec, text(base, spec), text(head, spec)) }))
    .filter((t) => t.rows.length > 0);

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
      ...dataWarnings(changes),
      ...goalWarnings(pair, (t) => dataPath(layout, t.file), sitePathBase),
      ...documentWarnings(
        documents.map((d) => d.change),
        sitePathBase,
      ),
    ],
    dataChanged,
    status,
    indicators,
    tables,
    documents,
  };
}
