/** Rule: a conference's `letters` name letters that exist (file names under content/letters). */
import { closest } from '../../../../src/lib/data/closest.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { ContentContext } from '../context.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';

export function checkKnownLetters(fm: FrontMatter, ctx: ContentContext, file: string): ValidationError[] {
  const list = valueAt(fm.data, ['letters']);
  if (!Array.isArray(list)) return [];
  const errors: ValidationError[] = [];
  list.forEach((slug: unknown, i) => {
    if (typeof slug !== 'string' || ctx.letterSlugs.has(slug)) return;
    const guess = closest(slug, [...ctx.letterSlugs]);
    const hint = guess ? ` – mente du "${guess}"?` : '';
    errors.push({
      file,
      ...locate(fm, ['letters', i]),
      message: `ukendt brev${hint}`,
      got: slug,
      expected: 'navnet på en fil i content/letters uden .md',
    });
  });
  return errors;
}
