/** /indikatorer/<id>/data.csv: the rows of measurements.csv behind this indicator's chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBarometer } from '../../../loaders/site-data.ts';
import { indicatorCsv } from '../../../lib/barometer/indicator-download.ts';
import { indicatorCacheKey } from '../../../lib/barometer/indicator-cache-key.ts';

export const getStaticPaths = (() => {
  const b = getBarometer();
  return b.indicators.map((i) => ({ params: { id: i.id }, cacheKey: indicatorCacheKey(b, i.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(indicatorCsv(getBarometer(), params.id as string), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
