/**
 * A letter's files: names and kinds, how they are described, their text as the build extracts it
 * (from PDF, DOCX, XLSX and CSV files written in the test by pdf-lib, docx and write-excel-file –
 * scripts/corpus/attachment-files.ts – never committed blobs), the text pages and the search links
 * into a PDF's pages.
 */
import { describe, expect, it } from 'vitest';
import { csvFile, lockedPdf, scannedPdf, textDocx, textPdf, workbook } from '../../scripts/lib/corpus/attachment-files.ts';
import { extractText } from '../../src/lib/attachments/extract.ts';
import { describeFile, formatBytes } from '../../src/lib/attachments/format.ts';
import { contentMismatch, isAttachmentName, kindOfName, suggestedAttachmentName } from '../../src/lib/attachments/kinds.ts';
import { partFromParam, pdfPageUrl } from '../../src/lib/attachments/paths.ts';
import { attachmentFilePath, attachmentTextPath } from '../../src/lib/routes.ts';
import { partition, reflow, textPageView } from '../../src/lib/attachments/text-page.ts';
import { AttachmentReadError, type TextSection } from '../../src/lib/attachments/text.ts';
import { pdfWithHiddenChars } from '../helpers/hostile-files.ts';
import { pdfHit, pdfPageOfAnchor } from '../../src/lib/search/attachment-links.ts';
import { letterView } from '../../src/lib/archive/letter-view.ts';
import { letterSchema } from '../../src/lib/content-schemas.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AttachmentReadError) return err.reason;
    throw err;
  }
  return 'ingen fejl';
}

describe('file names and kinds', () => {
  it('accepts small letters, digits and hyphens with an allowed extension, nothing else', () => {
    for (const ok of ['bilag-1.pdf', 'original.docx', 'tal-2009.xlsx', 'a.csv']) expect(isAttachmentName(ok), ok).toBe(true);
    for (const bad of [
      'Bilag-1.pdf',
      'bilag 1.pdf',
      'bilag_1.pdf',
      'bilag-1.PDF',
      '../x.pdf',
      '.x.pdf',
      'x.doc',
      'x.pdf.exe',
      '-x.pdf',
      'x-.pdf',
      'x.png',
    ])
      expect(isAttachmentName(bad), bad).toBe(false);
    expect(kindOfName('Bilag.PDF')).toBe('pdf');
    expect(kindOfName('x.doc')).toBeUndefined();
  });

  it('suggests the name an editor meant', () => {
    expect(suggestedAttachmentName('Bilag 1 (endelig).PDF')).toBe('bilag-1-endelig.pdf');
    expect(suggestedAttachmentName('Årsrapport for Østerbro.xlsx')).toBe('aarsrapport-for-oesterbro.xlsx');
    expect(suggestedAttachmentName('___.csv')).toBe('bilag.csv');
  });

  it('knows a file by its first bytes', () => {
    expect(contentMismatch('pdf', enc('%PDF-1.7\n'))).toBeUndefined();
    expect(contentMismatch('pdf', enc('<!DOCTYPE html><html>'))).toBe('en webside (HTML)');
    expect(contentMismatch('docx', enc('%PDF-1.4'))).toBe('en PDF');
    expect(contentMismatch('xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]))).toBe('en gammel Word- eller Excel-fil (.doc/.xls)');
    expect(contentMismatch('csv', enc('År;Antal\n'))).toBeUndefined();
    expect(contentMismatch('csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('en ZIP-fil (fx DOCX eller XLSX)');
  });
});

describe('how a file is described', () => {
  it('gives sizes as Danish sites do, 1 kB = 1.000 byte', () => {
    expect(formatBytes(812)).toBe('812 byte');
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(340_212)).toBe('340 kB');
    expect(formatBytes(999_499)).toBe('999 kB');
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
    expect(formatBytes(20_000_000)).toBe('20 MB');
  });

  it('names type, pages or sheets, and size', () => {
    expect(describeFile({ kind: 'pdf', bytes: 340_212, pages: 12 })).toBe('PDF, 12 sider, 340 kB');
    expect(describeFile({ kind: 'pdf', bytes: 1500, pages: 1 })).toBe('PDF, 1 side, 2 kB');
    expect(describeFile({ kind: 'xlsx', bytes: 18_000, sheets: 2 })).toBe('Excel-regneark, 2 ark, 18 kB');
    expect(describeFile({ kind: 'docx', bytes: 9000 })).toBe('Word-dokument, 9 kB');
    expect(describeFile({ kind: 'csv', bytes: 80 })).toBe('CSV-fil, 80 byte');
  });
});

describe('text extraction', () => {
  it('reads a PDF page by page, with its page count', async () => {
    const pdf = await textPdf(['Første side.\n\nEt andet afsnit om boliger.', 'Anden side med kvartersværkstederne.', 'Tredje side.']);
    const text = await extractText('pdf', pdf);
    expect(text.kind).toBe('pdf');
    expect(text.pages).toBe(3);
    expect(text.textless).toBe(false);
    expect(text.sections.map((s) => s.id)).toEqual(['side-1', 'side-2', 'side-3']);
    expect(text.sections[0]?.paragraphs.flat()).toEqual(['Første side.', 'Et andet afsnit om boliger.']);
    expect(text.sections[1]?.paragraphs.flat().join(' ')).toContain('kvartersværkstederne');
  });

  it('marks a scanned PDF textless but still counts its pages', async () => {
    const text = await extractText('pdf', await scannedPdf(2));
    expect(text.pages).toBe(2);
    expect(text.textless).toBe(true);
  });

  it('reads a DOCX, an XLSX (sheet by sheet, Danish numbers) and a CSV (BOM, semicolons)', async () => {
    const docx = await extractText('docx', await textDocx('# Overskrift\n\nFørste afsnit om lektiehjælp.\n\nAndet afsnit.'));
    expect(docx.sections[0]?.paragraphs).toEqual([['Overskrift'], ['Første afsnit om lektiehjælp.'], ['Andet afsnit.']]);
    const xlsx = await extractText(
      'xlsx',
      await workbook([
        {
          name: 'Tal',
          rows: [
            ['Bydel', 'Andel'],
            ['Nørrebro', 0.25],
          ],
        },
        { name: 'Kilder', rows: [['Kilde']] },
      ]),
    );
    expect(xlsx.sheets).toBe(2);
    expect(xlsx.sections.map((s) => [s.name, s.rows])).toEqual([
      [
        'Tal',
        [
          ['Bydel', 'Andel'],
          ['Nørrebro', '0,25'],
        ],
      ],
      ['Kilder', [['Kilde']]],
    ]);
    const csv = await extractText(
      'csv',
      csvFile([
        ['År', 'Antal'],
        ['2009', '355,5'],
      ]),
    );
    expect(csv.sections[0]?.rows).toEqual([
      ['År', 'Antal'],
      ['2009', '355,5'],
    ]);
  });

  it('drops invisible and control characters from the text of every kind, so the text page shows what is there', async () => {
    // eslint-disable-next-line no-control-regex -- the hidden characters are what the test looks for
    const hidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/;
    const all = (t: { sections: TextSection[] }) => t.sections.flatMap((s) => [s.name ?? '', ...s.paragraphs.flat(), ...s.rows.flat()]);
    const pdf = await extractText('pdf', await pdfWithHiddenChars('Sag 2008-\u00014321 er\u0002 lukket.\u0003Ny\u0004linje\u0005 slut.'));
    expect(all(pdf).join('\n')).not.toMatch(hidden);
    expect(all(pdf).join(' ')).toContain('Sag 2008-4321 er lukket.');
    const docx = await extractText('docx', await textDocx('Sag 2008-\u202E4321 er\u200B lukket.\u2028Ny\u0085linje\uFEFF slut.'));
    expect(docx.sections[0]?.paragraphs).toEqual([['Sag 2008-4321 er lukket.', 'Ny', 'linje slut.']]);
    const xlsx = await extractText('xlsx', await workbook([{ name: 'Tal\u200B', rows: [['Bydel\u202E'], ['Nørre\u200Dbro']] }]));
    expect(xlsx.sections.map((s) => [s.name, s.rows])).toEqual([['Tal', [['Bydel'], ['Nørrebro']]]]);
    const csv = await extractText('csv', csvFile([['Sag\u0007', '2008-\u202E4321']]));
    expect(csv.sections[0]?.rows).toEqual([['Sag', '2008-4321']]);
  });

  it('writes the same bytes for the same fixture, so tests and builds are repeatable', async () => {
    expect(Buffer.from(await textDocx('Tekst.')).equals(Buffer.from(await textDocx('Tekst.')))).toBe(true);
    const sheet = [{ name: 'A', rows: [['x']] }];
    expect(Buffer.from(await workbook(sheet)).equals(Buffer.from(await workbook(sheet)))).toBe(true);
  });

  it('refuses what cannot be read, saying why in Danish', async () => {
    expect(await reason(extractText('pdf', new Uint8Array()))).toBe('filen er tom');
    expect(await reason(extractText('pdf', enc('%PDF-1.7\nafbrudt')))).toBe('filen er beskadiget eller ikke en gyldig PDF');
    expect(await reason(extractText('pdf', await lockedPdf()))).toBe("PDF'en er beskyttet med adgangskode, så teksten kan ikke læses");
    expect(await reason(extractText('pdf', enc('<html><body>Log ind</body></html>')))).toBe('filen hedder .pdf, men er en webside (HTML)');
    expect(await reason(extractText('docx', enc('tekst')))).toBe('filen hedder .docx, men er ikke et Word-dokument (DOCX)');
    expect(await reason(extractText('docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe(
      'filen er beskadiget eller ikke et gyldigt Word-dokument (DOCX)',
    );
    expect(await reason(extractText('xlsx', await textDocx('Ikke et regneark.')))).toBe(
      'filen er beskadiget eller ikke et gyldigt Excel-regneark (XLSX)',
    );
    expect(await reason(extractText('csv', new Uint8Array([0xc5, 0x72, 0x3b, 0x41])))).toMatch(/^filen er ikke gemt som UTF-8/);
  });
});

describe('text pages', () => {
  const page = (n: number, paragraphs: string[][]): TextSection => ({ id: `side-${n}`, page: n, paragraphs, rows: [] });

  it('splits a long text into parts at paragraph boundaries, never a paragraph', () => {
    const long = 'x'.repeat(40);
    const sections = [page(1, [[long], [long]]), page(2, [[long]]), page(3, [[long]])];
    const parts = partition(sections, 100);
    expect(parts.map((p) => p.map((s) => `${s.id}:${s.paragraphs.length}@${s.offset}`))).toEqual([
      ['side-1:2@0'],
      ['side-2:1@0', 'side-3:1@0'],
    ]);
    expect(partition(sections).length).toBe(1);
    // Every paragraph in exactly one part.
    expect(parts.flat().reduce((n, s) => n + s.paragraphs.length, 0)).toBe(4);
  });

  it('gives PDF paragraphs the ids search links to, and links each page into the PDF', () => {
    const text = { kind: 'pdf' as const, pages: 2, sections: [page(1, [['a']]), page(2, [['b'], ['c']])], textless: false };
    const parts = partition(text.sections);
    const view = textPageView(text, { slug: 'brev', name: 'bilag-1.pdf', fileUrl: '/breve/brev/bilag-1.pdf', part: 1, parts });
    expect(view.sections.map((s) => [s.heading, s.pageUrl, s.paragraphs.map((p) => p.id)])).toEqual([
      ['Side 1', '/breve/brev/bilag-1.pdf#page=1', ['side-1-1']],
      ['Side 2', '/breve/brev/bilag-1.pdf#page=2', ['side-2-1', 'side-2-2']],
    ]);
    expect(view.parts).toEqual([{ number: 1, path: 'breve/brev/bilag-1/', label: 'side 1–2', current: true }]);
  });

  it('a scan says once that it has no text instead of listing empty pages', () => {
    const text = { kind: 'pdf' as const, pages: 2, sections: [page(1, []), page(2, [])], textless: true };
    const view = textPageView(text, { slug: 'b', name: 'x.pdf', fileUrl: 'x.pdf', part: 1, parts: partition(text.sections) });
    expect(view.textless).toBe(true);
    expect(view.sections).toEqual([]);
  });

  it('runs wrapped lines together but keeps short lines and table rows', () => {
    expect(reflow(['Et langt afsnit, som PDF’en har', 'brudt over to linjer her.'])).toEqual([
      'Et langt afsnit, som PDF’en har brudt over to linjer her.',
    ]);
    expect(reflow(['Overskrift', 'En meget længere linje, der følger den.'])).toEqual([
      'Overskrift',
      'En meget længere linje, der følger den.',
    ]);
    expect(reflow(['Bydel    Andel', 'Nørrebro  25'])).toEqual(['Bydel    Andel', 'Nørrebro  25']);
  });

  it('has stable addresses for the file, its text and its parts', () => {
    expect(attachmentFilePath('2009-04-02-brev', 'bilag-1.pdf')).toBe('breve/2009-04-02-brev/bilag-1.pdf');
    expect(attachmentTextPath('2009-04-02-brev', 'bilag-1.pdf')).toBe('breve/2009-04-02-brev/bilag-1/');
    expect(attachmentTextPath('2009-04-02-brev', 'bilag-1.pdf', 2)).toBe('breve/2009-04-02-brev/bilag-1/del-2/');
    expect([undefined, 'del-2', 'del-10', 'del-1', 'del-02', 'x'].map(partFromParam)).toEqual([1, 2, 10, undefined, undefined, undefined]);
    expect(pdfPageUrl('/b/x.pdf#page=1', 4)).toBe('/b/x.pdf#page=4');
  });
});

describe('search links into a PDF', () => {
  it('sends a hit on a PDF page to the PDF at that page, others to the paragraph', () => {
    expect(pdfPageOfAnchor('side-3-2')).toBe(3);
    expect(pdfPageOfAnchor('side-12')).toBe(12);
    expect(pdfPageOfAnchor('afsnit-2')).toBeUndefined();
    expect(pdfHit({ fil: '/breve/b/bilag-1.pdf' }, 'side-2-1')).toEqual({ url: '/breve/b/bilag-1.pdf#page=2', page: 2 });
    expect(pdfHit({ fil: '/breve/b/bilag-2.docx' }, 'side-2-1')).toBeUndefined();
    expect(pdfHit({}, 'side-2-1')).toBeUndefined();
    expect(pdfHit({ fil: '/breve/b/bilag-1.pdf' }, undefined)).toBeUndefined();
  });
});

describe('the letter page lists its files', () => {
  const data = letterSchema.parse({
    title: 'Brev',
    date: '2009-04-02',
    sagsnr: '2009-1',
    original: 'original.pdf',
    attachments: [
      { label: 'Bilag 1', title: 'Opsamling', file: 'bilag-1.pdf' },
      { label: 'Bilag 2', title: 'Tal', file: 'bilag-2.xlsx' },
      { label: 'Bilag 3', title: 'Ikke digitaliseret', note: '(ikke digitaliseret)' },
    ],
  });
  const facts = [
    { name: 'original.pdf', kind: 'pdf' as const, bytes: 1200, pages: 1, textless: false },
    { name: 'bilag-1.pdf', kind: 'pdf' as const, bytes: 340_000, pages: 12, textless: true },
    { name: 'bilag-2.xlsx', kind: 'xlsx' as const, bytes: 18_000, sheets: 2, textless: false },
  ];

  it('with type, size and pages, a text link unless the file is a scan, and download for Office files', () => {
    const { view } = letterView(data, () => undefined, { slug: 'brev', facts });
    expect(view.original).toEqual({ path: 'breve/brev/original.pdf', description: 'PDF, 1 side, 1 kB', download: false });
    expect(view.attachments.map((a) => [a.text, a.file])).toEqual([
      [
        'Bilag 1: Opsamling',
        {
          path: 'breve/brev/bilag-1.pdf',
          description: 'PDF, 12 sider, 340 kB',
          download: false,
          textless: 'teksten kan ikke læses: filen er scannet uden tekstlag',
        },
      ],
      [
        'Bilag 2: Tal',
        { path: 'breve/brev/bilag-2.xlsx', description: 'Excel-regneark, 2 ark, 18 kB', download: true, textPath: 'breve/brev/bilag-2/' },
      ],
      ['Bilag 3: Ikke digitaliseret', undefined],
    ]);
  });

  it('refuses a file and an address on one bilag, and one name twice', () => {
    const both = letterSchema.safeParse({
      title: 'B',
      date: '2009-01-01',
      sagsnr: '1',
      attachments: [{ title: 'x', file: 'a.pdf', href: '/bilag/a.pdf' }],
    });
    expect(both.success).toBe(false);
    const twice = letterSchema.safeParse({
      title: 'B',
      date: '2009-01-01',
      sagsnr: '1',
      original: 'a.pdf',
      attachments: [{ title: 'x', file: 'a.csv' }],
    });
    expect(twice.success ? [] : twice.error.issues.map((i) => i.message)).toEqual(['navnet før endelsen er det samme som a.pdf']);
  });
});
