/**
 * Every CSV and JSON download of the real data folder, made in memory by the code that builds them
 * (the routes' GET where they run outside Astro, the modules the other routes call), at the paths
 * the build writes them to, so a unit test can audit them without a build. The goal routes need
 * Astro's content layer, so their data is loaded as the editor check loads it; an edition's data.csv
 * is the same function on an older barometer, so today's barometer stands in for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { loadGoals } from '../../src/loaders/goals.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';
import { INDICATORS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { indicatorCsv, indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { comparedIndicatorIds, comparisonCsv, comparisonJson } from '../../src/lib/barometer/comparison-download.ts';
import { reportCsv, spendingCsv, spendingJson } from '../../src/lib/goals/downloads.ts';
import { administrationsWithSpending } from '../../src/lib/goals/spending-view.ts';
import { reportYears } from '../../src/lib/goals/status-report.ts';
import { REPORT_TABLES } from '../../src/lib/goals/paths.ts';
import type { GoalData } from '../../src/lib/goals/model.ts';
import type { PublishedFile } from '../../scripts/lib/quality/download-audit.ts';
import {
  comparisonPaths,
  editionCsvPath,
  indicatorDataPaths,
  lettersDataPaths,
  spendingCsvPath,
  spendingJsonPath,
  statusReportCsvPath,
} from '../../src/lib/routes.ts';
import { GET as datasetCsv } from '../../src/pages/data/[name].csv.ts';
import { GET as datasetJson } from '../../src/pages/data/[name].json.ts';
import { dataPackage } from '../../src/lib/open-data/datapackage.ts';
import { downloadFiles, downloadInventory, type DownloadFile } from '../../src/lib/open-data/download-files.ts';
import { downloadText, fileDigest, type DownloadData } from '../../src/lib/open-data/download-text.ts';
import { jsonFileText } from '../../src/lib/open-data/json-text.ts';
import { lettersCsv, lettersJson } from '../../src/lib/open-data/letters-download.ts';
import { letterSchema } from '../../src/lib/content-schemas.ts';
import type { LetterEntry } from '../../src/lib/archive/letters.ts';
import { listContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { splitFrontMatter } from '../../scripts/lib/check/front-matter.ts';
import { entryId, fileStem } from '../../scripts/lib/check/routes.ts';

type Ctx = Parameters<typeof datasetCsv>[0];
const ctx = (props: object) => ({ props, site: new URL('https://www.kk.dk/'), params: {} }) as unknown as Ctx;
const absolute = (path: string) => new URL(path, 'https://www.kk.dk/').href;
/** The edition whose data.csv files stand in for every edition's. */
const EDITION = '2026-12-01';

/** The real goals and spending, validated as `npm run check` validates them. */
export function realGoals(): GoalData {
  const b = getBarometer();
  const { data, errors } = loadGoals('data', {
    indicatorsFile: `data/${INDICATORS_TABLE.file}`,
    indicatorIds: new Set(b.indicators.map((i) => i.id)),
    indicators: b.indicators,
    letters: diskLetterLookup('content'),
    today: new Date(),
  });
  if (errors.length > 0) throw new Error(`data/ has errors: ${errors.map((e) => e.message).join('; ')}`);
  return data;
}

/** The real archive's letters as the content layer gives them: id from the file name, front matter parsed by letterSchema. */
export function realLetters(contentDir = 'content'): LetterEntry[] {
  return listContentFiles(contentDir)
    .filter((f) => f.collection === 'letters')
    .map((f) => ({
      id: entryId(fileStem(f.path)),
      data: letterSchema.parse(splitFrontMatter(readFileSync(f.path, 'utf8'), f.path).fm?.data),
    }));
}

/** The derived files datapackage.json lists for the real data, with the edition stand-in below. */
export function realDownloadFiles(): DownloadFile[] {
  const b = getBarometer();
  const letters = realLetters().map((l) => l.data);
  return downloadFiles(downloadInventory(b, realGoals(), [{ date: EDITION, ids: b.indicators.map((i) => i.id) }], letters));
}

/**
 * datapackage.json as its route writes it. The route's own list of derived files needs Astro's
 * content layer (the goals' letters), so the same pure functions are called here with realGoals().
 */
export function realDataPackage(): string {
  const data: DownloadData = {
    barometer: getBarometer(),
    goals: realGoals(),
    edition: () => getBarometer(),
    absolute,
    letters: realLetters(),
  };
  const files = realDownloadFiles().map((f) => ({ ...f, digest: fileDigest(downloadText(f.source, data)) }));
  return jsonFileText(dataPackage(siteDatasets(), absolute('data/'), files));
}

export async function publishedDownloads(): Promise<PublishedFile[]> {
  const b = getBarometer();
  const goals = realGoals();
  const files: PublishedFile[] = [];
  const add = (path: string, text: string) => files.push({ path, text });
  for (const ds of siteDatasets()) {
    add(ds.csvPath, await (await datasetCsv(ctx({ ds }))).text());
    add(ds.jsonPath, await (await datasetJson(ctx({ ds }))).text());
  }
  add('data/datapackage.json', realDataPackage());
  for (const i of b.indicators) {
    const p = indicatorDataPaths(i.id);
    add(p.csvPath, indicatorCsv(b, i.id));
    add(p.jsonPath, jsonFileText(indicatorJson(b, i.id)));
    add(editionCsvPath(EDITION, i.id), indicatorCsv(b, i.id));
  }
  for (const id of comparedIndicatorIds(b)) {
    const p = comparisonPaths(id);
    add(p.csvPath, comparisonCsv(b, id));
    add(p.jsonPath, jsonFileText(comparisonJson(b, id)));
  }
  for (const abbr of administrationsWithSpending(goals)) {
    add(spendingCsvPath(abbr), spendingCsv(goals, abbr));
    add(spendingJsonPath(abbr), jsonFileText(spendingJson(goals, abbr)));
  }
  for (const year of reportYears(goals))
    for (const table of REPORT_TABLES) add(statusReportCsvPath(year, table), reportCsv(goals, b, year, table, absolute));
  const letters = realLetters();
  const p = lettersDataPaths();
  add(p.csvPath, lettersCsv(letters, absolute));
  add(p.jsonPath, jsonFileText(lettersJson(letters, absolute)));
  return files;
}

/** Every route file that writes a .csv or .json file, as a pattern of the paths it writes. */
export function downloadRoutes(pagesDir = 'src/pages'): { file: string; pattern: RegExp }[] {
  const out: { file: string; pattern: RegExp }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(csv|json)\.ts$/.test(e.name)) {
        const route = relative(pagesDir, full).split('\\').join('/').replace(/\.ts$/, '');
        const source = route
          .split(/\[[^\]]+\]/)
          .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+');
        out.push({ file: full, pattern: new RegExp(`^${source}$`) });
      }
    }
  };
  walk(pagesDir);
  return out;
}
