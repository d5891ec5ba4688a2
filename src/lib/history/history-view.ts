/**
 * What the "Ændringshistorik" section prints: Danish dates, numbers with decimal comma, a one-line
 * summary per commit and the changed values. Computed here so the component only prints.
 */
import { plainNumber } from './cell-values.ts';
import type { ChangeEntry, ValuePoint } from './indicator-history.ts';
import { isEditorCommit } from './commit-kind.ts';
import { periodText } from '../format/period.ts';
import { HISTORY_TEXT } from '../copy/history.ts';
import { dayText, expectedText } from '../editions/day-text.ts';

export interface HistoryLine {
  kind: 'added' | 'revised' | 'removed' | 'field';
  label: string;
  text: string;
}

export interface HistoryItemView {
  iso: string;
  dateLabel: string;
  /** The editor's own commit message; empty when the site speaks instead (`note`). */
  message: string;
  /** The site's own words in Danish, for the first version of the figures or a new indicator. */
  note?: string;
  shortSha: string;
  summary: string;
  lines: HistoryLine[];
}

export type HistoryView = { available: false; message: string } | { available: true; items: HistoryItemView[]; empty: string };

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

/** A changed indicator field's value: dates the Danish way («1. december 2026»), other cells as formatCell. */
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
  if (e.fields.length) parts.push(count(e.fields.length, t.field, t.fields, t.fieldsVerb));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function historyLines(e: ChangeEntry): HistoryLine[] {
  const point = (kind: 'added' | 'removed', p: ValuePoint): HistoryLine => ({
    kind,
    label: HISTORY_TEXT[kind],
    text: `${where(p)}: ${formatCell(p.value)}`,
  });
  return [
    ...e.revised.map((r): HistoryLine => ({
      kind: 'revised',
      label: HISTORY_TEXT.revised,
      text: `${where(r)}: ${formatCell(r.old)} → ${formatCell(r.new)}`,
    })),
    ...e.added.map((p) => point('added', p)),
    ...e.removed.map((p) => point('removed', p)),
    ...e.fields.map((f): HistoryLine => ({
      kind: 'field',
      label: HISTORY_TEXT.field,
      text: `${HISTORY_TEXT.fieldNames[f.field] ?? f.field}: ${fieldValue(f.field, f.old)} → ${fieldValue(f.field, f.new)}`,
    })),
  ];
}

/**
 * What the public sees of one change, or undefined when it is a developer's change that is not the
 * figures' first appearance: the commit that created the data files says so in Danish; an indicator a
 * developer added says so in Danish; an editor's commit keeps its message; a developer's message is
 * never shown (commit-kind.ts decides by the files the commit touched).
 */
export function publicEntry(
  e: ChangeEntry,
  isEditor: (files: readonly string[]) => boolean,
): { message: string; note?: string } | undefined {
  if (e.createdFile) return { message: '', note: HISTORY_TEXT.firstVersion };
  const editor = isEditor(e.files);
  if (e.indicator === 'added' && !editor) return { message: '', note: HISTORY_TEXT.indicatorAdded };
  return editor ? { message: e.message } : undefined;
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
