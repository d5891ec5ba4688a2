/**
 * A content file's id as Astro's glob loader gives it, for a file straight in its collection's
 * folder: the file name without extension, lower case, spaces as hyphens (github-slugger,
 * simplified). The editor check (scripts/lib/check/routes.ts) and the feeds (letters-added.ts) use it.
 */

/** The file name without folder and extension. */
export function fileStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
}

/** Astro's id for a file name: lower case, spaces as hyphens. */
export function entryId(stem: string): string {
  return stem.normalize('NFC').toLowerCase().trim().replace(/\s+/g, '-');
}
