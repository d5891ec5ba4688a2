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

/** Files in content/pages/ that a route publishes (src/pages/<name>.astro reads the entry by name). */
export const ROUTED_PAGES: readonly string[] = ['om', 'tilgaengelighed'];
