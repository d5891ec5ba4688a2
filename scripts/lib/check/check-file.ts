/** Every content rule for one Markdown/MDX file; all errors collected, the cause first. */
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import type { CollectionName } from './collections.ts';
import type { ContentContext } from './context.ts';
import { splitFrontMatter } from './front-matter.ts';
import { fileStem, routeOf } from './routes.ts';
import { letterFacts, type LetterFacts } from './letter-facts.ts';
import { checkSchema } from './rules/schema.ts';
import { checkUnknownKeys } from './rules/unknown-keys.ts';
import { checkKnownIndicators } from './rules/known-indicators.ts';
import { checkKnownLetters } from './rules/known-letters.ts';
import { checkDateFormat } from './rules/date-format.ts';
import { checkCaseNumbers } from './rules/case-numbers.ts';
import { checkFutureDates } from './rules/future-date.ts';
import { checkRouteName } from './rules/route-name.ts';
import { checkFileDate } from './rules/file-date.ts';
import { readPastSyntaxErrors } from './rules/mdx-syntax.ts';
import { checkMdxCode } from './rules/mdx-code.ts';
import { checkBodyHtml } from './rules/body-html.ts';
import { checkBodyLinks } from './rules/body-links.ts';
import { checkInternalLinks } from './rules/internal-links.ts';
import { checkReviewMarkers } from './rules/review-markers.ts';
import { checkHtmlNesting, checkInlineNesting, checkMarkdownNesting } from './rules/markdown-nesting.ts';
import { checkAttachmentHrefs } from './rules/attachment-href.ts';
import { checkReferenceControlChars } from './rules/control-chars.ts';
import { checkHtmlComments } from './rules/html-comments.ts';
import { checkUnclosedHtml } from './rules/unclosed-html.ts';
import { checkPageSections } from './rules/page-sections.ts';

export interface ContentFileReport {
  errors: ValidationError[];
  /** The page address the file becomes (for the collision rule), when it has one. */
  route?: string;
  /** A letter's case number and declared files, for the goals' look-up and the attachment rule. */
  letter?: LetterFacts;
}

const samePlace = (a: ValidationError, b: ValidationError) => a.line === b.line && a.column === b.column;

function frontMatterErrors(
  fm: NonNullable<ReturnType<typeof splitFrontMatter>['fm']>,
  file: string,
  collection: CollectionName,
  ctx: ContentContext,
): ValidationError[] {
  // A bad date or an unquoted case number is also a schema type error at the same key; the
  // dedicated rule says more, so keep one.
  const specific = [...checkDateFormat(fm, file, collection), ...checkCaseNumbers(fm, file)];
  const schemaErrors = checkSchema(fm, collection, file).filter((e) => !specific.some((d) => samePlace(d, e)));
  const errors = [...schemaErrors, ...checkUnknownKeys(fm, collection, file), ...specific];
  errors.push(...checkFutureDates(fm, ctx.today ?? new Date(), file, ctx.dateCompared), ...checkRouteName(fm, collection, file));
  if (collection === 'letters')
    errors.push(...checkKnownIndicators(fm, ctx, file), ...checkAttachmentHrefs(fm, ctx, file), ...checkFileDate(fm, file));
  if (collection === 'conferences') errors.push(...checkKnownLetters(fm, ctx, file));
  // A field still marked "TODO" by the importer: say that, not that its value is malformed.
  const marked = checkReviewMarkers(fm, file);
  return [...errors.filter((e) => !marked.some((m) => samePlace(m, e))), ...marked];
}

function bodyErrors(original: string, bodyStartLine: number, file: string, ctx: ContentContext): ValidationError[] {
  const mdx = file.endsWith('.mdx');
  // Too deep for the build: the processor would take seconds on such a body, and the page fails anyway.
  const nesting = checkMarkdownNesting(original, bodyStartLine, file);
  if (nesting.length > 0) return nesting;
  const read = readPastSyntaxErrors(original, mdx ? 'mdx' : 'md', bodyStartLine, file);
  if (!read.scan) return read.errors;
  const { scan, body } = read;
  // HTML nested too deep is not judged tag by tag: reading it costs time that grows with the depth.
  const deepHtml = mdx ? [] : checkHtmlNesting(scan, body, bodyStartLine, file);
  // Comments and elements left open hide text: judged in letters and pages (MDX refuses all HTML).
  const hiding = mdx
    ? []
    : [
        ...checkHtmlComments(scan, body, bodyStartLine, file),
        ...(deepHtml.length > 0 ? [] : checkUnclosedHtml(scan, body, bodyStartLine, file)),
      ];
  return [
    ...read.errors,
    ...checkInlineNesting(scan, body, bodyStartLine, file),
    ...deepHtml,
    ...checkReferenceControlChars(body, scan.code, bodyStartLine, file),
    ...hiding,
    ...(mdx ? checkMdxCode(scan, file) : deepHtml.length > 0 ? [] : checkBodyHtml(scan, body, bodyStartLine, file)),
    ...checkBodyLinks(scan, file),
    ...checkInternalLinks(scan, ctx, file),
  ];
}

export function contentFileReport(text: string, file: string, collection: CollectionName, ctx: ContentContext): ContentFileReport {
  const { fm, errors } = splitFrontMatter(text, file);
  const letter = collection === 'letters' ? { letter: letterFacts(fm) } : {};
  if (!fm) return { errors, ...letter };
  if (errors.length === 0) errors.push(...frontMatterErrors(fm, file, collection, ctx));
  errors.push(...bodyErrors(fm.body, fm.bodyStartLine, file, ctx));
  if (collection === 'pages') errors.push(...checkPageSections(fileStem(file), fm.body, fm.bodyStartLine, file));
  return { errors: sortErrors(errors), route: routeOf(collection, fileStem(file), fm.data), ...letter };
}

export function checkContentFile(text: string, file: string, collection: CollectionName, ctx: ContentContext): ValidationError[] {
  return contentFileReport(text, file, collection, ctx).errors;
}
