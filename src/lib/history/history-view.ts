/**
 * What the "Ændringshistorik" section prints: Danish dates, numbers with decimal comma, a one-line
 * summary per commit and the changed values, flags, notes and sources. Computed here so the
 * component only prints.
 */
import { plainNumber } from './cell-values.ts';
import { VALUE_DETAILS, type ChangeEntry, type ValueDetail, type ValueDetailChange, type ValuePoint } from './indicator-history.ts';
import { periodRanges } from '../barometer/value-sources.ts';
import { isEditorCommit } from './commit-kind.ts';
import { periodText } from '../format/period.ts';
import { HISTORY_TEXT } from '../copy/history.ts';
import { dayText, expectedText } from '../editions/day-text.ts';

export interface HistoryLine {
  kind: 'added' | 'revised' | 'removed' | 'field' | ValueDetail;
  label: string;
  text: string;
}

export interface HistoryItemView {
  /** The entry's id on the page, the one the indicator's feed links to (changeAnchor). */
  anchor: string;
  iso: string;
  dateLabel: string;
  /** The editor's own commit message; empty when the site speaks instead (`note`). */
  message: string;
  /** The site's own words in Danish, for the first version, a new indicator or a developer's commit. */
  note?: string;
  shortSha: string;
  summary: string;
  lines: HistoryLine[];
}

export type HistoryView = { available: false; message: string } | { available: true; items: HistoryItemView[]; empty: string };

/** »aendring-« and the commit's first 12 hex digits: the page's id for one change, and the feed's link to it. */
export function changeAnchor(sha: string): string {
  return `aendring-${sha.slice(0, 12)}`;
}

const dateFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });

/**
 * A cell as the editor wrote it, read the Danish way: decimal comma and a real minus sign, the
 * written decimals kept ("70,0" stays "70,0"), text unchanged, an empty cell as "–".
 */
export function formatCell(raw: string): string {
  const s = raw.trim();
  if (s === '') return '–';
  return plainNumber(s) === undefined ? s : s.replace('.', ',').replace(/^-/, '\u2212');
}

/** A changed indicator field's value: dates the Danish way (»1. december 2026«), other cells as formatCell. */
export function fieldValue(field: string, raw: string): string {
  const s = raw.trim();
  if (s !== '' && field === 'next_update') return expectedText(s);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? dayText(s) : formatCell(raw);
}

function where(p: { period: string; breakdown: string }): string {
  return p.breakdown ? `${periodText(p.period)}, ${p.breakdown}` : periodText(p.period);
}

function count(n: number, one: string, many: string, verb: string): string {
  return `${n} ${n === 1 ? one : many} ${verb}`;
}

export function summarise(e: ChangeEntry): string {
  const parts: string[] = [];
  if (e.indicator === 'added') parts.push(HISTORY_TEXT.created);
  if (e.indicator === 'removed') parts.push(HISTORY_TEXT.deleted);
  const t = HISTORY_TEXT.counts;
  if (e.added.length) parts.push(count(e.added.length, t.value, t.values, t.addedVerb));
  if (e.revised.length) parts.push(count(e.revised.length, t.value, t.values, t.revisedVerb));
  if (e.removed.length) parts.push(count(e.removed.length, t.value, t.values, t.removedVerb));
  for (const d of VALUE_DETAILS) {
    const n = e.details.filter((c) => c.detail === d).length;
    const [one, many] = t.details[d];
    if (n) parts.push(count(n, one, many, t.detailsVerb));
  }
  if (e.fields.length) parts.push(count(e.fields.length, t.field, t.fields, t.fieldsVerb));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One line per detail, series, old and new cell: a source address set on fifteen years reads as one
 * line »2010–2024: – → https://…«, not fifteen. Flags first, then notes, sources and addresses.
 */
export function detailLines(details: readonly ValueDetailChange[]): HistoryLine[] {
  const groups = new Map<string, { first: ValueDetailChange; periods: string[] }>();
  for (const c of details) {
    const key = [c.detail, c.breakdown, c.old.trim(), c.new.trim()].join('\u0000');
    const g = groups.get(key);
    if (g) g.periods.push(c.period);
    else groups.set(key, { first: c, periods: [c.period] });
  }
  const ordered = [...groups.values()].sort((a, b) => VALUE_DETAILS.indexOf(a.first.detail) - VALUE_DETAILS.indexOf(b.first.detail));
  return ordered.map(({ first: c, periods }) => ({
    kind: c.detail,
    label: HISTORY_TEXT.details[c.detail],
    text: `${where({ period: periodRanges(periods), breakdown: c.breakdown })}: ${formatCell(c.old)} → ${formatCell(c.new)}`,
  }));
}

export function historyLines(e: ChangeEntry): HistoryLine[] {
  const point = (kind: 'added' | 'removed', p: ValuePoint): HistoryLine => ({
    kind,
    label: HISTORY_TEXT[kind],
    text: `${where(p)}: ${formatCell(p.value)}${p.flag ? ` (${p.flag})` : ''}`,
  });
  return [
    ...e.revised.map((r): HistoryLine => ({
      kind: 'revised',
      label: HISTORY_TEXT.revised,
      text: `${where(r)}: ${formatCell(r.old)} → ${formatCell(r.new)}`,
    })),
    ...e.added.map((p) => point('added', p)),
    ...e.removed.map((p) => point('removed', p)),
    ...detailLines(e.details),
    ...e.fields.map((f): HistoryLine => ({
      kind: 'field',
      label: HISTORY_TEXT.field,
      text: `${HISTORY_TEXT.fieldNames[f.field] ?? f.field}: ${fieldValue(f.field, f.old)} → ${fieldValue(f.field, f.new)}`,
    })),
  ];
}

/** The commit changed something a reader sees about the indicator: its row, a value, a flag, note or source, a field. */
export function changesIndicator(e: ChangeEntry): boolean {
  return e.indicator !== undefined || [e.added, e.revised, e.removed, e.details, e.fields].some((list) => list.length > 0);
}

/**
 * What the public sees of one change, or undefined when it changes nothing a reader sees. Every change
 * to the figures is shown, whoever made it: an editor's commit keeps its message; the commit that
 * created the data files, an indicator a developer added and any other developer's change speak in
 * the site's own Danish words, as a developer's message is written for developers (commit-kind.ts
 * decides by the files the commit touched).
 */
export function publicEntry(
  e: ChangeEntry,
  isEditor: (files: readonly string[]) => boolean,
): { message: string; note?: string } | undefined {
  if (e.createdFile) return { message: '', note: HISTORY_TEXT.firstVersion };
  if (!changesIndicator(e)) return undefined;
  if (isEditor(e.files)) return { message: e.message };
  return { message: '', note: e.indicator === 'added' ? HISTORY_TEXT.indicatorAdded : HISTORY_TEXT.developerChange };
}

export function historyView(
  available: boolean,
  entries: ChangeEntry[] | undefined,
  isEditor: (files: readonly string[]) => boolean = (files) => isEditorCommit(files),
): HistoryView {
  if (!available) return { available: false, message: HISTORY_TEXT.unavailable };
  const items = (entries ?? []).flatMap((e) => {
    const shown = publicEntry(e, isEditor);
    if (!shown) return [];
    return [
      {
        anchor: changeAnchor(e.sha),
        iso: e.date,
        dateLabel: dateFormat.format(new Date(e.date)),
        ...shown,
        shortSha: e.sha.slice(0, 7),
        summary: summarise(e),
        lines: historyLines(e),
      },
    ];
  });
  return { available: true, items, empty: HISTORY_TEXT.empty };
}
