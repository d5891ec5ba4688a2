/** /indikatorer/<id>/sammenligning.csv: the city comparison, one row per municipality × period. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBarometer } from '../../../loaders/site-data.ts';
import { comparedIndicatorIds, comparisonCsv } from '../../../lib/barometer/comparison-download.ts';

export const getStaticPaths = (() => comparedIndicatorIds(getBarometer()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(comparisonCsv(getBarometer(), params.id as string), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
