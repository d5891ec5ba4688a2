/**
 * What the "Ændringshistorik" section prints: Danish dates, numbers with decimal comma, a one-line
 * summary per commit and the changed values. Computed here so the component only prints.
 */
import { plainNumber } from './csv-table.ts';
import type { ChangeEntry, ValuePoint } from './indicator-history.ts';
import { periodText } from '../format/period.ts';

export const HISTORY_TEXT = {
  heading: 'Ændringshistorik',
  intro: 'Hver gang tallene bag denne indikator er ændret, står det her med dato og redaktørens begrundelse. Historikken læses fra sitets versionsstyring (git), når sitet bygges.',
  unavailable: 'Historikken er ikke tilgængelig i denne udgave af sitet.',
  empty: 'Der er ikke registreret ændringer for denne indikator.',
  change: 'Ændring',
  commit: 'Version',
  added: 'Tilføjet',
  revised: 'Rettet',
  removed: 'Fjernet',
  field: 'Ændret felt',
  created: 'Indikatoren oprettet',
  deleted: 'Indikatoren fjernet',
} as const;

export interface HistoryLine {
  kind: 'added' | 'revised' | 'removed' | 'field';
  label: string;
  text: string;
}

export interface HistoryItemView {
  iso: string;
  dateLabel: string;
  message: string;
  shortSha: string;
  summary: string;
  lines: HistoryLine[];
}

export type HistoryView =
  | { available: false; message: string }
  | { available: true; items: HistoryItemView[]; empty: string };

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
  if (e.added.length) parts.push(count(e.added.length, 'værdi', 'værdier', 'tilføjet'));
  if (e.revised.length) parts.push(count(e.revised.length, 'værdi', 'værdier', 'rettet'));
  if (e.removed.length) parts.push(count(e.removed.length, 'værdi', 'værdier', 'fjernet'));
  if (e.fields.length) parts.push(count(e.fields.length, 'felt', 'felter', 'i beskrivelsen ændret'));
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
    ...e.revised.map((r): HistoryLine => ({ kind: 'revised', label: HISTORY_TEXT.revised, text: `${where(r)}: ${formatCell(r.old)} → ${formatCell(r.new)}` })),
    ...e.added.map((p) => point('added', p)),
    ...e.removed.map((p) => point('removed', p)),
    ...e.fields.map((f): HistoryLine => ({ kind: 'field', label: HISTORY_TEXT.field, text: `${f.field}: ${formatCell(f.old)} → ${formatCell(f.new)}` })),
  ];
}

export function historyView(available: boolean, entries: ChangeEntry[] | undefined): HistoryView {
  if (!available) return { available: false, message: HISTORY_TEXT.unavailable };
  const items = (entries ?? []).map((e) => ({
    iso: e.date,
    dateLabel: dateFormat.format(new Date(e.date)),
    message: e.message,
    shortSha: e.sha.slice(0, 7),
    summary: summarise(e),
    lines: historyLines(e),
  }));
  return { available: true, items, empty: HISTORY_TEXT.empty };
}
