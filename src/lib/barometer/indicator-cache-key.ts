/**
 * The cache key (src/lib/cache-key.ts) of the pages that print nothing but one indicator's view or
 * rows: its chart file, its embed and its two downloads. The view and the downloads are computed
 * from the indicator's definition and its own rows of measurements.csv alone (indicator-view.ts,
 * indicator-download.ts), so those two are the key; the rest is code, which Astro hashes itself.
 * A warm build then copies these pages for every indicator whose data did not change.
 */
import type { Barometer } from '../model.ts';
import { cacheKey } from '../cache-key.ts';
import { findIndicator } from './indicator-view.ts';
import { indicatorRows } from './series.ts';

export function indicatorCacheKey(barometer: Barometer, id: string): string {
  return cacheKey(findIndicator(barometer, id), indicatorRows(barometer.measurements, id));
}
