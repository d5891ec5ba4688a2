/**
 * What the cross-file checks need from a letter's front matter: its case number (goals may name a
 * letter by it) and the files it declares (the attachment rule compares them with its folder).
 * Gathered while the letter is checked, and cached with its result, so those checks need not read
 * and parse every letter again.
 */
import { declaredNames, type DeclaredName } from '../../../src/lib/attachments/declared.ts';
import type { FrontMatter } from './front-matter.ts';
import { splitFrontMatter } from './front-matter.ts';

export interface LetterFacts {
  /** `sagsnr` as written, when it is a string. */
  sagsnr?: string;
  /** The declared files; undefined when the letter is not valid UTF-8 (the attachment rule skips it). */
  declared?: DeclaredName[];
}

export function letterFacts(fm: FrontMatter | undefined): LetterFacts {
  const data = fm?.data as { sagsnr?: unknown } | undefined;
  return { sagsnr: typeof data?.sagsnr === 'string' ? data.sagsnr : undefined, declared: fm ? declaredNames(fm.data) : [] };
}

/**
 * The same facts from a letter whose encoding check failed, read as the goals' look-up and the
 * attachment rule read it: the case number from the text with bad bytes replaced, the declared files
 * only if the bytes are valid UTF-8 at all.
 */
export function letterFactsOfBytes(bytes: Uint8Array, file: string): LetterFacts {
  const sagsnr = letterFacts(splitFrontMatter(Buffer.from(bytes).toString('utf8'), file).fm).sagsnr;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { sagsnr };
  }
  return { sagsnr, declared: letterFacts(splitFrontMatter(text, file).fm).declared };
}
