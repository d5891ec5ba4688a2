/**
 * Conferences and their idea catalogues: paths, order, the facts block, and ideas listed by area
 * and by responsible administration. Plain { data } entries, so it runs without Astro.
 */
import { CONFERENCE_STATUS_TEXT, archiveCopy } from '../copy/archive.ts';
import type { ConferenceData, IdeaData } from '../content-schemas.ts';
import { AREAS, type AreaId } from '../registry/areas.ts';
import { ORGANISATIONS, organisationName, organisationOf, type Organisation } from '../registry/organisations.ts';
import { danishDate, isoDate } from './dates.ts';
import { conferencePath, ideaAdministrationPath, ideaAreaPath, ideaCataloguePath } from '../routes.ts';

export interface ConferenceEntry {
  id: string;
  data: ConferenceData;
}

export function sortConferences<T extends ConferenceEntry>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id));
}

/** An idea with the conference it came from, for lists across catalogues. */
export interface IdeaItem {
  idea: IdeaData;
  year: number;
  conferenceTitle: string;
  /** Catalogue page + anchor of the idea. */
  path: string;
}

export function ideaItems(conferences: readonly ConferenceEntry[]): IdeaItem[] {
  return sortConferences(conferences).flatMap((c) =>
    c.data.ideas.map((idea) => ({
      idea,
      year: c.data.year,
      conferenceTitle: c.data.title,
      path: `${ideaCataloguePath(c.data.year)}#${idea.id}`,
    })),
  );
}

export interface AreaIdeas {
  area: AreaId;
  name: string;
  items: IdeaItem[];
}

/** Areas that have ideas, in the registry's order. */
export function ideasByArea(conferences: readonly ConferenceEntry[]): AreaIdeas[] {
  const items = ideaItems(conferences);
  return AREAS.map((a) => ({ area: a.id, name: a.name, items: items.filter((i) => i.idea.areas.includes(a.id)) })).filter(
    (g) => g.items.length > 0,
  );
}

export interface AdministrationIdeas {
  organisation: Organisation;
  name: string;
  abbr: string;
  items: IdeaItem[];
}

/** Administrations responsible for ideas, in the registry's order. */
export function ideasByAdministration(conferences: readonly ConferenceEntry[]): AdministrationIdeas[] {
  const items = ideaItems(conferences);
  return ORGANISATIONS.map((o) => ({
    organisation: o as Organisation,
    name: o.administration.name,
    abbr: o.administration.abbr,
    items: items.filter((i) => i.idea.responsible.includes(o.administration.abbr)),
  })).filter((g) => g.items.length > 0);
}

/**
 * Tags printed under an idea: its areas and administrations, each a link to the ideas about it. An
 * area's link says so (»Idéer om tryghed«, the title of the page it opens): »Tryghed« alone went to
 * the ideas on pages where »Tryghed« elsewhere is the area itself (WCAG 2.4.4).
 */
export function ideaTags(idea: IdeaData): { areas: { text: string; path: string }[]; responsible: { text: string; path: string }[] } {
  return {
    areas: idea.areas.map((id) => ({
      text: archiveCopy.ideasAboutArea((AREAS.find((a) => a.id === id)?.name ?? id).toLowerCase()),
      path: ideaAreaPath(id),
    })),
    responsible: idea.responsible.map((abbr) => ({
      text: `${organisationName(abbr)} (${abbr})`,
      path: ideaAdministrationPath(organisationOf(abbr)?.slug ?? abbr),
    })),
  };
}

export interface ConferenceFacts {
  statusText: string;
  date?: { iso: string; text: string };
  when?: string;
  place: string;
  participants?: string;
  theme?: string;
  themeProposals: { title: string; description?: string }[];
  budget?: string;
  organiser?: string;
}

export function conferenceFacts(data: ConferenceData): ConferenceFacts {
  return {
    statusText: CONFERENCE_STATUS_TEXT[data.status],
    date: data.date ? { iso: isoDate(data.date), text: danishDate(data.date) } : undefined,
    when: data.when,
    place: data.place,
    participants: data.participants,
    theme: data.theme,
    themeProposals: data.themeProposals,
    budget: data.budget,
    organiser: data.organiser ? `${organisationName(data.organiser)} (${data.organiser})` : undefined,
  };
}

/**
 * »22. januar 2009, Rådhuset, København« after a conference's title in a one-line mention: its date,
 * else its year when the title does not already say it (»Integrationskonference 2009 (2009)«), then its place.
 */
export function conferenceWhenWhere(data: Pick<ConferenceData, 'title' | 'year' | 'date' | 'when' | 'place'>): string {
  const when = data.date ? danishDate(data.date) : (data.when ?? (data.title.includes(String(data.year)) ? undefined : String(data.year)));
  return [when, data.place].filter((x): x is string => !!x).join(', ');
}

/** True when any idea of the conference, or the conference itself, is example data. */
export function hasIllustrative(data: ConferenceData): boolean {
  return data.illustrative || data.ideas.some((i) => i.illustrative);
}

/**
 * The letters a conference cites, in the order the editor listed them. An unknown slug is an
 * editor error: thrown with the file, the value and what was expected, so the build stops.
 */
export function conferenceSources<T extends { id: string }>(data: ConferenceData, letters: readonly T[], file: string): T[] {
  const missing = data.letters.filter((slug) => !letters.some((l) => l.id === slug));
  if (missing.length > 0) {
    throw new Error(
      `${file}: ukendt brev i "letters" (fik ${missing.map((m) => `"${m}"`).join(', ')}, forventede et filnavn fra content/letters uden .md)`,
    );
  }
  return data.letters.map((slug) => letters.find((l) => l.id === slug) as T);
}

/** Links to the conferences that cite a letter, for the letter's metadata. */
export function conferencesCiting(conferences: readonly ConferenceEntry[], letterId: string): { text: string; path: string }[] {
  return sortConferences(conferences)
    .filter((c) => c.data.letters.includes(letterId))
    .map((c) => ({ text: c.data.title, path: conferencePath(c.data.year) }));
}
