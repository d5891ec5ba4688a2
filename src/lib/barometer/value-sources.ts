/**
 * Where an indicator's values come from, value by value: each distinct source (publisher, table or
 * report) and the address it was read at, with the series and periods it covers. A secondary extract
 * (»udtræk«) or a value quoted by others is named as such by the source text itself.
 */
import type { Measurement } from '../model.ts';
import { listDa } from '../format/list.ts';
import { periodText } from '../format/period.ts';
import { urlText } from '../format/url-text.ts';

export interface ValueSource {
  source: string;
  url?: string;
  /** The address as the link's text shows it (url-text.ts). */
  linkText?: string;
  /** »København 2010–2024; Hele landet 2010–2024«. */
  covers: string;
  /** The source calls itself an extract from another publisher's table. */
  secondary: boolean;
  rows: number;
}

/** »2009, 2016–2018 og 2020–2022«: runs of consecutive years joined; other periods listed. */
export function periodRanges(labels: readonly string[]): string {
  const years = labels.every((l) => /^\d{4}$/.test(l));
  if (!years) return listDa(labels.map(periodText));
  const sorted = [...new Set(labels.map(Number))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return listDa(runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)));
}

export function valueSources(measurements: readonly Measurement[], id: string, mainLabel: string): ValueSource[] {
  const groups = new Map<string, { source: string; url?: string; bySeries: Map<string, string[]>; rows: number }>();
  for (const m of measurements) {
    if (m.indicator !== id) continue;
    const key = `${m.source}\u0000${m.sourceUrl ?? ''}`;
    const g = groups.get(key) ?? { source: m.source, url: m.sourceUrl, bySeries: new Map(), rows: 0 };
    const series = m.breakdown || mainLabel;
    g.bySeries.set(series, [...(g.bySeries.get(series) ?? []), m.period.label]);
    g.rows += 1;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    source: g.source,
    ...(g.url ? { url: g.url, linkText: urlText(g.url) } : {}),
    covers: [...g.bySeries].map(([s, periods]) => `${s} ${periodRanges(periods)}`).join('; '),
    secondary: /udtræk/i.test(g.source),
    rows: g.rows,
  }));
}
