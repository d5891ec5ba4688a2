/**
 * What /udgaver/ and /udgaver/<dato>/ print: the editions with their dates, each edition's six areas
 * (main indicator first, then the others) with status, latest value and trend as published, which
 * status rule computed them, newer editions, and what has changed since. Pure.
 */
import type { Barometer } from '../model.ts';
import { AREAS, type AreaId } from '../registry/areas.ts';
import { ruleOn, rulesChangedSince, currentRule, type RuleVersion } from '../status/rule-versions.ts';
import { dayText, timestampText } from './day-text.ts';
import type { EditionChanges } from './edition-changes.ts';
import type { EditionSnapshot, IndicatorScore } from './edition-snapshot.ts';
import type { Edition } from './editions-file.ts';
import { editionPath } from '../routes.ts';
import { EDITION_TEXT } from '../copy/editions.ts';

export interface EditionListItem {
  date: string;
  dateLabel: string;
  title: string;
  note: string;
  path: string;
  /** Main indicators' colours, in area order, for a glance at the list. */
  areas: { id: AreaId; name: string; colour?: IndicatorScore['colour']; status?: string }[];
}

export interface EditionAreaView {
  id: AreaId;
  name: string;
  main?: IndicatorScore;
  others: IndicatorScore[];
}

export interface EditionPageView {
  edition: Edition;
  dateLabel: string;
  path: string;
  /** Absent when no data had been committed by the edition's day. */
  data?: { sha: string; dateLabel: string };
  dataErrors: number;
  /** »Title: »procent« i udgaven, »indeks« i dag«: units printed with their name today (edition-units.ts). */
  unitsRenamed: string[];
  areas: EditionAreaView[];
  rule: { current: RuleVersion; sinceLabel: string; changed: { sinceLabel: string; summary: string }[] };
  newer: EditionListItem[];
  changes?: EditionChanges;
}

const sortedAreas = () => [...AREAS].sort((a, b) => a.order - b.order);

export function editionAreas(scores: readonly IndicatorScore[]): EditionAreaView[] {
  return sortedAreas().map((a) => {
    const own = scores.filter((s) => s.area === a.id);
    const main = own.find((s) => s.main);
    return { id: a.id, name: a.name, ...(main ? { main } : {}), others: own.filter((s) => !s.main) };
  });
}

export function editionListItem(s: EditionSnapshot): EditionListItem {
  return {
    date: s.edition.date,
    dateLabel: dayText(s.edition.date),
    title: s.edition.title,
    note: s.edition.note,
    path: editionPath(s.edition.date),
    areas: editionAreas(s.scores).map((a) => ({
      id: a.id,
      name: a.name,
      ...(a.main ? { colour: a.main.colour, status: a.main.status } : {}),
    })),
  };
}

/** Newest first, as journalists look for the latest. */
export function editionList(snapshots: readonly EditionSnapshot[]): EditionListItem[] {
  return [...snapshots].reverse().map(editionListItem);
}

export function editionPageView(s: EditionSnapshot, all: readonly EditionSnapshot[], changes: EditionChanges | undefined): EditionPageView {
  const day = s.edition.date;
  const then = ruleOn(day);
  const changed = rulesChangedSince(day);
  return {
    edition: s.edition,
    dateLabel: dayText(day),
    path: editionPath(day),
    ...(s.state ? { data: { sha: s.state.sha.slice(0, 7), dateLabel: timestampText(s.state.date) } } : {}),
    dataErrors: s.dataErrors,
    unitsRenamed: s.unitsRenamed.map((u) => EDITION_TEXT.unitRenamed(u.title, u.then, u.now)),
    areas: editionAreas(s.scores),
    rule: {
      current: currentRule(),
      sinceLabel: dayText(then.since),
      changed: changed.map((v) => ({ sinceLabel: dayText(v.since), summary: v.summary })),
    },
    newer: all
      .filter((o) => o.edition.date > day)
      .reverse()
      .map(editionListItem),
    ...(changes ? { changes } : {}),
  };
}

/** The newest edition that has data: the one live pages cite. */
export function latestEdition(snapshots: readonly EditionSnapshot[]): (EditionSnapshot & { barometer: Barometer }) | undefined {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const s = snapshots[i];
    if (s?.barometer && s.scores.length > 0) return s as EditionSnapshot & { barometer: Barometer };
  }
  return undefined;
}
