import type { APIRoute, GetStaticPaths } from 'astro';
import { getGoals } from '../../../loaders/site-goals.ts';
import { spendingCsv } from '../../../lib/goals/downloads.ts';
import { administrationsWithSpending } from '../../../lib/goals/spending-view.ts';
import { administrationSlug } from '../../../lib/goals/paths.ts';

/** /forvaltninger/<forvaltning>/udgifter.csv: the administration's rows of spending.csv, for Excel. */
export const getStaticPaths = (async () =>
  administrationsWithSpending(await getGoals()).map((abbr) => ({
    params: { administration: administrationSlug(abbr) },
    props: { abbr },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ abbr: string }> = async ({ props }) =>
  new Response(spendingCsv(await getGoals(), props.abbr), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
