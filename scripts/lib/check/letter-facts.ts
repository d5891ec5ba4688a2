/**
 * What the cross-file checks need from a letter's front matter: its case number (goals may name a
 * letter by it), its document number (no two letters share one) and the files it declares (the
 * attachment rule compares them with its folder).
 * Gathered while the letter is checked, and cached with its result, so those checks need not read
 * and parse every letter again.
 */
import { declaredNames, type DeclaredName } from '../../../src/lib/attachments/declared.ts';
import type { FrontMatter } from './front-matter.ts';
import { splitFrontMatter } from './front-matter.ts';
import { locate } from './yaml-locate.ts';

/** A letter's `doknr` and where it is written, for the rule that no two letters share one. */
export interface DocNumber {
  value: string;
  line: number;
  column: number;
}

export interface LetterFacts {
  /** `sagsnr` as written, when it is a string. */
  sagsnr?: string;
  /** `doknr`, trimmed, when it is a non-empty string. */
  doknr?: DocNumber;
  /** The declared files; undefined when the letter is not valid UTF-8 (the attachment rule skips it). */
  declared?: DeclaredName[];
}

/**
 * The letter's document number and its place. A top-level key starts its line, so the place is
 * found in the text: parsing the YAML again with positions for every letter would cost more.
 */
function docNumber(fm: FrontMatter | undefined): DocNumber | undefined {
  const raw = (fm?.data as { doknr?: unknown } | undefined)?.doknr;
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!fm || value === '') return undefined;
  const at = /^doknr[ \t]*:/m.exec(fm.yamlText);
  if (!at) return { value, ...locate(fm, ['doknr']) };
  return { value, line: fm.yamlStartLine + (fm.yamlText.slice(0, at.index).match(/\n/g)?.length ?? 0), column: 1 };
}

export function letterFacts(fm: FrontMatter | undefined): LetterFacts {
  const data = fm?.data as { sagsnr?: unknown } | undefined;
  const doknr = docNumber(fm);
  return {
    sagsnr: typeof data?.sagsnr === 'string' ? data.sagsnr : undefined,
    ...(doknr ? { doknr } : {}),
    declared: fm ? declaredNames(fm.data) : [],
  };
}

/**
 * The same facts from a letter whose encoding check failed, read as the goals' look-up and the
 * attachment rule read it: the case number from the text with bad bytes replaced, the declared files
 * only if the bytes are valid UTF-8 at all.
 */
export function letterFactsOfBytes(bytes: Uint8Array, file: string): LetterFacts {
  const { sagsnr, doknr } = letterFacts(splitFrontMatter(Buffer.from(bytes).toString('utf8'), file).fm);
  const numbers = { sagsnr, ...(doknr ? { doknr } : {}) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return numbers;
  }
  return { ...numbers, declared: letterFacts(splitFrontMatter(text, file).fm).declared };
}
