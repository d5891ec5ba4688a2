/**
 * Which of an indicator's series make up the comparison with the other big cities: the series with a
 * municipality code (column geo), in the registry's order. There is a comparison when Copenhagen and at
 * least one other city have figures; the whole country joins it where it has a series.
 */
import type { Series } from '../model.ts';
import { COPENHAGEN, MUNICIPALITIES, municipality, municipalityOrder, type MunicipalityCode } from '../registry/municipalities.ts';

export interface ComparisonSeries extends Series {
  geo: MunicipalityCode;
  /** The registry's name: »København«, »Aarhus«, »Hele landet«. */
  name: string;
  wholeCountry: boolean;
}

export interface Comparison {
  /** Copenhagen first, then the other cities, then the whole country. */
  series: ComparisonSeries[];
  copenhagen: ComparisonSeries;
  /** How many cities (not the whole country) have figures, Copenhagen included. */
  cities: number;
}

export function comparisonOf(series: readonly Series[]): Comparison | undefined {
  const withGeo = series
    .filter((s): s is Series & { geo: MunicipalityCode } => s.geo !== undefined && s.points.length > 0)
    .map((s) => ({ ...s, name: municipality(s.geo).name, label: municipality(s.geo).name, wholeCountry: municipality(s.geo).wholeCountry }))
    .sort((a, b) => municipalityOrder(a.geo) - municipalityOrder(b.geo));
  const copenhagen = withGeo.find((s) => s.geo === COPENHAGEN);
  const cities = withGeo.filter((s) => !s.wholeCountry).length;
  if (!copenhagen || cities < 2) return undefined;
  return { series: withGeo, copenhagen, cities };
}

/**
 * The series the indicator's own line chart draws: with a comparison, the other cities move to the
 * small multiples (more than a few lines cannot be told apart); the whole country stays as context.
 */
export function chartSeries(series: readonly Series[], comparison: Comparison | undefined): Series[] {
  if (!comparison) return [...series];
  const elsewhere = new Set(MUNICIPALITIES.filter((m) => !m.wholeCountry && m.code !== COPENHAGEN).map((m) => m.code));
  return series.filter((s) => s.breakdown === '' || !s.geo || !elsewhere.has(s.geo));
}
