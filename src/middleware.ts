/**
 * In a build in parts (src/lib/build-parts.ts), a part other than the first builds only its
 * letters' pages: every other route answers with an empty page, which the build script discards,
 * instead of rendering it a second time. Without parts (dev server, one process) it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { buildsOtherPagesHere } from './loaders/build-part.ts';

/** The letter page's route pattern (src/pages/breve/[slug].astro). */
export const LETTER_ROUTE = '/breve/[slug]';

export const onRequest = defineMiddleware((context, next) =>
  buildsOtherPagesHere() || context.routePattern === LETTER_ROUTE ? next() : new Response(''),
);
