import type { APIRoute, GetStaticPaths } from 'astro';
import { getGoals, spendingPaths } from '../../../loaders/site-goals.ts';
import { spendingCsv } from '../../../lib/goals/downloads.ts';

/** /forvaltninger/<forvaltning>/udgifter.csv: the administration's rows of spending.csv, for Excel. */
export const getStaticPaths = spendingPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ abbr: string }> = async ({ props }) =>
  new Response(spendingCsv(await getGoals(), props.abbr), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
