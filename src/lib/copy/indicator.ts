/**
 * The words of an indicator's calculation (»Sådan er status beregnet«, the worked example on /om/)
 * and of its facts (»Om indikatoren«). The terms are the same in both places, so a reader who
 * learns »Forbedring (a)« on /om/ finds it again on every indicator page. a and r are signed so that
 * improvement is positive, so they are named as improvements: »udvikling« read as the raw change.
 */
import { DIRECTION_TEXT } from './status.ts';

export const traceWords = {
  method: 'Metode',
  direction: 'Ønsket retning',
  higher: 'Stigende (højere er bedre)',
  lower: 'Faldende (lavere er bedre)',
  baseline: 'Basis',
  latest: 'Seneste måling',
  none: 'Ingen',
  at: (value: string, period: string) => `${value} i ${period}`,
  seriesBreak: 'Brud i serien',
  acrossBreak: (periods: string) => `Ja: sammenligningen går hen over bruddet i ${periods}.`,
  target: 'Mål',
  noTarget: 'Intet talmål',
  actual: 'Forbedring (a)',
  required: 'Nødvendig forbedring nu (r)',
  share: (percent: number) => `${percent} % af r`,
  tolerance: 'Tolerance',
  result: 'Resultat',
} as const;

export const factWords = {
  area: 'Område',
  main: 'Hovedindikator',
  isMain: 'Ja – områdets status er denne indikators status',
  notMain: 'Nej',
  definition: 'Definition',
  coverage: 'Omfatter',
  unit: 'Enhed',
  goodDirection: 'God retning',
  higherIsBetter: DIRECTION_TEXT.higher,
  lowerIsBetter: DIRECTION_TEXT.lower,
  baseline: 'Basis',
  noBaseline: 'Ingen basis',
  baselineChoice: 'Valg af basisår',
  target: 'Mål',
  noTarget: 'Intet talmål; status vurderes på retningen',
  tolerance: 'Tolerance',
  toleranceValue: (distance: string) => `±${distance} regnes som stilstand`,
  source: 'Kilde',
  sourceUrl: 'Kildens adresse',
  method: 'Metode og forbehold',
  csv: 'Data som CSV',
  csvValue: 'Hent tallene (semikolon, decimalkomma)',
  json: 'Data som JSON',
  jsonValue: 'Hent tallene med indikatorens oplysninger',
} as const;

/** Copenhagen beside the other big cities: the section and each panel's title (comparison-view.ts). */
export const comparisonWords = {
  heading: 'Sammenligning med de andre storbyer',
  copenhagen: 'København',
  panelTitle: (city: string) => `${city} sammenlignet med København`,
  /** A panel's description: a city's first and last value. */
  noValues: (city: string) => `${city}: ingen målinger.`,
  oneValue: (city: string, value: string, period: string) => `${city}: ${value} i ${period}.`,
  span: (city: string, first: string, firstPeriod: string, last: string, lastPeriod: string) =>
    `${city}: fra ${first} i ${firstPeriod} til ${last} i ${lastPeriod}.`,
  /** »Alle indbyggere i hver kommune« */
  everyMunicipality: (population: string) => `${population} i hver kommune`,
  tableCaption: (title: string) => `${title}: byerne sammenlignet`,
} as const;
