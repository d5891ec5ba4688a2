/**
 * Rule: a letter's attachment given by address (`attachments[].href`) on the site itself is a file
 * in public/, as a link in the text must be (internal-links.ts): »/bilag/findes-ikke.svg« would be a
 * dead link in the letter's head, and »/../../etc/passwd« points out of the site. Addresses on other
 * sites are judged by the schema's link policy.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { ContentContext } from '../context.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';
import { sitePath } from './internal-links.ts';

export function checkAttachmentHrefs(fm: FrontMatter, ctx: ContentContext, file: string): ValidationError[] {
  const list = valueAt(fm.data, ['attachments']);
  if (!Array.isArray(list) || !ctx.publicFile) return [];
  const errors: ValidationError[] = [];
  list.forEach((a: unknown, i) => {
    const href = a && typeof a === 'object' ? (a as { href?: unknown }).href : undefined;
    if (typeof href !== 'string') return;
    // Only addresses on the site; the schema refuses »//« and other schemes.
    const site = sitePath(href);
    if (!site) return;
    const { decoded } = site;
    const outside = decoded.split(/[/\\]/).includes('..');
    if (!outside && ctx.publicFile?.(decoded)) return;
    errors.push({
      file,
      ...locate(fm, ['attachments', i, 'href']),
      message: outside ? 'adressen peger ud af sitet (..)' : 'filen findes ikke i public/',
      got: href,
      expected: outside ? 'en fil i public/bilag/, skrevet som /bilag/navn.pdf' : `en fil public${decoded}, eller en rettet adresse`,
    });
  });
  return errors;
}
