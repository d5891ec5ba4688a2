/**
 * Addresses of a letter's files and their text pages, in one place (until the shared routes module
 * exists): the file itself at /breve/<slug>/<name> (bilag-1.pdf), its text at
 * /breve/<slug>/<name without extension>/ and, for a long text, /breve/<slug>/<stem>/del-2/ …
 * Paths are site-internal, without the base path; pages pass them through href().
 */
import { attachmentStem } from './kinds.ts';

export function attachmentFilePath(slug: string, name: string): string {
  return `breve/${slug}/${name}`;
}

/** Route parameter of a text page part: undefined for the first part, "del-2" for the second. */
export function partParam(part: number): string | undefined {
  return part <= 1 ? undefined : `del-${part}`;
}

/** The part a route parameter names, or undefined for anything else. */
export function partFromParam(param: string | undefined): number | undefined {
  if (param === undefined || param === '') return 1;
  const m = /^del-([2-9]|[1-9]\d+)$/.exec(param);
  return m ? Number(m[1]) : undefined;
}

export function attachmentTextPath(slug: string, name: string, part = 1): string {
  const p = partParam(part);
  return `breve/${slug}/${attachmentStem(name)}/${p ? `${p}/` : ''}`;
}

/** A PDF opened at a page: browsers' PDF viewers (and pdf.js) read #page=N. */
export function pdfPageUrl(fileUrl: string, page: number): string {
  return `${fileUrl.split('#')[0] ?? fileUrl}#page=${page}`;
}
