/**
 * The route parameter of a long text's later parts (del-2, del-3 …) and a PDF's page anchor. The
 * addresses themselves are built in src/lib/routes.ts (attachmentFilePath, attachmentTextPath).
 */

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

/** A PDF opened at a page: browsers' PDF viewers (and pdf.js) read #page=N. */
export function pdfPageUrl(fileUrl: string, page: number): string {
  return `${fileUrl.split('#')[0] ?? fileUrl}#page=${page}`;
}
