/**
 * The archive's letters as plain { id, data } entries (front matter only), loaded once per build:
 * the letter index (archive-data.ts), /data/breve.csv, breve.json, datapackage.json and /data/ all
 * read the same list. The dev server loads them per request, so an edited letter shows at once.
 */
import { getCollection } from 'astro:content';
import type { LetterEntry } from '../lib/archive/letters.ts';

let cached: Promise<LetterEntry[]> | undefined;

const load = (): Promise<LetterEntry[]> => getCollection('letters').then((all) => all.map((e) => ({ id: e.id, data: e.data })));

export function getLetterEntries(): Promise<LetterEntry[]> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
