/** The editor check itself (scripts/check.ts starts it): data, content, summary, exit code. */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { siteSettings } from '../../../src/loaders/site-settings.ts';
import { buildDate } from '../../../src/loaders/build-date.ts';
import { displayPath, loadBarometer, readIndicatorIds } from '../../../src/loaders/barometer.ts';
import { formatError, sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { CSV_TABLES, INDICATORS_TABLE } from '../../../src/lib/data/csv-schema.ts';
import {
  checkContent,
  collectionOf,
  contentFolderErrors,
  letterSlugs,
  listContentFiles,
  type ContentCheck,
  type ContentFile,
} from './check-dir.ts';
import { reportCrashToGitHub, reportToGitHub } from './github-report.ts';
import { seconds } from '../duration.ts';
import { loadEditionsFile } from '../../../src/loaders/editions.ts';
import { dataFilePresent } from '../../../src/loaders/data-file.ts';
import { attachmentErrors } from './attachment-files.ts';
import { publicFileErrors } from './public-files.ts';
import { strayDataFileErrors } from './rules/stray-files.ts';
import { requiredContentErrors } from './rules/required-content.ts';
import { loadGoals } from '../../../src/loaders/goals.ts';
import { diskLetterLookup } from './letter-lookup.ts';
import { CheckCache } from './cache/check-cache.ts';
import { checkCacheWanted } from './cache/wanted.ts';
import { shownPath } from './shown-path.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** Data files checked: the required ones and the optional ones (editions, goals, spending) that are there. */
const dataFileCount = (dataDir: string): number =>
  CSV_TABLES.filter((t) => !t.optionalFile || dataFilePresent(join(dataDir, t.file))).length;

async function main(): Promise<number> {
  const started = performance.now();
  const { dataDir, contentDir, cacheDir } = siteSettings(process.env);
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const useCache = checkCacheWanted(process.argv, process.env);
  const only = args.length > 0;
  const dataFiles = CSV_TABLES.map((t) => resolve(dataDir, t.file));
  const checkData = !only || args.some((a) => dataFiles.includes(resolve(a)));
  // Every content file, listed once: the slugs and the goals' letter look-up need them all.
  const all = listContentFiles(contentDir);
  const content: ContentFile[] = only
    ? args.flatMap((a) => {
        const collection = collectionOf(contentDir, a);
        return collection && existsSync(a) ? [{ path: a, collection }] : [];
      })
    : all;
  // Any other file given that lies in the content folder (brev.md.txt) is reported as well. One that
  // is not there still has the folder checked: a required page given after deleting it, or a name
  // that is not UTF-8, which git hands the hook as »�«.
  const givenInContent = args.filter((a) => !relative(resolve(contentDir), resolve(a)).startsWith('..'));
  const contentArgs = givenInContent.filter((a) => existsSync(a));
  const errors: ValidationError[] = [];

  // Each document's own rules first: what they find in the letters (case numbers, declared files)
  // serves the goals' letter references and the attachment rule below without reading them again.
  const checkContentFolder = content.length > 0 || givenInContent.length > 0 || !only;
  let checked: ContentCheck | undefined;
  if (checkContentFolder) {
    const publicDir = resolve('public');
    const publicFile = (sitePath: string) =>
      existsSync(join(publicDir, sitePath)) && !relative(publicDir, join(publicDir, sitePath)).startsWith('..');
    const ctx = { indicatorIds: readIndicatorIds(dataDir), letterSlugs: letterSlugs(contentDir, all), today: buildDate(), publicFile };
    const cache = useCache ? CheckCache.open(cacheDir, ctx) : undefined;
    checked = checkContent(content, ctx, cache);
    cache?.save({ prune: !only });
  }

  let rows = 0;
  if (checkData) {
    const data = loadBarometer(dataDir, { today: buildDate() });
    // The editions the editors have declared (data/editions.csv; the file may be missing).
    const editions = loadEditionsFile(dataDir, buildDate());
    // The administrations' goals and spending (data/goals.csv, data/spending.csv; may be missing).
    const goals = loadGoals(dataDir, {
      indicatorsFile: displayPath(resolve(dataDir, INDICATORS_TABLE.file)),
      indicatorIds: readIndicatorIds(dataDir),
      indicators: data.barometer.indicators,
      letters: diskLetterLookup(contentDir, checked?.letters, all),
      today: buildDate(),
    });
    rows = data.rows + editions.editions.length + goals.rows;
    errors.push(...data.errors, ...editions.errors, ...goals.errors);
    const found = data.errors.length + editions.errors.length + goals.errors.length;
    console.log(
      `Data i ${displayPath(dataDir)}/: ${plural(dataFileCount(dataDir), 'CSV-fil', 'CSV-filer')}, ${plural(rows, 'række', 'rækker')}, ${plural(found, 'fejl', 'fejl')}`,
    );
  }
  // A file in data/ the site does not read (»measurements (1).csv«, notes.txt) would be left out without a word.
  const dataArgs = args.filter((a) => !relative(resolve(dataDir), resolve(a)).startsWith('..'));
  const strayData = !only || dataArgs.length > 0 ? strayDataFileErrors(dataDir, only ? dataArgs : undefined) : [];
  errors.push(...strayData);
  if (strayData.length > 0)
    console.log(`Filer i ${displayPath(dataDir)}/, som sitet ikke læser: ${plural(strayData.length, 'fejl', 'fejl')}`);
  // public/ is copied into the site as it is: no links anywhere, only safe file types in public/bilag/.
  const publicDir = resolve('public');
  const publicArgs = args.filter((a) => !relative(publicDir, resolve(a)).startsWith('..'));
  const checkPublic = !only || publicArgs.length > 0;
  const publicErrors = checkPublic ? await publicFileErrors(publicDir, only ? publicArgs : undefined) : [];
  errors.push(...publicErrors);
  if (publicErrors.length > 0) console.log(`Filer i public/: ${plural(publicErrors.length, 'fejl', 'fejl')}`);
  if (checkContentFolder) {
    // A letter's files: declared, named, sized and readable (and their text cached for the build).
    const files = await attachmentErrors(contentDir, { ...(only ? { only: contentArgs } : {}), letters: checked?.letters });
    // The documents the site's pages are built from (the hook checks everything when a file is deleted).
    const stem = (p: string) => resolve(p).replace(/\.mdx?$/, '');
    const missing = requiredContentErrors(contentDir).filter((e) => !only || givenInContent.some((a) => stem(a) === stem(e.file)));
    const found = [...contentFolderErrors(contentDir, only ? contentArgs : undefined), ...missing, ...(checked?.errors ?? []), ...files];
    errors.push(...found);
    console.log(
      `Indhold i ${displayPath(contentDir)}/: ${plural(content.length, 'dokument', 'dokumenter')}, ${plural(found.length, 'fejl', 'fejl')}`,
    );
  }

  const sorted = sortErrors(errors);
  if (sorted.length > 0) console.error(`\n${sorted.map((e) => formatError({ ...e, file: shownPath(e.file) })).join('\n')}\n`);
  // In GitHub Actions only: the same errors as annotations on their lines and a job-summary table.
  reportToGitHub(sorted, process.env);
  const what =
    [
      checkData ? `${plural(dataFileCount(dataDir), 'CSV-fil', 'CSV-filer')} (${plural(rows, 'række', 'rækker')})` : '',
      content.length > 0 || !only ? plural(content.length, 'dokument', 'dokumenter') : '',
    ]
      .filter(Boolean)
      .join(' og ') || 'ingen data- eller indholdsfiler';
  const time = seconds(performance.now() - started);
  if (sorted.length === 0) {
    console.log(`Tjekkede ${what} på ${time}: ingen fejl`);
    return 0;
  }
  const files = new Set(sorted.map((e) => e.file)).size;
  console.error(
    `${plural(sorted.length, 'fejl', 'fejl')} i ${plural(files, 'fil', 'filer')} – intet er udgivet. Ret fejlene og kør npm run check igen.`,
  );
  return 1;
}

function friendly(err: unknown): never {
  const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.error(
    `Tjekket stoppede uventet: ${reason}\nDet er en fejl i selve tjekket, ikke nødvendigvis i dine filer. Kontakt en udvikler.`,
  );
  reportCrashToGitHub(reason, process.env);
  process.exit(1);
}

process.on('uncaughtException', friendly);
main().then((code) => {
  process.exitCode = code;
}, friendly);
