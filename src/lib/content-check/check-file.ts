/** Every content rule for one Markdown/MDX file; all errors collected. */
import { sortErrors, type ValidationError } from '../data/errors.ts';
import type { CollectionName } from './collections.ts';
import type { ContentContext } from './context.ts';
import { splitFrontMatter } from './front-matter.ts';
import { checkSchema } from './rules/schema.ts';
import { checkUnknownKeys } from './rules/unknown-keys.ts';
import { checkKnownIndicators } from './rules/known-indicators.ts';
import { checkKnownLetters } from './rules/known-letters.ts';
import { checkRawHtml } from './rules/raw-html.ts';
import { checkDateFormat } from './rules/date-format.ts';
import { checkReviewMarkers } from './rules/review-markers.ts';

export function checkContentFile(text: string, file: string, collection: CollectionName, ctx: ContentContext): ValidationError[] {
  const { fm, errors } = splitFrontMatter(text, file);
  if (!fm) return errors;
  if (errors.length === 0) {
    // A bad date is also a schema type error at the same key; the date rule's message says more, so keep one.
    const dateErrors = checkDateFormat(fm, file);
    const sameSpot = (e: ValidationError) => dateErrors.some((d) => d.line === e.line && d.column === e.column);
    const schemaErrors = checkSchema(fm, collection, file).filter((e) => !sameSpot(e));
    errors.push(...schemaErrors, ...checkUnknownKeys(fm, collection, file), ...dateErrors);
    if (collection === 'letters') errors.push(...checkKnownIndicators(fm, ctx, file));
    if (collection === 'conferences') errors.push(...checkKnownLetters(fm, ctx, file));
    // A field still marked "TODO" by the importer: say that, not that its value is malformed.
    const marked = checkReviewMarkers(fm, file);
    const notMarked = errors.filter((e) => !marked.some((m) => m.line === e.line && m.column === e.column));
    errors.splice(0, errors.length, ...notMarked, ...marked);
  }
  errors.push(...checkRawHtml(fm.body, fm.bodyStartLine, file));
  return sortErrors(errors);
}
