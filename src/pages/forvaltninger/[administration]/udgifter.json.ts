import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFileText } from '../../../lib/open-data/json-text.ts';
import { getGoals, spendingPaths } from '../../../loaders/site-goals.ts';
import { spendingJson } from '../../../lib/goals/downloads.ts';

/** /forvaltninger/<forvaltning>/udgifter.json: the same rows typed, with the totals per budget year. */
export const getStaticPaths = spendingPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ abbr: string }> = async ({ props }) =>
  new Response(jsonFileText(spendingJson(await getGoals(), props.abbr)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
