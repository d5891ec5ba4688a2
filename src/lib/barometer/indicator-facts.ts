/** "Om indikatoren": the indicator's facts as term/value rows, with links where there is one. */
import type { IndicatorView } from './indicator-view.ts';
import { formatDistance } from '../format/danish-number.ts';
import { areaPath } from '../routes.ts';

export interface FactRow {
  term: string;
  value: string;
  /** Site path (through href()) or, when `external`, an absolute URL. */
  href?: string;
  external?: boolean;
}

export function indicatorFacts(v: IndicatorView): FactRow[] {
  const i = v.indicator;
  const rows: FactRow[] = [
    { term: 'Område', value: v.areaName, href: areaPath(i.area) },
    { term: 'Hovedindikator', value: i.main ? 'Ja – områdets status er denne indikators status' : 'Nej' },
    { term: 'Definition', value: i.definition },
    ...(v.coverage ? [{ term: 'Omfatter', value: `${v.coverage.label[0]?.toUpperCase()}${v.coverage.label.slice(1)}. ${v.coverage.explanation}` }] : []),
    { term: 'Enhed', value: v.unitName },
    { term: 'God retning', value: v.directionText },
    { term: 'Basis', value: v.baselineText ?? 'Ingen basis' },
    ...(i.baselineNote ? [{ term: 'Valg af basisår', value: i.baselineNote }] : []),
    { term: 'Mål', value: v.targetText ?? 'Intet talmål; status vurderes på retningen' },
    { term: 'Tolerance', value: `±${formatDistance(i.tolerance, i.unit, v.decimals)} regnes som stilstand` },
    { term: 'Kilde', value: i.source },
  ];
  if (i.sourceUrl) rows.push({ term: 'Kildens adresse', value: i.sourceUrl, href: i.sourceUrl, external: true });
  if (i.method) rows.push({ term: 'Metode og forbehold', value: i.method });
  rows.push({ term: 'Data som CSV', value: 'Hent tallene (semikolon, decimalkomma)', href: v.csvPath });
  rows.push({ term: 'Data som JSON', value: 'Hent tallene med indikatorens oplysninger', href: v.jsonPath });
  return rows;
}
