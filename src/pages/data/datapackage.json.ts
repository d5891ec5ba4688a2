import type { APIRoute } from 'astro';
import { jsonFileText } from '../../lib/open-data/json-text.ts';
import { href } from '../../lib/url.ts';
import { siteDatasets } from '../../loaders/site-datasets.ts';
import { siteDownloadFiles } from '../../loaders/site-downloads.ts';
import { dataPackage } from '../../lib/open-data/datapackage.ts';
import { dataPath } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const pkg = dataPackage(siteDatasets(), new URL(href(dataPath()), site).href, await siteDownloadFiles(site));
  return new Response(jsonFileText(pkg), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
