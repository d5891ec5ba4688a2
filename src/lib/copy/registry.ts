/**
 * The words the site prints for the registries' ids (src/lib/registry/). The ids are data an editor
 * types in CSV (`skønnet`, `ikke opfyldt`, `alle københavnere`) and stay in the registry; the labels
 * and sentences a visitor reads are copy and live here, keyed by id.
 */
import type { CoverageId } from '../registry/coverage.ts';
import type { FlagId } from '../registry/flags.ts';
import type { GoalKindId } from '../registry/goal-kinds.ts';
import type { GoalStatusId } from '../registry/goal-statuses.ts';
import type { UnitId } from '../registry/units.ts';

interface Labelled {
  label: string;
  meaning: string;
}

/** Flags on a value (measurements.csv, column flag): footnotes, the legend, the data dictionary. */
export const FLAG_TEXT: Record<FlagId, Labelled> = {
  foreløbig: { label: 'Foreløbig', meaning: 'Foreløbigt tal, som kilden kan rette senere.' },
  revideret: { label: 'Revideret', meaning: 'Kilden har rettet tallet, siden det først blev offentliggjort.' },
  'brud i serien': {
    label: 'Brud i serien',
    meaning: 'Tallet er opgjort anderledes end tallene før det, så udviklingen hen over bruddet kan ikke sammenlignes direkte.',
  },
  skønnet: {
    label: 'Skønnet',
    meaning:
      'Tallet er ikke trykt i kilden, men beregnet eller udledt (fx af to andre offentliggjorte tal), eller kilderne er uenige; det skal efterprøves i den primære kilde.',
  },
};

/** The two kinds of goal (goals.csv, column kind). */
export const GOAL_KIND_TEXT: Record<GoalKindId, Labelled> = {
  resultatkrav: { label: 'Resultatkrav', meaning: 'et krav til den virkning, indsatsen skal have for borgerne (fx flere i job)' },
  aktivitetsmål: { label: 'Aktivitetsmål', meaning: 'et mål for det, forvaltningen selv gør (fx antal forløb eller kurser)' },
};

/** How far a goal was met (goals.csv, column status): the badge's word and its meaning. */
export const GOAL_STATUS_TEXT: Record<GoalStatusId, Labelled> = {
  opfyldt: { label: 'Opfyldt', meaning: 'målet er nået' },
  'delvist opfyldt': { label: 'Delvist opfyldt', meaning: 'en del af målet er nået' },
  'ikke opfyldt': { label: 'Ikke opfyldt', meaning: 'målet er ikke nået' },
  'ikke vurderet': { label: 'Ikke vurderet', meaning: 'forvaltningen har endnu ikke gjort status' },
};

/**
 * Whom an indicator's figures cover (indicators.csv, column coverage; the label printed is the id):
 * one sentence for descriptions and the data dictionary, and the same population elsewhere.
 */
export const COVERAGE_TEXT: Record<CoverageId, { explanation: string; elsewhere: string }> = {
  'alle københavnere': {
    explanation: 'Tallene gælder alle københavnere uanset oprindelse, ikke kun indvandrere.',
    elsewhere: 'alle indbyggere',
  },
  'indvandrere med ikke-vestlig oprindelse': {
    explanation: 'Tallene gælder indvandrere med ikke-vestlig oprindelse.',
    elsewhere: 'indvandrere med ikke-vestlig oprindelse',
  },
  'indvandrere og efterkommere med ikke-vestlig oprindelse': {
    explanation: 'Tallene gælder indvandrere og efterkommere med ikke-vestlig oprindelse.',
    elsewhere: 'indvandrere og efterkommere med ikke-vestlig oprindelse',
  },
  'indvandrere og efterkommere (kildens afgrænsning)': {
    explanation: 'Tallene gælder indvandrere og efterkommere, som kilden afgrænser dem (se definitionen).',
    elsewhere: 'indvandrere og efterkommere (kildens afgrænsning)',
  },
  indvandrere: {
    explanation: 'Tallene gælder indvandrere, ikke efterkommere.',
    elsewhere: 'indvandrere',
  },
  'indvandrere, der kom til Danmark i alderen 0–12 år': {
    explanation: 'Tallene gælder indvandrere, der kom til Danmark som 0–12-årige, ikke efterkommere.',
    elsewhere: 'indvandrere, der kom til Danmark i alderen 0–12 år',
  },
  'kursister under integrationsloven': {
    explanation: 'Tallene gælder kursister på danskuddannelse under integrationsloven, ikke alle indvandrere.',
    elsewhere: 'kursister under integrationsloven',
  },
};

/**
 * An indicator's unit: the words around a number, its name in tables and the data dictionary, and the
 * unit a change is measured in. An index is written before its number (»indeks 68,2«) and changes by
 * index points; a count's noun is the indicator's own (`unit_noun` in indicators.csv, »3 områder«).
 */
export const UNIT_TEXT: Record<UnitId, { suffix: string; name: string; prefix?: string; change: string }> = {
  pct: { suffix: 'pct.', name: 'procent', change: 'procentpoint' },
  procentpoint: { suffix: 'procentpoint', name: 'procentpoint', change: 'procentpoint' },
  antal: { suffix: '', name: 'antal', change: '' },
  indeks: { prefix: 'indeks', suffix: '', name: 'indeks', change: 'indekspoint' },
  'pr-1000-indbyggere': { suffix: 'pr. 1.000 indb.', name: 'antal pr. 1.000 indbyggere', change: 'pr. 1.000 indb.' },
};

/** A count's name in tables and on the axis: »antal områder«. */
export const countUnitName = (plural: string): string => `antal ${plural}`;

/** Kroner in millions: the spending chart's unit. */
export const MILLION_KRONER_TEXT = { suffix: 'mio. kr.', name: 'mio. kr.' } as const;
