import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDatasets } from '../../loaders/site-datasets.ts';
import type { PublishedDataset } from '../../lib/open-data/published-dataset.ts';

/** The CSV files exactly as the editors committed them (same bytes, BOM included). */
export const getStaticPaths = (() => siteDatasets().map((ds) => ({ params: { name: ds.name }, props: { ds } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ds: PublishedDataset }> = ({ props }) =>
  new Response(new Uint8Array(props.ds.bytes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
