/**
 * The files this build derives from the data folder, for datapackage.json: the same subjects the
 * download routes' getStaticPaths enumerate (indicators, editions, comparisons, administrations with
 * spending, status report years).
 */
import { getBarometer } from './site-data.ts';
import { getGoals } from './site-goals.ts';
import { siteEditions } from './site-editions.ts';
import { editionIndicatorPairs } from '../lib/editions/indicator-editions.ts';
import { downloadFiles, downloadInventory, type DownloadFile } from '../lib/open-data/download-files.ts';

/** Each edition's date with the ids of the indicators whose data.csv it publishes. */
export function editionIds(pairs: readonly { snapshot: { edition: { date: string } }; id: string }[]): { date: string; ids: string[] }[] {
  const byDate = new Map<string, string[]>();
  for (const p of pairs) byDate.set(p.snapshot.edition.date, [...(byDate.get(p.snapshot.edition.date) ?? []), p.id]);
  return [...byDate].map(([date, ids]) => ({ date, ids }));
}

export async function siteDownloadFiles(): Promise<DownloadFile[]> {
  const e = siteEditions();
  const editions = e.available ? editionIds(editionIndicatorPairs(e.snapshots)) : [];
  return downloadFiles(downloadInventory(getBarometer(), await getGoals(), editions));
}
