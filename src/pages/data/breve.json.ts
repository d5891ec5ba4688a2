import type { APIRoute } from 'astro';
import { href } from '../../lib/url.ts';
import { lettersJsonText } from '../../lib/open-data/letters-download.ts';
import { getLetterEntries } from '../../loaders/site-letters.ts';

/** The archive's documents as data, one object per letter (src/lib/open-data/letters-download.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    lettersJsonText(await getLetterEntries(), (path) => new URL(href(path), site).href),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
