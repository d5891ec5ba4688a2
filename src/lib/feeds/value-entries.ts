/**
 * Feed entries for changes to an indicator's figures, one per commit: values added (new
 * measurements), revised (old → new) and removed, dated by the commit, linked to the same change in
 * the page's »Ændringshistorik«. The editor's commit message is the reason; a developer's commit
 * speaks in the site's own words (history-view.ts decides).
 * Values read as on the indicator's page: with the unit and the page's decimals, and grouped by
 * series, each named (»København«, »Aarhus«), so a comparison city's figures are never taken for
 * the main series'. Pure.
 */
import type { Indicator } from '../model.ts';
import type { AtomEntry } from '../archive/atom.ts';
import type { ChangeEntry } from '../history/indicator-history.ts';
import { changeAnchor, formatCell, publicEntry } from '../history/history-view.ts';
import { plainNumber } from '../history/cell-values.ts';
import { periodText } from '../format/period.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { DEFAULT_MAIN_LABEL } from '../barometer/series.ts';
import { FEED_TEXT } from '../copy/editions.ts';
import { indicatorUnit } from '../registry/units.ts';

/** Values listed in one entry's summary before »og N flere«. */
export const MAX_LISTED = 12;

type FeedIndicator = Pick<Indicator, 'id' | 'title' | 'area' | 'illustrative' | 'unit' | 'mainLabel' | 'baseline' | 'target' | 'tolerance'>;

/**
 * The decimals the page shows: the most any of the indicator's numbers has. Every value on the page
 * came in through some commit, so the history's values stand in for the page's measurements.
 */
function pageDecimals(ind: FeedIndicator, changes: readonly ChangeEntry[]): number {
  const raw = changes.flatMap((e) => [
    ...e.added.map((p) => p.value),
    ...e.revised.flatMap((r) => [r.old, r.new]),
    ...e.removed.map((p) => p.value),
  ]);
  const values = raw.map(plainNumber).filter((v) => v !== undefined);
  return decimalsOf([...values, ind.baseline?.value ?? 0, ind.target?.value ?? 0, ind.tolerance]);
}

/** A full stop, unless the text already ends with one (a unit such as »pct.«). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** Items per series, the main series first, then the others in the order they come. */
function bySeries<T extends { breakdown: string }>(items: readonly T[]): [breakdown: string, items: T[]][] {
  const groups = new Map<string, T[]>([['', []]]);
  for (const it of items) {
    let g = groups.get(it.breakdown);
    if (!g) groups.set(it.breakdown, (g = []));
    g.push(it);
  }
  return [...groups].filter(([, g]) => g.length > 0);
}

function listed(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join('; ');
  return `${items.slice(0, MAX_LISTED).join('; ')} ${FEED_TEXT.more(items.length - MAX_LISTED)}`;
}

function headline(e: ChangeEntry): string {
  const kinds = [
    e.added.length ? FEED_TEXT.newValues : '',
    e.revised.length ? FEED_TEXT.revisedValues.toLowerCase() : '',
    e.removed.length ? FEED_TEXT.removedValues.toLowerCase() : '',
  ].filter(Boolean);
  const text = kinds.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function valueEntries(
  ind: FeedIndicator,
  changes: readonly ChangeEntry[] | undefined,
  isEditor: (files: readonly string[]) => boolean,
  pageUrl: string,
): AtomEntry[] {
  const mark = ind.illustrative ? ' (eksempeldata)' : '';
  const decimals = pageDecimals(ind, changes ?? []);
  const value = (raw: string): string => {
    const n = plainNumber(raw);
    return n === undefined ? formatCell(raw) : formatValue(n, indicatorUnit(ind), decimals);
  };
  const seriesName = (breakdown: string) => breakdown || ind.mainLabel || DEFAULT_MAIN_LABEL;
  const lines = (label: string, items: { period: string; breakdown: string; text: string }[]): string[] =>
    bySeries(items).map(([b, g]) => sentence(`${label} (${seriesName(b)}): ${listed(g.map((p) => `${periodText(p.period)}: ${p.text}`))}`));
  return (changes ?? []).flatMap((e) => {
    if (e.added.length + e.revised.length + e.removed.length === 0) return [];
    const shown = publicEntry(e, isEditor);
    const groups = [
      ...lines(
        FEED_TEXT.revisedValues,
        e.revised.map((r) => ({ ...r, text: `${value(r.old)} → ${value(r.new)}` })),
      ),
      ...lines(
        FEED_TEXT.newValues,
        e.added.map((p) => ({ ...p, text: value(p.value) })),
      ),
      ...lines(
        FEED_TEXT.removedValues,
        e.removed.map((p) => ({ ...p, text: value(p.value) })),
      ),
    ];
    const reason = shown?.message || shown?.note || '';
    const revision = e.revised.length > 0;
    // The page shows every change to the values (publicEntry), so the entry's own anchor is there to land on.
    const here = `${pageUrl}#${changeAnchor(e.sha)}`;
    return [
      {
        id: here,
        title: `${headline(e)}: ${ind.title}${mark}`,
        updated: new Date(e.date),
        link: here,
        summary: `${groups.join(' ')}${reason ? ` ${reason}` : ''}`,
        categories: [revision ? FEED_TEXT.categoryRevision : FEED_TEXT.categoryMeasurement, ind.area],
        ...(ind.illustrative ? { illustrative: true } : {}),
      },
    ];
  });
}
