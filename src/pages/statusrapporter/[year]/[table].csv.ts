import type { APIRoute, GetStaticPaths } from 'astro';
import { getGoals } from '../../../loaders/site-goals.ts';
import { reportCsv } from '../../../lib/goals/downloads.ts';
import { reportYears } from '../../../lib/goals/status-report.ts';
import { REPORT_TABLES, type ReportTable } from '../../../lib/goals/paths.ts';
import { getBarometer } from '../../../loaders/site-data.ts';
import { href } from '../../../lib/url.ts';

/** /statusrapporter/<år>/<maal|omraader|udgifter>.csv: the status report's tables for Excel. */
export const getStaticPaths = (async () =>
  reportYears(await getGoals()).flatMap((year) =>
    REPORT_TABLES.map((table) => ({ params: { year: String(year), table }, props: { year, table } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; table: ReportTable }> = async ({ props, site }) => {
  const absolute = (path: string) => new URL(href(path), site).href;
  return new Response(reportCsv(await getGoals(), getBarometer(), props.year, props.table, absolute), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
