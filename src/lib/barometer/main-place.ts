/**
 * Where an indicator's main series was measured, when that is not Copenhagen: some indicators have
 * only the national barometer's figure for the whole country. A list that shows the latest value
 * beside a Copenhagen status must say so, or a reader takes a national figure for the city's.
 */
import type { Measurement } from '../model.ts';
import { COPENHAGEN, municipality } from '../registry/municipalities.ts';
import { indicatorRows } from './series.ts';

/** »hele landet«, »Aarhus«, or undefined for Copenhagen and for rows without a place. */
export function mainPlace(measurements: readonly Measurement[], indicatorId: string): string | undefined {
  const geo = indicatorRows(measurements, indicatorId).find((m) => m.breakdown === '' && m.geo)?.geo;
  if (!geo || geo === COPENHAGEN) return undefined;
  const info = municipality(geo);
  return info.wholeCountry ? info.name.toLowerCase() : info.name;
}

/** »2020«, or »2020, hele landet« for a main series measured elsewhere than in Copenhagen. */
export function periodAt(period: string, place: string | undefined): string {
  return place ? `${period}, ${place}` : period;
}
