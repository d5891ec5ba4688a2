/**
 * Rule: a content file is named with a–z, 0–9 and hyphens and ends in .md or .mdx. The name
 * becomes the address (/breve/<name>/): æ, ø, å, capitals or spaces would publish it at another
 * address than the one the editor sees, or not at all.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { asciiSlug } from '../../../../src/lib/format/ascii-slug.ts';
import { fileStem } from '../routes.ts';

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx?$/;

/** The name an editor probably meant: "Brev om æbler.md" → "brev-om-aebler.md". */
export function suggestedName(name: string): string {
  const ext = /\.mdx$/i.test(name) ? '.mdx' : '.md';
  const stem = asciiSlug(fileStem(name));
  return `${stem || 'brev'}${ext}`;
}

export function checkFileName(file: string): ValidationError | undefined {
  const name = file.split('/').pop() ?? file;
  if (NAME.test(name)) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    message: 'filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .md eller .mdx',
    got: name,
    expected: `fx ${suggestedName(name)}`,
  };
}
