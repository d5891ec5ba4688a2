/** The datasets of this build, read once from the data folder the site is built from. */
import { siteSettings } from './site-settings.ts';
import { loadDatasets, type PublishedDataset } from './datasets.ts';

let cached: PublishedDataset[] | undefined;

export function siteDatasets(): PublishedDataset[] {
  cached ??= loadDatasets(siteSettings(process.env).dataDir);
  return cached;
}
