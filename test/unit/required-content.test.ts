/**
 * The documents the site's pages are built from (rules/required-content.ts): each page in
 * content/pages/ that has an address and one text per area of the registry. A missing one is named
 * with its path and what it is for – the build would otherwise stop after Astro had run a while.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTED_PAGES } from '../../scripts/lib/check/collections.ts';
import { missingDocumentErrors, requiredContentErrors, requiredDocuments } from '../../scripts/lib/check/rules/required-content.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';

function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'required-content-')), 'content');
  cpSync('content', dir, { recursive: true });
  return dir;
}
/** The errors as printed, with the folder left out (it is named in the path and in the expected file). */
const shown = (dir: string) => requiredContentErrors(dir).map((e) => formatError(e).split(`${dir}/`).join(''));

describe('required content', () => {
  it('is every routed page and one text per area, each with what it is for', () => {
    expect(requiredDocuments().map((d) => d.path)).toEqual([
      ...ROUTED_PAGES.map((p) => `pages/${p}`),
      ...AREA_IDS.map((a) => `areas/${a}`),
    ]);
    for (const d of requiredDocuments()) expect(d.use.length).toBeGreaterThan(10);
  });

  it('the real content folder has all of them', () => {
    expect(requiredContentErrors('content')).toEqual([]);
  });

  it('names each one that is missing, with its path and use', () => {
    const dir = copy();
    rmSync(join(dir, 'pages', 'om.md'));
    rmSync(join(dir, 'areas', 'bolig.md'));
    rmSync(join(dir, 'pages', 'tilgaengelighed.md'));
    expect(shown(dir)).toEqual([
      'pages/om.md:1:1: filen mangler: den er teksten på siden /om/ (»Om barometret«: hovedindikatorerne, status, tendens og markeringerne), og uden den stopper byggeriet (forventede en fil pages/om.md med title og description i front matter og sidens tekst; er den slettet ved en fejl, så gendan den fra git)',
      `pages/tilgaengelighed.md:1:1: filen mangler: den er tilgængelighedserklæringen på /tilgaengelighed/, som webtilgængelighedsloven kræver, og uden den stopper byggeriet (forventede en fil pages/tilgaengelighed.md med title og description i front matter og sidens tekst; er den slettet ved en fejl, så gendan den fra git)`,
      `areas/bolig.md:1:1: filen mangler: den er områdets tekst med integrationspolitikkens mål for »Bolig« på /omraader/bolig/, og uden den stopper byggeriet (forventede en fil areas/bolig.md med "area: bolig" og "goal: …" i front matter; er den slettet ved en fejl, så gendan den fra git)`,
    ]);
  });

  it('a whole folder gone names each of its files', () => {
    const dir = copy();
    rmSync(join(dir, 'areas'), { recursive: true });
    expect(shown(dir).map((e) => e.split(':')[0])).toEqual(AREA_IDS.map((a) => `areas/${a}.md`));
  });

  it("an .mdx file counts as the build reads both; a link or a folder there is the folder rules' to report", () => {
    const dir = copy();
    renameSync(join(dir, 'areas', 'bolig.md'), join(dir, 'areas', 'bolig.mdx'));
    rmSync(join(dir, 'areas', 'tryghed.md'));
    symlinkSync('/findes/ikke.md', join(dir, 'areas', 'tryghed.md'));
    rmSync(join(dir, 'pages', 'om.md'));
    mkdirSync(join(dir, 'pages', 'om.md'));
    expect(shown(dir)).toEqual([]);
  });

  it('is decided on what is present, nothing else', () => {
    expect(missingDocumentErrors('content', () => true)).toEqual([]);
    expect(missingDocumentErrors('content', () => false)).toHaveLength(ROUTED_PAGES.length + AREA_IDS.length);
  });
});
