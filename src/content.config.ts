import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteSettings } from './lib/site-settings.ts';
import { areaSchema, conferenceSchema, letterSchema, pageSchema } from './lib/content-schemas.ts';

// The content folder is one setting so the benchmark can point the build at a generated corpus.
const root = siteSettings(process.env).contentDir.replace(/\/$/, '');

export const collections = {
  letters: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/letters` }),
    schema: letterSchema,
  }),
  conferences: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/conferences` }),
    schema: conferenceSchema,
  }),
  areas: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/areas` }),
    schema: areaSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/pages` }),
    schema: pageSchema,
  }),
};
