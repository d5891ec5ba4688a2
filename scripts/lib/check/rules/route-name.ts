/**
 * Rule: a file that the site finds by its front matter is named after it, and a page file has a
 * route: content/conferences/<year>.mdx holds that year, content/areas/<area>.md that area, and
 * content/pages/ only pages the site has an address for. Otherwise the page appears under another
 * address, or not at all.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { ROUTED_PAGES, type CollectionName } from '../collections.ts';
import type { FrontMatter } from '../front-matter.ts';
import { fileStem } from '../routes.ts';
import { locate, valueAt } from '../yaml-locate.ts';

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
