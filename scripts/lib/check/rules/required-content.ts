/**
 * Rule: the content folder holds every document a page of the site is built from – each page in
 * content/pages/ with an address (collections.ts ROUTED_PAGES) and one text per policy area in
 * content/areas/ (the area registry). Without one, the build stops after Astro has run for a while
 * (src/loaders/page-text.ts, src/pages/tilgaengelighed.astro, goalEntryFor in area-view.ts); the
 * check names the missing file at once. A .md or .mdx file counts, as for the build; anything else
 * at the path (a link, a folder) is told by the folder rules, not here.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS } from '../../../../src/lib/registry/areas.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { displayPath } from '../../../../src/loaders/barometer.ts';
import { ROUTED_PAGES, ROUTED_PAGE_USES } from '../collections.ts';

export interface RequiredDocument {
  /** Inside the content folder, without extension: "pages/om", "areas/bolig". */
  path: string;
  /** What the site uses it for, in Danish. */
  use: string;
  /** What the file must hold, in Danish. */
  holds: string;
}

export function requiredDocuments(): RequiredDocument[] {
  return [
    ...ROUTED_PAGES.map((name) => ({
      path: `pages/${name}`,
      use: ROUTED_PAGE_USES[name] ?? `siden /${name}/`,
      holds: 'title og description i front matter og sidens tekst',
    })),
    ...AREAS.map((a) => ({
      path: `areas/${a.id}`,
      use: `områdets tekst med integrationspolitikkens mål for »${a.name}« på /omraader/${a.id}/`,
      holds: `"area: ${a.id}" og "goal: …" i front matter`,
    })),
  ];
}

/** `present`: whether anything lies at a path (a file, a link, a folder). */
export function missingDocumentErrors(contentDir: string, present: (path: string) => boolean): ValidationError[] {
  const shown = displayPath(contentDir);
  return requiredDocuments()
    .filter((d) => !['md', 'mdx'].some((ext) => present(join(contentDir, `${d.path}.${ext}`))))
    .map((d) => ({
      file: `${shown}/${d.path}.md`,
      line: 1,
      column: 1,
      message: `filen mangler: den er ${d.use}, og uden den stopper byggeriet`,
      expected: `en fil ${shown}/${d.path}.md med ${d.holds}; er den slettet ved en fejl, så gendan den fra git`,
    }));
}

/** Every required document the content folder lacks. */
export function requiredContentErrors(contentDir: string): ValidationError[] {
  return missingDocumentErrors(contentDir, (path) => lstatSync(path, { throwIfNoEntry: false }) !== undefined);
}
