/**
 * What the Atom feed announces: the newest letters, and for each indicator its newest
 * measurement. A measurement's date is when git shows it was added or revised; outside a git
 * checkout it falls back to the start of the measured period (and says so in the summary).
 */
import type { LetterData } from '../content-schemas.ts';
import type { Indicator, Measurement } from '../model.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import type { ChangeEntry } from '../history/indicator-history.ts';
import type { AtomEntry } from './atom.ts';
import { letterDated, letterDescription } from './letter-view.ts';
import { sortNewestFirst } from './letters.ts';
import { periodText } from '../format/period.ts';
import { indicatorPath, letterPath } from '../routes.ts';
import { illustrativeCopy } from '../copy/illustrative.ts';
import { FEED_TEXT } from '../copy/editions.ts';
import { indicatorUnit } from '../registry/units.ts';
import { mainPlace } from '../barometer/main-place.ts';

/**
 * The newest letters, at most `max`. A letter is dated by when it was put on the site (`added`,
 * from git: src/loaders/letters-added.ts), so a letter of 2009 added today is news today and is not
 * cut from the site feed below this year's measurements; without that date, by its own. Its summary
 * always names its own date, which the entry's date then is not.
 */
export function letterEntries(
  letters: readonly { id: string; data: LetterData }[],
  url: (path: string) => string,
  max: number,
  added: ReadonlyMap<string, Date> = new Map(),
): AtomEntry[] {
  const at = (l: { id: string; data: LetterData }) => added.get(l.id) ?? l.data.date;
  // Stable: letters added in one commit keep the archive's order (newest letter first).
  return sortNewestFirst(letters)
    .map((l, order) => ({ l, order }))
    .sort((a, b) => at(b.l).getTime() - at(a.l).getTime() || a.order - b.order)
    .slice(0, max)
    .map(({ l }) => ({
      id: url(letterPath(l.id)),
      title: l.data.illustrative ? `${l.data.title} (eksempeldata)` : l.data.title,
      updated: at(l),
      link: url(letterPath(l.id)),
      summary: l.data.summary ? `${letterDated(l.data)}. ${l.data.summary}` : letterDescription(l.data),
      categories: ['brev'],
      ...(l.data.illustrative ? { illustrative: true } : {}),
    }));
}

/** The latest date a commit added or revised this period × breakdown, or undefined. */
export function measurementChangedAt(history: readonly ChangeEntry[] | undefined, period: string, breakdown: string): Date | undefined {
  let latest: number | undefined;
  for (const e of history ?? []) {
    const hit = [...e.added, ...e.revised].some((p) => p.period === period && p.breakdown === breakdown);
    const t = Date.parse(e.date);
    if (hit && !Number.isNaN(t) && (latest === undefined || t > latest)) latest = t;
  }
  return latest === undefined ? undefined : new Date(latest);
}

/** First day of a period given as a decimal year (2010.25 → 1 April 2010, UTC). */
export function periodStart(time: number): Date {
  const year = Math.floor(time);
  return new Date(Date.UTC(year, Math.round((time - year) * 12), 1));
}

/** The newest measurement of the indicator's main series (breakdown ""), or of any series. */
export function newestMeasurement(indicatorId: string, measurements: readonly Measurement[]): Measurement | undefined {
  const own = measurements.filter((m) => m.indicator === indicatorId);
  const main = own.filter((m) => m.breakdown === '');
  const pool = main.length > 0 ? main : own;
  return pool.reduce<Measurement | undefined>((best, m) => (!best || m.period.time > best.period.time ? m : best), undefined);
}

export function measurementEntries(
  indicators: readonly Indicator[],
  measurements: readonly Measurement[],
  historyOf: (indicatorId: string) => readonly ChangeEntry[] | undefined,
  url: (path: string) => string,
): AtomEntry[] {
  const entries: AtomEntry[] = [];
  for (const ind of indicators) {
    const m = newestMeasurement(ind.id, measurements);
    if (!m) continue;
    const series = measurements.filter((x) => x.indicator === ind.id && x.breakdown === m.breakdown).map((x) => x.value);
    const value = `${formatValue(m.value, indicatorUnit(ind), decimalsOf(series))}${m.flag ? ` (${m.flag})` : ''}`;
    const changed = measurementChangedAt(historyOf(ind.id), m.period.label, m.breakdown);
    const label = m.breakdown ? ` (${m.breakdown})` : '';
    const mark = ind.illustrative ? ` (${illustrativeCopy.inline})` : '';
    // A national figure says so, as the indicator list does: else it reads as Copenhagen's.
    const place = m.breakdown === '' ? mainPlace(measurements, ind.id) : undefined;
    entries.push({
      id: `${url(indicatorPath(ind.id))}#maaling-${encodeURIComponent(m.period.label)}`,
      title: `${FEED_TEXT.newMeasurement(`${ind.title}${label}`, value, periodText(m.period.label), place)}${mark}`,
      updated: changed ?? periodStart(m.period.time),
      link: url(indicatorPath(ind.id)),
      summary:
        `${FEED_TEXT.measured(`${ind.title}${label}`, value, periodText(m.period.label), place)}${ind.coverage ? ` ${FEED_TEXT.coverage(ind.coverage)}` : ''} ${FEED_TEXT.source(m.source || ind.source)}` +
        (ind.illustrative ? ` ${illustrativeCopy.feedNote}` : '') +
        (changed ? '' : ` ${FEED_TEXT.periodStartNote}`),
      categories: [FEED_TEXT.categoryMeasurement, ind.area],
      ...(ind.illustrative ? { illustrative: true } : {}),
    });
  }
  return entries;
}

/** All entries, newest first; ties by title so the order is stable. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title, 'da-DK'));
}
