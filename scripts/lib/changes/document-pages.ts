/**
 * The pages a document or an indicator appears on, decided by the same path builders and list rules
 * the pages use (newest letters on the front page and area pages, conferences citing a letter …), so
 * the summary cannot promise a page the site does not build.
 */
import { organisationShortLabel } from '../../../src/lib/archive/archive-nav.ts';
import { conferencesCiting, sortConferences, type ConferenceEntry } from '../../../src/lib/archive/conferences.ts';
import { utcYear } from '../../../src/lib/archive/dates.ts';
import { letterOrganisations, type LetterEntry } from '../../../src/lib/archive/letters.ts';
import {
  AREA_LETTER_LIMIT,
  FRONT_PAGE_LETTER_LIMIT,
  firstOf,
  lettersForArea,
  newestLetters,
} from '../../../src/lib/barometer/related-letters.ts';
import type { z } from 'zod';
import type { areaSchema, IdeaData } from '../../../src/lib/content-schemas.ts';
import { organisationOf } from '../../../src/lib/registry/organisations.ts';
import { AREA_IDS, areaName, isAreaId, type AreaId } from '../../../src/lib/registry/areas.ts';
import { conferenceData, letterData, type Doc } from './documents.ts';
import {
  areaPath,
  conferencePath,
  conferencesPath,
  ideaAdministrationPath,
  ideaAreaPath,
  ideaCataloguePath,
  ideasIndexPath,
  indicatorPath,
  letterPath,
  organisationPath,
  organisationYearPath,
  yearPath,
} from '../../../src/lib/routes.ts';

export interface Place {
  /** Danish name of the page, e.g. "forsiden" or "Bolig". */
  label: string;
  /** Site path without the base path ("" is the front page). */
  path: string;
  /** Why the document is not listed there, e.g. only the newest letters are. */
  note?: string;
}

/** What the place rules need to know about the whole site on one side, computed once per side. */
export interface SiteIndex {
  letters: Map<string, LetterEntry>;
  conferences: ConferenceEntry[];
  /** Indicator id → title. */
  indicatorTitles: Map<string, string>;
  /** Letters listed on the front page. */
  frontPage: Set<string>;
  /** Per area, the letters its page lists (the newest ones). */
  areaPages: Map<AreaId, Set<string>>;
}

export function siteIndex(docs: readonly Doc[], indicatorTitles: Map<string, string>): SiteIndex {
  const letters = docs.flatMap((d) => {
    const data = letterData(d);
    return data ? [{ id: d.id, data }] : [];
  });
  const conferences = docs.flatMap((d) => {
    const data = conferenceData(d);
    return data ? [{ id: d.id, data }] : [];
  });
  const ids = (list: readonly LetterEntry[]) => new Set(list.map((l) => l.id));
  return {
    letters: new Map(letters.map((l) => [l.id, l])),
    conferences,
    indicatorTitles,
    frontPage: ids(newestLetters(letters, FRONT_PAGE_LETTER_LIMIT)),
    areaPages: new Map(AREA_IDS.map((a) => [a, ids(firstOf(lettersForArea(letters, a), AREA_LETTER_LIMIT).shown)])),
  };
}

const FRONT_PAGE: Place = { label: 'forsiden', path: '' };

export function letterPlaces(id: string, site: SiteIndex): Place[] {
  const letter = site.letters.get(id);
  const places: Place[] = [{ label: 'brevets side', path: letterPath(id) }];
  if (!letter) return places;
  const year = utcYear(letter.data.date);
  if (site.frontPage.has(id)) places.push(FRONT_PAGE);
  places.push({ label: `Breve fra ${year}`, path: yearPath(year) });
  for (const o of letterOrganisations(letter.data)) {
    places.push({ label: organisationShortLabel(o), path: organisationPath(o.slug) });
    places.push({ label: `${organisationShortLabel(o)}, ${year}`, path: organisationYearPath(o.slug, year) });
  }
  for (const area of letter.data.areas) {
    const listed = site.areaPages.get(area)?.has(id) ?? false;
    const note = listed ? undefined : `kun de ${AREA_LETTER_LIMIT} nyeste breve står på siden; brevet findes via søgningen`;
    places.push({ label: areaName(area), path: areaPath(area), note });
  }
  for (const ind of letter.data.indicators) places.push({ label: site.indicatorTitles.get(ind) ?? ind, path: indicatorPath(ind) });
  for (const c of conferencesCiting(site.conferences, id)) places.push({ label: c.text, path: c.path });
  return places;
}

export function conferencePlaces(id: string, site: SiteIndex): Place[] {
  const conference = site.conferences.find((c) => c.id === id);
  if (!conference) return [];
  const { year, ideas, letters } = conference.data;
  const places: Place[] = [{ label: 'konferencens side', path: conferencePath(year) }];
  if (ideas.length > 0) places.push({ label: 'idékataloget', path: ideaCataloguePath(year) });
  places.push({ label: 'Konferencer', path: conferencesPath() });
  if (sortConferences(site.conferences)[0]?.id === id) places.push(FRONT_PAGE);
  // A letter's page links to the conferences that cite it.
  for (const slug of letters) {
    const letter = site.letters.get(slug);
    places.push({ label: `brevet »${letter?.data.title ?? slug}«`, path: letterPath(slug) });
  }
  return places;
}

export function ideaPlaces(idea: IdeaData, year: number): Place[] {
  const places: Place[] = [{ label: 'idékataloget', path: `${ideaCataloguePath(year)}#${idea.id}` }];
  for (const area of idea.areas) {
    places.push({ label: areaName(area), path: areaPath(area) });
    places.push({ label: `Idéer om ${areaName(area).toLowerCase()}`, path: ideaAreaPath(area) });
  }
  for (const abbr of idea.responsible) {
    const o = organisationOf(abbr);
    if (o) places.push({ label: `Idéer med ${o.administration.name} som ansvarlig`, path: ideaAdministrationPath(o.slug) });
  }
  places.push({ label: 'alle idéer', path: ideasIndexPath() });
  return places;
}

export function areaGoalPlaces(data: z.infer<typeof areaSchema> | undefined): Place[] {
  return data && isAreaId(data.area) ? [{ label: areaName(data.area), path: areaPath(data.area) }] : [];
}

/** A file in content/pages is the page of the same name (its route reads the entry by that id). */
export function pagePlaces(id: string): Place[] {
  return [{ label: 'siden', path: `${id}/` }];
}

/** An indicator's own page, its area's page, and the front page for an area's main indicator. */
export function indicatorPlaces(id: string, area: string | undefined, main: boolean): Place[] {
  const places: Place[] = [{ label: 'indikatorens side', path: indicatorPath(id) }];
  if (area && isAreaId(area)) places.push({ label: areaName(area as AreaId), path: areaPath(area) });
  if (main) places.push(FRONT_PAGE);
  return places;
}

/** Where a document appears on one side of the change. */
export function docPlaces(doc: Doc, site: SiteIndex): Place[] {
  switch (doc.collection) {
    case 'letters':
      return letterPlaces(doc.id, site);
    case 'conferences':
      return conferencePlaces(doc.id, site);
    case 'areas':
      return areaGoalPlaces(doc.data as z.infer<typeof areaSchema> | undefined);
    case 'pages':
      return pagePlaces(doc.id);
  }
}

/** The document's own page; its address changes when this does. */
export function primaryPath(doc: Doc): string | undefined {
  if (doc.collection === 'letters') return letterPath(doc.id);
  if (doc.collection === 'pages') return pagePlaces(doc.id)[0]?.path;
  if (doc.collection === 'conferences') {
    const data = conferenceData(doc);
    return data ? conferencePath(data.year) : undefined;
  }
  return areaGoalPlaces(doc.data as z.infer<typeof areaSchema> | undefined)[0]?.path;
}
