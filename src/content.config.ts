import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteSettings } from './loaders/site-settings.ts';
import { bodiesOutsideStore, letterBodiesDir } from './loaders/letter-bodies.ts';
import { buildsLetterHere } from './loaders/build-part.ts';
import { areaSchema, conferenceSchema, letterSchema, pageSchema } from './lib/content-schemas.ts';

// The content folder is one setting so the benchmark can point the build at a generated corpus.
const root = siteSettings(process.env).contentDir.replace(/\/$/, '');

export const collections = {
  letters: defineCollection({
    // The store is bundled into one JS module that the build must compile and hold in memory, so it
    // keeps only the front matter: retainBody: false drops the Markdown (no page reads entry.body; the
    // editor check reads files) and bodiesOutsideStore puts the rendered HTML in one file per letter
    // (src/loaders/letter-bodies.ts; README, Benchmark). A build in parts renders only its own
    // letters' Markdown (src/lib/build-parts.ts).
    loader: bodiesOutsideStore(
      glob({ pattern: '**/*.{md,mdx}', base: `${root}/letters`, retainBody: false }),
      letterBodiesDir(),
      buildsLetterHere,
    ),
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
