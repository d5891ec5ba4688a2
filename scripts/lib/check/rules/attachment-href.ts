/**
 * Rule: a letter's attachment given by address (`attachments[].href`) on the site itself is a file
 * in public/, as a link in the text must be (internal-links.ts): »/bilag/findes-ikke.svg« would be a
 * dead link in the letter's head, and »/../../etc/passwd« points out of the site. Addresses on other
 * sites are judged by the schema's link policy. An address the schema refuses (»/\\evil.example/x«)
 * is left to the schema's one message: it is not a path on the site, so »findes ikke i public/«
 * would be a second message for the same mistake.
 */
import { attachmentSchema } from '../../../../src/lib/content-schemas.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { ContentContext } from '../context.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';
import { sitePath } from './internal-links.ts';

/** The schema's own verdict on the address alone (the same test the schema message comes from). */
function wellFormed(href: string): boolean {
  const parsed = attachmentSchema.safeParse({ title: 'x', href });
  return parsed.success || !parsed.error.issues.some((i) => i.path[0] === 'href');
}

/** A decoded %0A would end the message's line in »forventede«: control characters as <U+000A>. */
function shown(path: string): string {
  // eslint-disable-next-line no-control-regex -- the characters a terminal would act on
  return path.replace(/[\u0000-\u001F\u007F]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function checkAttachmentHrefs(fm: FrontMatter, ctx: ContentContext, file: string): ValidationError[] {
  const list = valueAt(fm.data, ['attachments']);
  if (!Array.isArray(list) || !ctx.publicFile) return [];
  const errors: ValidationError[] = [];
  list.forEach((a: unknown, i) => {
    const href = a && typeof a === 'object' ? (a as { href?: unknown }).href : undefined;
    if (typeof href !== 'string' || !wellFormed(href)) return;
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
      expected: outside ? 'en fil i public/bilag/, skrevet som /bilag/navn.pdf' : `en fil public${shown(decoded)}, eller en rettet adresse`,
    });
  });
  return errors;
}
