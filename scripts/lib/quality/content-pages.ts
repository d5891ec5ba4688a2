/**
 * Which page each content file must become (scripts/lib/check/routes.ts), read from the files
 * themselves, so a test can compare the content folder with a built site: no letter, report, area
 * text or page may be dropped or published at another address without a word.
 */
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { listContentFiles } from '../check/check-dir.ts';
import { fileStem, routeOf } from '../check/routes.ts';
import type { CollectionName } from '../check/collections.ts';

export interface ContentPage {
  file: string;
  collection: CollectionName;
  /** The site path without base, e.g. "/breve/2009-04-02-…/"; undefined when no route publishes it. */
  route: string | undefined;
}

function frontMatter(path: string): unknown {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  try {
    return m ? jsYaml.load(m[1] ?? '') : undefined;
  } catch {
    return undefined;
  }
}

export function contentPages(contentDir: string): ContentPage[] {
  return listContentFiles(contentDir).map((f) => ({
    file: f.path,
    collection: f.collection,
    route: routeOf(f.collection, fileStem(f.path), frontMatter(f.path)),
  }));
}
