/** "Om indikatoren": the indicator's facts as term/value rows, with links where there is one. */
import type { IndicatorView } from './indicator-view.ts';
import { formatDistance } from '../format/danish-number.ts';
import { areaPath } from '../routes.ts';
import { factWords as w } from '../copy/indicator.ts';
import { indicatorUnit } from '../registry/units.ts';

export interface FactRow {
  term: string;
  value: string;
  /** Site path (through href()) or, when `external`, an absolute URL. */
  href?: string;
  external?: boolean;
  /** Kept out of the search index: a web address or a download link, not words of the page. */
  unindexed?: true;
}

/**
 * The population, then what its explanation adds; an explanation that names the population itself
 * (»Tallene gælder indvandrere og efterkommere med ikke-vestlig oprindelse.«) is said alone, not after
 * the same words again.
 */
export function coverageFact(label: string, explanation: string): string {
  if (explanation.includes(label)) return explanation;
  return `${label[0]?.toUpperCase() ?? ''}${label.slice(1)}. ${explanation}`;
}

export function indicatorFacts(v: IndicatorView): FactRow[] {
  const i = v.indicator;
  const rows: FactRow[] = [
    { term: w.area, value: v.areaName, href: areaPath(i.area) },
    { term: w.main, value: i.main ? w.isMain : w.notMain },
    { term: w.definition, value: i.definition },
    ...(v.coverage ? [{ term: w.coverage, value: coverageFact(v.coverage.label, v.coverage.explanation) }] : []),
    { term: w.unit, value: v.unitName },
    { term: w.goodDirection, value: v.directionText },
    { term: w.baseline, value: v.baselineText ?? w.noBaseline },
    ...(i.baselineNote ? [{ term: w.baselineChoice, value: i.baselineNote }] : []),
    { term: w.target, value: v.targetText ?? w.noTarget },
    { term: w.tolerance, value: w.toleranceValue(formatDistance(i.tolerance, indicatorUnit(i), v.decimals)) },
    { term: w.source, value: i.source },
  ];
  if (i.sourceUrl) rows.push({ term: w.sourceUrl, value: i.sourceUrl, href: i.sourceUrl, external: true, unindexed: true });
  if (i.method) rows.push({ term: w.method, value: i.method });
  rows.push({ term: w.csv, value: w.csvValue, href: v.csvPath, unindexed: true });
  rows.push({ term: w.json, value: w.jsonValue, href: v.jsonPath, unindexed: true });
  return rows;
}
