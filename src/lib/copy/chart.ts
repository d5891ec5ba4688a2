/**
 * The words a chart prints: direct labels, the key's names for line styles and flagged values, and
 * the title block and footer of a standalone chart file. Chart modules take them from here.
 */
import type { FlagId } from '../registry/flags.ts';
import type { UnitId } from '../registry/units.ts';

export const chartCopy = {
  /** Direct label at the target's line: »Mål 2025«. */
  targetLabel: (period: string) => `Mål ${period}`,
  /** Line styles in series order, named in the key (never colour alone). */
  seriesStyles: [
    'fuldt optrukket linje med cirkler',
    'stiplet linje med firkanter',
    'prikket linje med trekanter',
    'streg-prik-linje med romber',
  ],
  /**
   * The key's name for a series with no two measurements in neighbouring periods (a survey every few
   * years): no line is drawn, so the key must not promise one. Marker shapes in series order.
   */
  markersOnly: (position: number) =>
    `${['cirkler', 'firkanter', 'trekanter', 'romber'][position % 4] ?? 'markører'} uden linje: ingen af målingerne ligger lige efter hinanden`,
  /** What a hollow marker stands for. */
  flagNoun: {
    foreløbig: 'foreløbigt tal',
    revideret: 'revideret tal',
    'brud i serien': 'brud i serien',
    skønnet: 'skønnet tal',
  } satisfies Record<FlagId, string>,
  legend: {
    gap: (periods: string) => `Ingen måling: ${periods}; linjen er afbrudt, hvor der ikke er målt`,
    hollow: (noun: string, where: string, brief: boolean) =>
      `Hul markør: ${noun} (${where}); ${brief ? 'se noten på indikatorens side' : 'se noten under tabellen'}`,
    breaks: (where: string) => `Brud i serien ${where}, prikkede lodrette linjer. Se hvorfor på indikatorens side.`,
    break: (where: string, how: string, why: string) => `Brud i serien ${where}, prikket lodret linje; ${how}.${why}`,
    seeWhy: ' Se hvorfor på indikatorens side.',
    breakHow: (startsSeries: boolean, several: boolean) =>
      startsSeries ? (several ? 'serierne begynder her' : 'serien begynder her') : several ? 'linjerne er afbrudt' : 'linjen er afbrudt',
  },
  file: {
    source: (source: string) => `Kilde: ${source}`,
    footer: (pageUrl: string) => `Integrationsbarometeret, Københavns Kommune – ${pageUrl}`,
  },
} as const;

/** The chart's text alternative (chart/describe.ts): sentences filled with the chart's own numbers. */
export const describeCopy = {
  none: 'Der er endnu ingen målinger.',
  /** What the main series measures, by unit: »andelen steg …«. */
  noun: {
    pct: 'andelen',
    procentpoint: 'forskellen',
    antal: 'antallet',
    indeks: 'indekset',
    'pr-1000-indbyggere': 'antallet',
  } satisfies Record<UnitId, string>,
  /** Main-series names that mean »everyone«: the sentence says »i alt« rather than »for Alle«. */
  totalLabels: ['Alle', 'I alt', 'Total'],
  total: ' i alt',
  forSeries: (label: string) => ` for ${label}`,
  single: (period: string, noun: string, value: string) => `I ${period} var ${noun} ${value}. Der er kun én måling.`,
  span: (from: string, to: string) => `Fra ${from} til ${to}`,
  unchanged: (span: string, noun: string, value: string) => `${span} var ${noun} uændret på ${value}.`,
  moved: (span: string, rose: boolean, noun: string, from: string, to: string, change: string) =>
    `${span} ${rose ? 'steg' : 'faldt'} ${noun} fra ${from} til ${to} (${change}).`,
  breakdownOne: (label: string, value: string, period: string) => `${label}: ${value} i ${period}.`,
  breakdown: (label: string, from: string, fromPeriod: string, to: string, toPeriod: string, change: string) =>
    `${label}: fra ${from} i ${fromPeriod} til ${to} i ${toPeriod} (${change}).`,
  baseline: (baseline: string, value: string) => `${baseline} har værdien ${value}.`,
  targetMet: (period: string, value: string) => `Målet for ${period} på ${value} er nået.`,
  targetMissing: (period: string, value: string, distance: string) => `Målet for ${period} er ${value}; der mangler ${distance}.`,
  noTarget: (noun: string, higher: boolean) => `Der er ikke fastsat et talmål; målet er, at ${noun} ${higher ? 'stiger' : 'falder'}.`,
  gaps: (gaps: string) => `Ingen måling: ${gaps}.`,
  breaksWithin: (periods: string, series: string) => `Brud i serien i ${periods} (${series}): tallene før og efter er opgjort forskelligt.`,
  seriesStarts: (label: string, period: string) =>
    `Serien for ${label} begynder i ${period} med en ny opgørelse (brud i serien) og kan ikke sammenlignes med tidligere tal.`,
  flagged: (flag: string, where: string) => `${flag}: ${where}.`,
  flaggedWhere: (label: string, periods: string) => `${label} ${periods}`,
} as const;

/** The city comparison in words (chart/compare-describe.ts). */
export const compareCopy = {
  high: ['højeste', 'næsthøjeste', 'tredjehøjeste', 'fjerdehøjeste'],
  low: ['laveste', 'næstlaveste', 'tredjelaveste', 'fjerdelaveste'],
  good: ['bedst', 'næstbedst'],
  bad: ['dårligst', 'næstdårligst'],
  rankFromTop: (rank: number) => `nr. ${rank} fra oven`,
  rankOf: (rank: number, count: number) => `som nr. ${rank} af ${count}`,
  coverage: (whom: string) => ` Tallene gælder ${whom} i hver kommune.`,
  shows: (others: string, country: string | undefined, who: string) =>
    `Sammenligningen viser København og ${others}${country ? ` samt ${country}` : ''}.${who}`,
  tied: ' (delt med en anden by)',
  standing: (period: string, value: string, level: string, count: number, tied: string, others: string) =>
    `I ${period} var tallet for København ${value}: det ${level} af de ${count} byer med tal for ${period}${tied} (${others}).`,
  better: (higher: boolean, standing: string) => `${higher ? 'Højere' : 'Lavere'} er bedre, så København ligger ${standing}.`,
  national: (label: string, value: string) => `${label}: ${value}.`,
  oneOther: (city: string, change: string) => `i ${city} ${change}`,
  otherRange: (low: string, lowCity: string, high: string, highCity: string) =>
    `i de andre byer mellem ${low} (${lowCity}) og ${high} (${highCity})`,
  changed: (from: string, to: string, mine: string, span: string) =>
    `Fra ${from} til ${to} ændrede tallet sig med ${mine} i København og ${span}.`,
} as const;
