/**
 * npm run import -- <brev> [--out …] [--force]: turn a received letter (text export, PDF or DOCX)
 * into a draft content/letters/<slug>.md, run the editor check on it and tell the editor in Danish
 * what to review. Never overwrites without --force; never shows an editor a stack trace.
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { siteSettings } from '../src/loaders/site-settings.ts';
import { displayPath, readIndicatorIds } from '../src/loaders/barometer.ts';
import { buildDate } from '../src/loaders/build-date.ts';
import { splitFrontMatter } from './lib/check/front-matter.ts';
import { letterSlugs } from './lib/check/check-dir.ts';
import { parseArgs, USAGE } from './lib/import/args.ts';
import { draftMarkdown } from './lib/import/draft.ts';
import { draftErrors, findSameLetter } from './lib/import/draft-check.ts';
import { readKnownSenders } from './lib/import/known-senders.ts';
import { parseLetter } from './lib/import/parse-letter.ts';
import { ImportError, readSource } from './lib/import/read-source.ts';
import { importReport } from './lib/import/report.ts';
import { letterSlug } from './lib/import/slug.ts';
import { letterPath, writePlan, type PlannedFile } from './lib/import/write-draft.ts';
import { originalPlan } from './lib/import/original.ts';

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    if (parsed.error) console.error(`Importen stoppede: ${parsed.error}\n`);
    (parsed.help ? console.log : console.error)(USAGE);
    return parsed.help ? 0 : 1;
  }
  const { args } = parsed;
  const { contentDir, dataDir } = siteSettings(process.env);
  const lettersDir = join(contentDir, 'letters');
  const source = await readSource(args.file);
  const letter = parseLetter(source.text, {
    known: readKnownSenders(lettersDir),
    sourceName: basename(args.file),
    sourceKind: source.kind,
  });
  // What reading the file had to change or guess is said first, before the fields.
  letter.reviews.unshift(...source.notices.map((message) => ({ path: [], kind: 'guess' as const, message })));
  const path = letterPath(letterSlug(letter.data), lettersDir, args.out);
  // The same letter under another file name (a title worded differently) would be a second copy.
  const same = args.force || args.out ? undefined : findSameLetter(lettersDir, letter.data);
  if (same)
    throw new ImportError(
      `brevet ser ud til at findes allerede som ${same.file} (${same.reason}) – intet er skrevet. ` +
        'Er det et andet brev, så vælg dets navn med --out, eller brug --force',
    );
  // The PDF or DOCX as received goes beside the letter, declared in it; both are written or neither.
  const original = args.noOriginal ? undefined : originalPlan(source.original, path);
  if (original?.name) letter.data.original = original.name;
  if (original) letter.reviews.push(original.review);
  const markdown = draftMarkdown(letter.data, letter.body, letter.reviews);
  const files: PlannedFile[] = [{ path, content: markdown }];
  if (original?.file) files.push(original.file);
  writePlan(files, args.force);

  const draft = displayPath(path);
  // The verdict npm run check gives: the same context, and the rules on the file's bytes and across letters.
  const publicDir = resolve('public');
  const ctx = {
    indicatorIds: readIndicatorIds(dataDir),
    letterSlugs: letterSlugs(contentDir),
    today: buildDate(),
    publicFile: (sitePath: string) =>
      existsSync(join(publicDir, sitePath)) && !relative(publicDir, join(publicDir, sitePath)).startsWith('..'),
  };
  const errors = await draftErrors(path, contentDir, ctx);
  const { fm } = splitFrontMatter(markdown, draft);
  console.log(
    importReport({
      source: args.file,
      kind: source.kind,
      draft,
      fm,
      errors,
      reviews: letter.reviews,
      unused: letter.unused,
      ...(original?.file ? { copied: displayPath(original.file.path) } : {}),
    }),
  );
  return 0;
}

function friendly(err: unknown): never {
  if (err instanceof ImportError) console.error(`Importen stoppede: ${err.message}`);
  else {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(
      `Importen stoppede uventet: ${reason}\nDet er en fejl i selve importen, ikke nødvendigvis i dit brev. Kontakt en udvikler.`,
    );
  }
  process.exit(1);
}

process.on('uncaughtException', friendly);
main().then((code) => {
  process.exitCode = code;
}, friendly);
