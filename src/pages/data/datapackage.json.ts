import type { APIRoute } from 'astro';
import { href } from '../../lib/url.ts';
import { siteDatasets } from '../../loaders/site-datasets.ts';
import { dataPackage } from '../../lib/open-data/datapackage.ts';
import { dataPath } from '../../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const pkg = dataPackage(siteDatasets(), new URL(href(dataPath()), site).href);
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
