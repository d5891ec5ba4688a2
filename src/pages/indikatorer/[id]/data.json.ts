/** /indikatorer/<id>/data.json: this indicator's metadata and values, typed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFileText } from '../../../lib/open-data/json-text.ts';
import { getBarometer } from '../../../loaders/site-data.ts';
import { indicatorJson } from '../../../lib/barometer/indicator-download.ts';
import { indicatorCacheKey } from '../../../lib/barometer/indicator-cache-key.ts';

export const getStaticPaths = (() => {
  const b = getBarometer();
  return b.indicators.map((i) => ({ params: { id: i.id }, cacheKey: indicatorCacheKey(b, i.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(jsonFileText(indicatorJson(getBarometer(), params.id as string)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
