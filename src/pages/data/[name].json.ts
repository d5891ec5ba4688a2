import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDatasets } from '../../loaders/site-datasets.ts';
import type { PublishedDataset } from '../../lib/open-data/published-dataset.ts';
import { datasetJsonText } from '../../lib/open-data/table-json.ts';

export const getStaticPaths = (() => siteDatasets().map((ds) => ({ params: { name: ds.name }, props: { ds } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ds: PublishedDataset }> = ({ props }) =>
  new Response(datasetJsonText(props.ds), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
