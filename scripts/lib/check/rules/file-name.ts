/**
 * Rule: a content file is named with a–z, 0–9 and hyphens and ends in .md or .mdx. The name
 * becomes the address (/breve/<name>/): æ, ø, å, capitals or spaces would publish it at another
 * address than the one the editor sees, or not at all.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { asciiSlug } from '../../../../src/lib/format/ascii-slug.ts';
import { fileStem } from '../routes.ts';
import { describeForeign, latinLookAlikes, showCodePoints } from './look-alikes.ts';

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx?$/;

/**
 * The name an editor probably meant: "Brev om æbler.md" → "brev-om-aebler.md", and a Cyrillic or
 * Greek look-alike as its Latin letter ("оpsamling" → "opsamling"), not dropped.
 */
export function suggestedName(name: string): string {
  const ext = /\.mdx$/i.test(name) ? '.mdx' : '.md';
  const stem = asciiSlug(latinLookAlikes(fileStem(name)));
  return `${stem || 'brev'}${ext}`;
}

export function checkFileName(file: string): ValidationError | undefined {
  const name = file.split('/').pop() ?? file;
  if (NAME.test(name)) return undefined;
  // A character that looks like a–z is named with its code point, or the message would seem wrong.
  const foreign = describeForeign(name);
  const which = foreign.length === 0 ? '' : `; ${foreign.length === 1 ? 'tegnet' : 'tegnene'} ${foreign.join(', ')} er ikke et af dem`;
  return {
    file,
    line: 1,
    column: 1,
    message: `filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .md eller .mdx${which}`,
    got: showCodePoints(name),
    expected: `fx ${suggestedName(name)}`,
  };
}
