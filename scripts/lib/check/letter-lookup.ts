/**
 * The letters of the content folder by slug and case number, for the goals' letter references
 * (src/lib/goals/letter-lookup.ts decides; this reads the files the way the editor check does).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { letterSlugs, listContentFiles, type ContentFile } from './check-dir.ts';
import { splitFrontMatter } from './front-matter.ts';
import { letterFacts, type LetterFacts } from './letter-facts.ts';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { entryId, fileStem } from './routes.ts';
import { caseNumberIndex, letterLookup, type LetterLookup } from '../../../src/lib/goals/letter-lookup.ts';

/**
 * The letters of the content folder by slug and case number; front matter is read only if asked,
 * and not at all for letters whose facts the content check already gathered (`known`, by displayPath).
 * `files`: the folder's content files, when the caller has listed them already.
 */
export function diskLetterLookup(
  contentDir: string,
  known?: ReadonlyMap<string, LetterFacts>,
  files: readonly ContentFile[] = listContentFiles(contentDir),
): LetterLookup {
  let unreadable = false;
  return letterLookup(
    letterSlugs(contentDir, files),
    () => {
      const base = join(contentDir, 'letters');
      const letters = files
        .filter((f) => f.collection === 'letters')
        .map((f) => {
          const facts = known?.get(displayPath(f.path)) ?? letterFacts(splitFrontMatter(readFileSync(f.path, 'utf8'), f.path).fm);
          return { slug: entryId(fileStem(relative(base, f.path))), sagsnr: facts.sagsnr };
        });
      // A letter without a readable case number has its own error (front matter, sagsnr).
      unreadable = letters.some((l) => !l.sagsnr?.trim());
      return caseNumberIndex(letters);
    },
    () => unreadable,
  );
}
