/**
 * The letters of the content folder by slug and case number, for the goals' letter references
 * (src/lib/goals/letter-lookup.ts decides; this reads the files the way the editor check does).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { letterSlugs, listContentFiles } from './check-dir.ts';
import { splitFrontMatter } from './front-matter.ts';
import { entryId, fileStem } from './routes.ts';
import { caseNumberIndex, letterLookup, type LetterLookup } from '../../../src/lib/goals/letter-lookup.ts';

/** The letters of the content folder by slug and case number; front matter is read only if asked. */
export function diskLetterLookup(contentDir: string): LetterLookup {
  return letterLookup(letterSlugs(contentDir), () => {
    const base = join(contentDir, 'letters');
    const letters = listContentFiles(contentDir)
      .filter((f) => f.collection === 'letters')
      .map((f) => {
        const data = splitFrontMatter(readFileSync(f.path, 'utf8'), f.path).fm?.data as { sagsnr?: unknown } | undefined;
        const sagsnr = typeof data?.sagsnr === 'string' ? data.sagsnr : undefined;
        return { slug: entryId(fileStem(relative(base, f.path))), sagsnr };
      });
    return caseNumberIndex(letters);
  });
}
