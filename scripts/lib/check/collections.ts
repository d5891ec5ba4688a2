/** Content folders and the front-matter schema each one is validated with (as src/content.config.ts). */
import type { z } from 'zod';
import { areaSchema, conferenceSchema, letterSchema, pageSchema } from '../../../src/lib/content-schemas.ts';

export const COLLECTION_SCHEMAS = {
  letters: letterSchema,
  conferences: conferenceSchema,
  areas: areaSchema,
  pages: pageSchema,
} as const satisfies Record<string, z.ZodObject>;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

export function isCollection(name: string): name is CollectionName {
  return name in COLLECTION_SCHEMAS;
}

/**
 * Files in content/pages/ that a route publishes (src/pages/<name>.astro reads the entry by name and
 * stops the build without it), with what each is for, in the editor's words (rules/required-content.ts).
 */
export const ROUTED_PAGE_USES: Readonly<Record<string, string>> = {
  om: 'teksten på siden /om/ (»Om barometret«: hovedindikatorerne, status, tendens og markeringerne)',
  tilgaengelighed: 'tilgængelighedserklæringen på /tilgaengelighed/, som webtilgængelighedsloven kræver',
};
export const ROUTED_PAGES: readonly string[] = Object.keys(ROUTED_PAGE_USES);
