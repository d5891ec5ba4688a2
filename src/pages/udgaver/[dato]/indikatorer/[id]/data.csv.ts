/** /udgaver/<dato>/indikatorer/<id>/data.csv: the indicator's rows as they stood in the edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Barometer } from '../../../../../lib/model.ts';
import { siteEditions } from '../../../../../loaders/site-editions.ts';
import { editionIndicatorPairs } from '../../../../../lib/editions/indicator-editions.ts';
import { indicatorCsv } from '../../../../../lib/barometer/indicator-download.ts';

export const getStaticPaths = (() => {
  const e = siteEditions();
  if (!e.available) return [];
  return editionIndicatorPairs(e.snapshots).map(({ snapshot, id }) => ({
    params: { dato: snapshot.edition.date, id },
    props: { barometer: snapshot.barometer },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(indicatorCsv((props as { barometer: Barometer }).barometer, params.id as string), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
