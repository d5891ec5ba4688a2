import type { APIRoute } from 'astro';
import { href } from '../../lib/url.ts';
import { lettersCsv } from '../../lib/open-data/letters-download.ts';
import { getLetterEntries } from '../../loaders/site-letters.ts';

/** The archive's documents as data, one row per letter (src/lib/open-data/letters-download.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    lettersCsv(await getLetterEntries(), (path) => new URL(href(path), site).href),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
