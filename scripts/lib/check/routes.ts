/**
 * The page address each content file becomes, as the routes in src/pages build them: a letter by
 * its file name (Astro lower-cases it), a conference by its year, an area by its id, a page only
 * when a route reads it. Two files with one address would publish one and drop the other.
 */
import { ROUTED_PAGES, type CollectionName } from './collections.ts';

import { entryId, fileStem } from '../../../src/lib/archive/entry-id.ts';

export { entryId, fileStem };

export function routeOf(collection: CollectionName, stem: string, data: unknown): string | undefined {
  const field = (key: string): unknown => (data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined);
  switch (collection) {
    case 'letters':
      return `/breve/${entryId(stem)}/`;
    case 'conferences':
      return typeof field('year') === 'number' ? `/konferencer/${String(field('year'))}/` : undefined;
    case 'areas':
      return typeof field('area') === 'string' ? `/omraader/${String(field('area'))}/` : undefined;
    case 'pages':
      return ROUTED_PAGES.includes(stem) ? `/${stem}/` : undefined;
  }
}
