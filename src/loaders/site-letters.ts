/**
 * The archive's letters as plain { id, data } entries (front matter only), loaded once per build:
 * the letter index (archive-data.ts), /data/breve.csv, breve.json, datapackage.json and /data/ all
 * read the same list. The dev server loads them per request, so an edited letter shows at once.
 */
import { getCollection } from 'astro:content';
import type { LetterEntry } from '../lib/archive/letters.ts';
import { perBuild } from './per-build.ts';

const load = (): Promise<LetterEntry[]> => getCollection('letters').then((all) => all.map((e) => ({ id: e.id, data: e.data })));

export const getLetterEntries: () => Promise<LetterEntry[]> = perBuild(load);
