/**
 * Rule: a letter whose file name begins with a date (2007-03-26-budgetredegoerelse.md) carries that
 * date in `date`. The name becomes the letter's address and `date` its place in the archive, so a
 * letter copied from another and given a new date in one place only would be listed under one day
 * and cited under another.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { fileStem } from '../routes.ts';
import { locate, valueAt } from '../yaml-locate.ts';

const NAME_DATE = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

export function checkFileDate(fm: FrontMatter, file: string): ValidationError[] {
  const m = NAME_DATE.exec(fileStem(file));
  const date = valueAt(fm.data, ['date']);
  // A malformed `date` is the date rule's to report; a name without a date is allowed.
  if (!m || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date === m[1]) return [];
  return [
    {
      file,
      ...locate(fm, ['date']),
      message: `brevets dato i "date" er ikke datoen i filnavnet (${m[1]})`,
      got: date,
      expected: `${m[1]} som i filnavnet, eller filen omdøbt til ${date}-${m[2]}${file.endsWith('.mdx') ? '.mdx' : '.md'}`,
    },
  ];
}
