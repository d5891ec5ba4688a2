/** /indikatorer/<id>/sammenligning.json: the city comparison with the indicator's id, unit and licence. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFileText } from '../../../lib/open-data/json-text.ts';
import { getBarometer } from '../../../loaders/site-data.ts';
import { comparedIndicatorIds, comparisonJson } from '../../../lib/barometer/comparison-download.ts';

export const getStaticPaths = (() => comparedIndicatorIds(getBarometer()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(jsonFileText(comparisonJson(getBarometer(), params.id as string)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
