/**
 * Rule: a file that the site finds by its front matter is named after it, and a page file has a
 * route: content/conferences/<year>.mdx holds that year, content/areas/<area>.md that area, and
 * content/pages/ only pages the site has an address for. Otherwise the page appears under another
 * address, or not at all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { pageParam } from '../../../../src/lib/routes.ts';
import { ROUTED_PAGES, type CollectionName } from '../collections.ts';
import type { FrontMatter } from '../front-matter.ts';
import { entryId, fileStem } from '../routes.ts';
import { locate, valueAt } from '../yaml-locate.ts';

/** The archive's page files: /breve/<letter>/ shares its folder with them. */
const ARCHIVE_PAGES = join(import.meta.dirname, '../../../../src/pages/breve');

/**
 * Names a list or its feed usually take (/breve/index.html, /breve/feed/): kept free so the archive
 * can add such a page without taking a published letter's address.
 */
const KEPT_FREE = ['index', 'feed', 'rss', 'atom'];

/**
 * The first path segments under /breve/ that the archive's own pages use, read from
 * src/pages/breve/ so a new page is covered without editing this list: each fixed folder or file
 * name (aar, udvalg), and the pagination segment of a list's later pages (side/2/).
 */
export function reservedLetterIds(pagesDir = ARCHIVE_PAGES): string[] {
  const fixed = existsSync(pagesDir)
    ? readdirSync(pagesDir)
        .filter((name) => !name.startsWith('[') && !name.startsWith('.'))
        .map((name) => name.replace(/\..*$/, ''))
    : [];
  const paging = (pageParam(2) ?? '').split('/')[0] ?? '';
  return [...new Set([...fixed, paging, ...KEPT_FREE].filter(Boolean))].sort();
}

/**
 * Rule: a letter's file name does not take an address the archive uses itself: content/letters/aar.md
 * would be published as /breve/aar/, above the year lists. Run over the folder on every check (not
 * cached per file), so a new archive page is seen at once.
 */
export function checkLetterRoute(file: string, reserved: readonly string[]): ValidationError | undefined {
  const id = entryId(fileStem(file));
  if (!reserved.includes(id)) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    message: `brevet ville få adressen /breve/${id}/, som brevarkivet selv bruger`,
    got: file.split('/').pop() ?? file,
    expected: `et filnavn med brevets dato og titel, fx 2009-04-02-${id}.md (ikke ${reserved.join(', ')})`,
  };
}

export function checkRouteName(fm: FrontMatter, collection: CollectionName, file: string): ValidationError[] {
  const stem = fileStem(file);
  if (collection === 'pages' && !ROUTED_PAGES.includes(stem)) {
    return [
      {
        file,
        line: 1,
        column: 1,
        message: 'siden har ingen adresse på sitet og bliver ikke udgivet',
        got: stem,
        expected: `en af siderne ${ROUTED_PAGES.join(', ')} (en ny side kræver en udvikler)`,
      },
    ];
  }
  const key = collection === 'conferences' ? 'year' : collection === 'areas' ? 'area' : undefined;
  const value = key ? valueAt(fm.data, [key]) : undefined;
  if (!key || value === undefined || value === null || String(value) === stem) return [];
  return [
    {
      file,
      ...locate(fm, [key]),
      message: key === 'year' ? 'filnavnet skal være konferencens år' : 'filnavnet skal være områdets id',
      got: `${stem} (${key}: ${String(value)})`,
      expected: `filnavnet ${String(value)}${file.endsWith('.mdx') ? '.mdx' : '.md'}`,
    },
  ];
}
