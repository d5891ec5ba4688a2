/**
 * Rules over the content folder: symbolic links, letters named like the archive's own pages, and
 * two letters with one document number (doknr) – with and without the check cache, and for the
 * pre-commit hook's few files.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, contentFolderErrors, letterSlugs, listContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { CheckCache } from '../../scripts/lib/check/cache/check-cache.ts';
import { reservedLetterIds } from '../../scripts/lib/check/rules/route-name.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const letter = (fields = '') => `---\ntitle: Brev\ndate: 2009-05-01\nsagsnr: "2009-1"\n${fields}---\n\nTeksten.\n`;

function contentDir(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'content-folder-')), 'content');
  mkdirSync(join(dir, 'letters'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'letters', name), text);
  return dir;
}

const shown = (dir: string, errors: Parameters<typeof formatError>[0][]) => errors.map((e) => formatError(e).split(`${dir}/`).join(''));

function contentErrors(dir: string, cacheDir?: string): string[] {
  const files = listContentFiles(dir);
  const ctx = { indicatorIds: new Set<string>(), letterSlugs: letterSlugs(dir, files) };
  const cache = cacheDir ? CheckCache.open(cacheDir, ctx, 'test') : undefined;
  const result = checkContent(files, ctx, cache);
  cache?.save({ prune: true });
  return shown(dir, result.errors);
}

describe('symbolic links in the content folder', () => {
  const SYMLINK =
    'filen er en genvej (symbolsk link): sitet ville udgive det, den peger på, uden at tjekket har læst det; læg selve filen i mappen';
  const FILE = 'forventede en almindelig fil (eller mappe), ikke en henvisning';

  it('reports every link, whatever it points to, and checks nothing through it', () => {
    const dir = contentDir({ '2009-05-01-brev.md': letter() });
    const outside = join(dir, '..', 'x.md');
    writeFileSync(outside, letter());
    symlinkSync(outside, join(dir, 'letters', '2009-05-01-symlink.md'));
    symlinkSync('/findes/ikke.md', join(dir, 'letters', '2009-05-02-dangling.md'));
    symlinkSync(join(dir, '..'), join(dir, 'letters', 'mappe'));
    expect(shown(dir, contentFolderErrors(dir))).toEqual([
      `letters/2009-05-01-symlink.md:1:1: ${SYMLINK} (fik "${outside}", ${FILE})`,
      `letters/2009-05-02-dangling.md:1:1: ${SYMLINK} (fik "/findes/ikke.md", ${FILE})`,
      `letters/mappe:1:1: ${SYMLINK} (fik "${join(dir, '..')}", ${FILE})`,
    ]);
    expect(listContentFiles(dir).map((f) => f.path)).toEqual([join(dir, 'letters', '2009-05-01-brev.md')]);
  });

  it('the pre-commit hook reports a link it is given', () => {
    const dir = contentDir({});
    symlinkSync('/etc/hostname', join(dir, 'letters', '2009-05-01-symlink.md'));
    expect(contentFolderErrors(dir, [join(dir, 'letters', '2009-05-01-symlink.md')])).toHaveLength(1);
    expect(contentFolderErrors(dir, [join(dir, 'letters', 'andet.md')])).toEqual([]);
  });
});

describe("letters named like the archive's own pages", () => {
  it('takes the names from src/pages/breve/ and the pagination segment', () => {
    expect(reservedLetterIds()).toEqual(expect.arrayContaining(['aar', 'udvalg', 'side', 'index', 'feed', 'rss']));
  });

  it('refuses aar.md, udvalg.md, side.md, index.md, feed.md and rss.md', () => {
    const names = ['aar.md', 'udvalg.md', 'side.md', 'index.md', 'feed.md', 'rss.md'];
    const dir = contentDir(Object.fromEntries([...names, '2009-05-01-aar.md'].map((n) => [n, letter()])));
    const errors = shown(dir, contentFolderErrors(dir));
    expect(errors).toHaveLength(names.length);
    expect(errors[0]).toBe(
      `letters/aar.md:1:1: brevet ville få adressen /breve/aar/, som brevarkivet selv bruger (fik "aar.md", forventede et filnavn med brevets dato og titel, fx 2009-04-02-aar.md (ikke ${reservedLetterIds().join(', ')}))`,
    );
  });
});

describe('two letters with one doknr', () => {
  const files = {
    '2009-05-01-a.md': letter('doknr: "2009-77"\n'),
    '2009-05-01-b.md': letter('doknr: " 2009-77 "\n'),
    '2009-05-01-c.md': letter('doknr: "2009-78"\n'),
    // The same case, other documents: legitimate.
    '2009-05-01-d.md': letter(),
  };
  const EXPECTED = 'forventede brevets eget dok.nr., som intet andet brev har (samme sagsnr. på flere breve er i orden)';

  it('is reported in both files, each naming the other; a shared sagsnr is not', () => {
    const dir = contentDir(files);
    expect(contentErrors(dir)).toEqual([
      `letters/2009-05-01-a.md:5:1: dok.nr. bruges også af letters/2009-05-01-b.md: et dok.nr. hører til ét dokument (fik "2009-77", ${EXPECTED})`,
      `letters/2009-05-01-b.md:5:1: dok.nr. bruges også af letters/2009-05-01-a.md: et dok.nr. hører til ét dokument (fik "2009-77", ${EXPECTED})`,
    ]);
  });

  it('is reported the same from the cache, and goes when one letter is fixed', () => {
    const dir = contentDir(files);
    const cacheDir = mkdtempSync(join(tmpdir(), 'content-folder-cache-'));
    const first = contentErrors(dir, cacheDir);
    expect(contentErrors(dir, cacheDir)).toEqual(first);
    expect(first).toHaveLength(2);
    writeFileSync(join(dir, 'letters', '2009-05-01-b.md'), letter('doknr: "2009-79"\n'));
    expect(contentErrors(dir, cacheDir)).toEqual([]);
  });

  it('the pre-commit hook compares the letters it is given with the others in the folder', () => {
    const dir = contentDir(files);
    const path = join(dir, 'letters', '2009-05-01-b.md');
    const errors = checkContent([{ path, collection: 'letters' }], { indicatorIds: new Set(), letterSlugs: new Set() }).errors;
    expect(shown(dir, errors)).toEqual([
      `letters/2009-05-01-b.md:5:1: dok.nr. bruges også af letters/2009-05-01-a.md: et dok.nr. hører til ét dokument (fik "2009-77", ${EXPECTED})`,
    ]);
  });
});
