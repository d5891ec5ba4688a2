import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteSettings } from './lib/site-settings.ts';
import { areaSchema, conferenceSchema, letterSchema, pageSchema } from './lib/content-schemas.ts';

// The content folder is one setting so the benchmark can point the build at a generated corpus.
const root = siteSettings(process.env).contentDir.replace(/\/$/, '');

export const collections = {
  letters: defineCollection({
    // retainBody: false keeps only the rendered HTML in the data store, not the Markdown as well: the
    // store is bundled into one JS module that Node must compile, which at 5,000 letters is a third
    // smaller and builds faster (npm run bench). No page reads entry.body; the editor check reads files.
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/letters`, retainBody: false }),
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
