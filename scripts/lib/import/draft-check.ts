/**
 * The draft against the archive: the same letter already there (found by its numbers, not its
 * file name, which a different title gives), and the check's verdict on the written draft as
 * `npm run check` gives it – from the file's bytes (encoding, control characters), with the rules
 * across letters (a dok.nr. another letter has) and, inside the content folder, the folder's rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { attachmentErrors } from '../check/attachment-files.ts';
import { checkContent, collectionOf, contentFolderErrors } from '../check/check-dir.ts';
import type { ContentContext } from '../check/context.ts';
import { splitFrontMatter } from '../check/front-matter.ts';
import { letterFacts, type LetterFacts } from '../check/letter-facts.ts';
import { checkDocNumbers } from '../check/rules/document-numbers.ts';
import { isReviewMarker } from '../check/rules/review-markers.ts';

function lettersIn(lettersDir: string): string[] {
  if (!existsSync(lettersDir)) return [];
  return readdirSync(lettersDir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && !e.name.startsWith('.'))
    .map((e) => join(lettersDir, e.name))
    .sort();
}

function dataOf(path: string): Record<string, unknown> {
  const { fm } = splitFrontMatter(readFileSync(path, 'utf8'), displayPath(path));
  return (fm?.data ?? {}) as Record<string, unknown>;
}

/** A value the letter states: a non-empty string that is not a TODO marker. */
function stated(value: unknown): string | undefined {
  const v = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString().slice(0, 10) : '';
  return v !== '' && !isReviewMarker(v) ? v : undefined;
}

export interface SameLetter {
  file: string;
  /** Why it is taken for the same letter, in Danish: »samme dok.nr. 2007-432793«. */
  reason: string;
}

/** A letter in the folder with the draft's dok.nr., or with its sagsnr. and date. */
export function findSameLetter(lettersDir: string, draft: Record<string, unknown>): SameLetter | undefined {
  const doknr = stated(draft.doknr);
  const sagsnr = stated(draft.sagsnr);
  const date = stated(draft.date);
  if (!doknr && !(sagsnr && date)) return undefined;
  for (const path of lettersIn(lettersDir)) {
    const data = dataOf(path);
    if (doknr && stated(data.doknr) === doknr) return { file: displayPath(path), reason: `samme dok.nr. ${doknr}` };
    if (!doknr || !stated(data.doknr)) {
      if (sagsnr && date && stated(data.sagsnr) === sagsnr && stated(data.date) === date)
        return { file: displayPath(path), reason: `samme sagsnr. ${sagsnr} og dato ${date}` };
    }
  }
  return undefined;
}

/** How the rule across letters (rules/document-numbers.ts) starts its message. */
const SHARED_DOKNR = 'dok.nr. bruges også af';

const key = (e: ValidationError) => `${e.file}:${e.line}:${e.column}:${e.message}`;

/**
 * What `npm run check` says about the written draft. A draft outside the content folder is
 * checked as the letter it will become: its dok.nr. is compared with the archive's letters too.
 */
export async function draftErrors(path: string, contentDir: string, ctx: ContentContext): Promise<ValidationError[]> {
  const file = displayPath(path);
  const checked = checkContent([{ path, collection: 'letters' }], ctx);
  const inContent = collectionOf(contentDir, path) === 'letters';
  // Outside the content folder, the draft's neighbours are other drafts, not the archive it joins.
  const errors = inContent ? [...checked.errors] : checked.errors.filter((e) => !e.message.startsWith(SHARED_DOKNR));
  if (inContent) {
    errors.push(...contentFolderErrors(contentDir, [path]));
    errors.push(...(await attachmentErrors(contentDir, { only: [path], letters: checked.letters })));
  } else {
    const own = checked.letters.get(file);
    if (own?.doknr) {
      const all = new Map<string, LetterFacts>([[file, own]]);
      for (const p of lettersIn(join(contentDir, 'letters'))) {
        if (resolve(p) === resolve(path)) continue;
        all.set(displayPath(p), letterFacts(splitFrontMatter(readFileSync(p, 'utf8'), displayPath(p)).fm));
      }
      errors.push(...checkDocNumbers(all, new Set([file])));
    }
  }
  const seen = new Set<string>();
  return sortErrors(errors.filter((e) => !seen.has(key(e)) && seen.add(key(e))));
}
