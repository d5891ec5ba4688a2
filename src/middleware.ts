/**
 * In a build in parts (src/lib/build-parts.ts), a part other than the first builds only its
 * letters' pages: every other route answers with an empty page, which the build script discards,
 * instead of rendering it a second time. Without parts (dev server, one process) it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { buildsOtherPagesHere } from './loaders/build-part.ts';
import { letterPath } from './lib/routes.ts';

/** The letter page's route as Astro names it (`context.routePattern`): src/pages/breve/[slug].astro. */
const LETTER_ROUTE = `/${letterPath('[slug]').replace(/\/$/, '')}`;

export const onRequest = defineMiddleware((context, next) =>
  buildsOtherPagesHere() || context.routePattern === LETTER_ROUTE ? next() : new Response(''),
);
