/** Rule: a letter's `indicators` are ids defined in indicators.csv, so its cross-links work. */
import { closest } from '../../../../src/lib/data/closest.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { ContentContext } from '../context.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';

export function checkKnownIndicators(fm: FrontMatter, ctx: ContentContext, file: string): ValidationError[] {
  const list = valueAt(fm.data, ['indicators']);
  if (!Array.isArray(list)) return [];
  const errors: ValidationError[] = [];
  list.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || ctx.indicatorIds.has(id)) return;
    const guess = closest(id, [...ctx.indicatorIds]);
    const hint = guess ? ` – mente du "${guess}"?` : '';
    errors.push({
      file,
      ...locate(fm, ['indicators', i]),
      message: `ukendt indikator${hint}`,
      got: id,
      expected: 'et id fra data/indicators.csv',
    });
  });
  return errors;
}
