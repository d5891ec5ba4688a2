/**
 * The editions, citations and update dates for pages of this build: joins what is read once per
 * build (site-editions.ts, site-history.ts, the data) with the pure views. Memoised, so thirty
 * indicator pages compare the latest edition with today's figures once.
 */
import { isoDay } from '../lib/format/iso-day.ts';
import { buildDate } from './build-date.ts';
import { getBarometer } from './site-data.ts';
import { siteHistory } from './site-history.ts';
import { da } from '../lib/copy/index.ts';
import type { AreaId } from '../lib/registry/areas.ts';
import { citationView, type CitationView } from '../lib/editions/citation-view.ts';
import { sinceEdition, type SinceEdition } from '../lib/editions/citation-change.ts';
import { editionChanges, type EditionChanges } from '../lib/editions/edition-changes.ts';
import { latestEdition } from '../lib/editions/edition-view.ts';
import { indicatorEditionRows, type IndicatorEditionRow } from '../lib/editions/indicator-editions.ts';
import { siteEditions } from './site-editions.ts';
import { numberChanges, updateDates, type UpdateDates } from '../lib/editions/update-dates.ts';
import { areaPath, indicatorPath } from '../lib/routes.ts';

const changesCache = new Map<string, EditionChanges>();

/**
 * What changed between an edition and today's figures (once per edition per build). Compared with the
 * data as committed, so a unit renamed since is reported even though the edition prints today's name.
 */
export function changesSince(date: string): EditionChanges | undefined {
  const s = siteEditions().snapshots.find((x) => x.edition.date === date);
  if (!s?.barometer) return undefined;
  let c = changesCache.get(date);
  if (!c) changesCache.set(date, (c = editionChanges(s.barometer, getBarometer())));
  return c;
}

export function indicatorEditions(id: string): { available: boolean; rows: IndicatorEditionRow[] } {
  const e = siteEditions();
  return { available: e.available, rows: e.available ? indicatorEditionRows(id, e.snapshots) : [] };
}

function changedSince(latest: ReturnType<typeof latestEdition>, ids: readonly string[], area?: AreaId): SinceEdition {
  const changes = latest ? changesSince(latest.edition.date) : undefined;
  if (!latest?.barometer || !changes) return 'figures';
  return sinceEdition(latest.barometer, getBarometer(), changes, ids, area);
}

/** The newest change to any of the indicators' figures themselves (not their notes or labels), from git. */
function lastUpdated(ids: readonly string[]): string | undefined {
  const dates = ids.flatMap((id) => numberChanges(siteHistory().byIndicator.get(id))?.[0]?.date ?? []);
  return dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

function citation(title: string, pagePath: string, ids: readonly string[], indicatorId?: string, area?: AreaId): CitationView {
  const e = siteEditions();
  const latest = e.available ? latestEdition(e.snapshots) : undefined;
  const updated = lastUpdated(ids);
  return citationView({
    title,
    pagePath,
    ...(indicatorId ? { indicatorId } : {}),
    editionsAvailable: e.available,
    ...(latest ? { latestEdition: { date: latest.edition.date, title: latest.edition.title } } : {}),
    sinceEdition: changedSince(latest, ids, area),
    ...(updated ? { lastUpdated: updated } : {}),
    retrieved: isoDay(buildDate()),
    publisher: da.owner,
    siteName: da.siteName,
  });
}

export function indicatorCitation(id: string): CitationView {
  const ind = getBarometer().indicators.find((i) => i.id === id);
  return citation(ind?.title ?? id, indicatorPath(id), [id], id);
}

export function areaCitation(area: AreaId, name: string): CitationView {
  const e = siteEditions();
  const then = e.available ? latestEdition(e.snapshots)?.barometer : undefined;
  // The edition's indicators too: one it showed and the area has lost since is a changed figure.
  const ids = [...getBarometer().indicators, ...(then?.indicators ?? [])].filter((i) => i.area === area).map((i) => i.id);
  return citation(name, areaPath(area), [...new Set(ids)], undefined, area);
}

export function indicatorUpdateDates(id: string): UpdateDates {
  const ind = getBarometer().indicators.find((i) => i.id === id);
  const h = siteHistory();
  return updateDates(h.available ? h.byIndicator.get(id) : undefined, ind?.nextUpdate, isoDay(buildDate()));
}

/** The newest change to any indicator's figures (git), for the front page's »Tallene er senest ændret«; undefined without history. */
export function siteLastDataChange(): string | undefined {
  const h = siteHistory();
  return h.available ? lastUpdated([...h.byIndicator.keys()]) : undefined;
}

/** The newest edition with data, for the embed choice on indicator pages. */
export function latestEditionFor(id: string): { date: string; title: string } | undefined {
  const e = siteEditions();
  const latest = e.available ? latestEdition(e.snapshots) : undefined;
  if (!latest || !latest.scores.some((s) => s.id === id)) return undefined;
  return { date: latest.edition.date, title: latest.edition.title };
}
