/**
 * The files this build derives from the data folder, for datapackage.json: the same subjects the
 * download routes' getStaticPaths enumerate (indicators, editions, comparisons, administrations with
 * spending, status report years), and the archive's letters as data.
 */
import { getBarometer } from './site-data.ts';
import { getGoals } from './site-goals.ts';
import { siteEditions } from './site-editions.ts';
import { editionIndicatorPairs } from '../lib/editions/indicator-editions.ts';
import { downloadFiles, downloadInventory, type DownloadFile } from '../lib/open-data/download-files.ts';
import { downloadText, fileDigest, type DownloadData } from '../lib/open-data/download-text.ts';
import { href } from '../lib/url.ts';
import { getLetterEntries } from './site-letters.ts';

/** Each edition's date with the ids of the indicators whose data.csv it publishes. */
export function editionIds(pairs: readonly { snapshot: { edition: { date: string } }; id: string }[]): { date: string; ids: string[] }[] {
  const byDate = new Map<string, string[]>();
  for (const p of pairs) byDate.set(p.snapshot.edition.date, [...(byDate.get(p.snapshot.edition.date) ?? []), p.id]);
  return [...byDate].map(([date, ids]) => ({ date, ids }));
}

/**
 * The derived files, each with its size and hash when `site` (the site's address, for the links in
 * the status report's CSV) is given: their text made as the routes make it (download-text.ts).
 */
export async function siteDownloadFiles(site?: URL): Promise<DownloadFile[]> {
  const e = siteEditions();
  const editions = e.available ? editionIds(editionIndicatorPairs(e.snapshots)) : [];
  const barometer = getBarometer();
  const goals = await getGoals();
  const letters = await getLetterEntries();
  const files = downloadFiles(
    downloadInventory(
      barometer,
      goals,
      editions,
      letters.map((l) => l.data),
    ),
  );
  if (!site) return files;
  const data: DownloadData = {
    barometer,
    goals,
    edition: (date) => e.snapshots.find((s) => s.edition.date === date)?.barometer,
    absolute: (path) => new URL(href(path), site).href,
    letters,
  };
  return files.map((f) => ({ ...f, digest: fileDigest(downloadText(f.source, data)) }));
}
