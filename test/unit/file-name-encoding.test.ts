/**
 * A file or folder name that is not UTF-8 (rules/name-encoding.ts) is reported by name, with the
 * bytes shown as \xNN, wherever the check lists a folder – content/ (letters, a letter's own
 * folder, the doknr look-up), public/ and data/ – and nothing stops on it: Node reads such a name
 * as »�«, and opening that name failed with ENOENT (»Tjekket stoppede uventet«), or a file in
 * public/bilag/ was not looked at.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentErrors } from '../../scripts/lib/check/attachment-files.ts';
import { checkContent, contentFolderErrors, letterSlugs, listContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { publicFileErrors } from '../../scripts/lib/check/public-files.ts';
import { escapedName, utf8Name } from '../../scripts/lib/check/rules/name-encoding.ts';
import { strayDataFileErrors } from '../../scripts/lib/check/rules/stray-files.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const FILE_EXPECTED = 'forventede et navn i UTF-8, helst kun med små bogstaver a–z, tal og bindestreger: omdøb filen';
const fileMessage = (name: string) =>
  `filens navn er ikke skrevet i UTF-8 (fx gemt af et ældre program eller pakket ud af en zip-fil), så sitet kan hverken læse eller udgive den (fik "${name}", ${FILE_EXPECTED})`;

/** A path whose last part has raw bytes: `before`, the bytes, `after`. */
const rawPath = (dir: string, before: string, bytes: number[], after: string) =>
  Buffer.concat([Buffer.from(`${dir}/${before}`), Buffer.from(bytes), Buffer.from(after)]);

const letter = (fields = '') => `---\ntitle: Brev\ndate: 2009-05-01\nsagsnr: "2009-1"\n${fields}---\n\nTeksten.\n`;
const shown = (dir: string, errors: Parameters<typeof formatError>[0][]) => errors.map((e) => formatError(e).split(`${dir}/`).join(''));

describe('a name as bytes', () => {
  it('is text when it is UTF-8, and escaped byte by byte where it is not', () => {
    expect(utf8Name(Buffer.from('brev-æøå.md'))).toBe('brev-æøå.md');
    expect(utf8Name(Buffer.from([0x62, 0xff]))).toBeUndefined();
    expect(escapedName(Buffer.from([0x62, 0xff, 0x2e, 0x6d, 0x64]))).toBe('b\\xff.md');
    // Windows-1252 »Søren«, a cut-off »ø« (0xC3 alone) and an overlong »/« (0xC0 0xAF): each byte shown.
    expect(escapedName(Buffer.from([0x53, 0xf8, 0x72, 0x65, 0x6e]))).toBe('S\\xf8ren');
    expect(escapedName(Buffer.concat([Buffer.from('æ'), Buffer.from([0xc3])]))).toBe('æ\\xc3');
    expect(escapedName(Buffer.from([0xc0, 0xaf]))).toBe('\\xc0\\xaf');
  });
});

describe('names that are not UTF-8 in the content folder', () => {
  function content(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'name-encoding-')), 'content');
    mkdirSync(join(dir, 'letters', '2009-05-01-brev'), { recursive: true });
    writeFileSync(join(dir, 'letters', '2009-05-01-brev.md'), letter('doknr: "2009-100"\nattachments:\n  - file: bilag-1.pdf\n'));
    writeFileSync(rawPath(dir, 'letters/2008-01-01-', [0xff], '.md'), letter('doknr: "2009-100"\n'));
    writeFileSync(rawPath(dir, 'letters/2009-05-01-brev/bilag-', [0xfe], '.pdf'), '%PDF-1.4\n');
    mkdirSync(rawPath(dir, 'letters/', [0xe6], 'ldre'));
    mkdirSync(join(dir, 'areas'));
    writeFileSync(rawPath(dir, 'areas/', [0xf8], '.md'), 'x');
    return dir;
  }

  it('reports each file and folder by name, and lists none of them as a document', () => {
    const dir = content();
    expect(shown(dir, contentFolderErrors(dir)).filter((e) => e.includes('UTF-8'))).toEqual([
      `areas/\\xf8.md:1:1: ${fileMessage('\\xf8.md')}`,
      `letters/2008-01-01-\\xff.md:1:1: ${fileMessage('2008-01-01-\\xff.md')}`,
      `letters/2009-05-01-brev/bilag-\\xfe.pdf:1:1: ${fileMessage('bilag-\\xfe.pdf')}`,
      'letters/\\xe6ldre:1:1: mappens navn er ikke skrevet i UTF-8 (fx gemt af et ældre program eller pakket ud af en zip-fil), så sitet kan hverken læse eller udgive det, der ligger i den (fik "\\xe6ldre", forventede et navn i UTF-8, helst kun med små bogstaver a–z, tal og bindestreger: omdøb mappen)',
    ]);
    expect(listContentFiles(dir).map((f) => f.path)).toEqual([join(dir, 'letters', '2009-05-01-brev.md')]);
  });

  it('also when the hook gives other files (git hands it such a name as »�«), and with the given name not there', () => {
    const dir = content();
    expect(
      contentFolderErrors(dir, [join(dir, 'letters', '2008-01-01-\uFFFD.md')]).filter((e) => e.message.includes('UTF-8')),
    ).toHaveLength(4);
  });

  it('the doknr look-up among the other letters and the attachment rule do not stop on them', async () => {
    const dir = content();
    const files = listContentFiles(dir);
    const ctx = { indicatorIds: new Set<string>(), letterSlugs: letterSlugs(dir, files) };
    expect(() => checkContent(files, ctx)).not.toThrow();
    // The letter's folder: its declared file is missing; the badly named file is the folder rule's.
    const attachments = shown(dir, await attachmentErrors(dir, { cacheDir: join(dir, '..', 'cache') }));
    expect(attachments).toEqual([
      expect.stringContaining('letters/2009-05-01-brev.md:7:5: filen findes ikke i brevets mappe (fik "bilag-1.pdf"'),
    ]);
  });
});

describe('names that are not UTF-8 in public/ and data/', () => {
  it('a file and a folder in public/bilag/ are reported, not skipped', async () => {
    const pub = join(mkdtempSync(join(tmpdir(), 'name-encoding-public-')), 'public');
    mkdirSync(join(pub, 'bilag'), { recursive: true });
    // A real PNG's first bytes: the image itself is fine, only the odd names are reported.
    writeFileSync(
      join(pub, 'bilag', 'kort.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    writeFileSync(rawPath(pub, 'bilag/', [0xfe], '.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    mkdirSync(rawPath(pub, 'bilag/', [0xe5], 'r'));
    expect(shown(pub, await publicFileErrors(pub)).map((e) => e.split(':1:1:')[0])).toEqual(['bilag/\\xe5r', 'bilag/\\xfe.png']);
    expect(shown(pub, await publicFileErrors(pub, [join(pub, 'bilag', 'kort.png')]))).toHaveLength(2);
  });

  it('a file in data/ is reported by its escaped name', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'name-encoding-data-')), 'data');
    mkdirSync(data);
    writeFileSync(rawPath(data, '', [0xff], '.csv'), 'x');
    expect(shown(data, strayDataFileErrors(data))).toEqual([`\\xff.csv:1:1: ${fileMessage('\\xff.csv')}`]);
  });
});
