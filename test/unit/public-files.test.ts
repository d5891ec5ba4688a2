/**
 * public/ is copied into the site as it is: the check refuses links anywhere in it, and in the
 * editors' folder public/bilag/ every type that could run script on the site's address, files whose
 * bytes are not what their name says, and documents a letter would not be allowed to carry (active
 * content, CSV cells a spreadsheet runs as formulas).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicFileErrors } from '../../scripts/lib/check/public-files.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { displayPath } from '../../src/loaders/barometer.ts';
import { textPdf } from '../../scripts/lib/corpus/attachment-files.ts';
import { addLink, docxWith, pdfWith, xlsxWith } from '../helpers/hostile-files.ts';
import { PDFName, PDFString } from 'pdf-lib';

function folder(): { pub: string; bilag: string; shown: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'public-files-'));
  const pub = join(root, 'public');
  const bilag = join(pub, 'bilag');
  mkdirSync(bilag, { recursive: true });
  return { pub, bilag, shown: displayPath(pub), cacheDir: join(root, 'cache') };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

describe('the check of public/', () => {
  it('accepts images and documents in public/bilag/ and the site’s own files beside it', async () => {
    const { pub, bilag, cacheDir } = folder();
    writeFileSync(join(pub, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(bilag, 'kort.png'), PNG);
    writeFileSync(join(bilag, 'foto.JPG'), JPEG);
    writeFileSync(join(bilag, 'notat.pdf'), await textPdf(['Et notat med et link til https://www.kk.dk/.']));
    writeFileSync(join(bilag, 'tal.csv'), 'År;Antal\n2008;-2,5\n');
    writeFileSync(join(bilag, '.DS_Store'), '');
    expect(await publicFileErrors(pub, undefined, cacheDir)).toEqual([]);
  });

  it('refuses a document in public/bilag/ that a letter could not carry: active content, or not what its name says', async () => {
    const { bilag, pub, shown, cacheDir } = folder();
    writeFileSync(
      join(bilag, 'notat.pdf'),
      await pdfWith((doc) =>
        doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })),
      ),
    );
    writeFileSync(
      join(bilag, 'link.pdf'),
      await pdfWith((doc, page) => addLink(doc, page, { S: 'GoToR', F: PDFString.of('x.pdf'), D: [0] })),
    );
    writeFileSync(join(bilag, 'tal.xlsx'), await xlsxWith({ cells: '<c r="C1"><f>HYPERLINK("https://evil.example","klik")</f></c>' }));
    writeFileSync(
      join(bilag, 'brev.docx'),
      await docxWith({ body: '<w:p><w:fldSimple w:instr="DDEAUTO cmd &quot;/c calc&quot;"/></w:p>' }),
    );
    writeFileSync(join(bilag, 'side.pdf'), '%PDF-1.4\n<html><script>alert(document.domain)</script></html>');
    writeFileSync(join(bilag, 'side2.pdf'), '<!DOCTYPE html><html><script>alert(1)</script></html>');
    expect((await publicFileErrors(pub, undefined, cacheDir)).map((e) => `${e.file.replace(`${shown}/bilag/`, '')}: ${e.message}`)).toEqual(
      [
        'brev.docx: filen indeholder feltet DDEAUTO, der starter et andet program, som læserens program kan køre eller åbne af sig selv',
        'link.pdf: filen indeholder en handling eller henvisning, der åbner eller henter en anden fil, som læserens program kan køre eller åbne af sig selv',
        'notat.pdf: filen indeholder JavaScript, som læserens program kan køre eller åbne af sig selv',
        'side.pdf: filen kan ikke læses: filen er beskadiget eller ikke en gyldig PDF',
        'side2.pdf: filen kan ikke læses: filen hedder .pdf, men er en webside (HTML)',
        'tal.xlsx: filen indeholder formlen HYPERLINK, som læserens program kan køre eller åbne af sig selv',
      ],
    );
  });

  it('refuses an image in public/bilag/ whose bytes are not that image: a web page or a script in disguise', async () => {
    const { bilag, pub, shown, cacheDir } = folder();
    writeFileSync(join(bilag, 'kort.png'), '<html><body><script>alert(document.domain)</script></body></html>');
    writeFileSync(
      join(bilag, 'foto.jpg'),
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    writeFileSync(join(bilag, 'figur.gif'), PNG);
    writeFileSync(join(bilag, 'tom.webp'), '');
    writeFileSync(join(bilag, 'rigtig.jpeg'), JPEG);
    const errors = await publicFileErrors(pub, undefined, cacheDir);
    expect(errors.map((e) => `${e.file.replace(`${shown}/bilag/`, '')}: ${e.message.split(':')[0]}`)).toEqual([
      'figur.gif: filen hedder .gif, men er et PNG-billede',
      'foto.jpg: filen hedder .jpg, men er en SVG-tegning, som kan indeholde scripts',
      'kort.png: filen hedder .png, men er en webside (HTML)',
      'tom.webp: filen hedder .webp, men er ikke et billede i et format, sitet kender',
    ]);
    expect(formatError(errors[2]!)).toMatch(/forventede et billede i det format, endelsen siger: åbn billedet, og gem det igen som PNG/);
  });

  it('refuses a link anywhere (file or folder), without following it, naming each', async () => {
    const { pub, bilag, shown } = folder();
    symlinkSync('/etc/passwd', join(bilag, 'passwd.txt'));
    symlinkSync('/etc', join(bilag, 'mappe'));
    symlinkSync('/etc/hostname', join(pub, 'robots.txt'));
    expect((await publicFileErrors(pub)).map((e) => `${e.file}:${e.line}:${e.column} ${e.got}`)).toEqual([
      `${shown}/bilag/mappe:1:1 mappe`,
      `${shown}/bilag/passwd.txt:1:1 passwd.txt`,
      `${shown}/robots.txt:1:1 robots.txt`,
    ]);
    expect(formatError((await publicFileErrors(pub))[0]!)).toContain('filen er en genvej (symbolsk link)');
  });

  it('refuses HTML, SVG, XML and script files in public/bilag/, also in sub-folders and in capitals', async () => {
    const { bilag, pub, shown } = folder();
    mkdirSync(join(bilag, 'figurer'));
    const names = ['notat.html', 'kort.SVG', 'figurer/data.xml', 'x.js', 'side.htm', 'uden-endelse'];
    for (const name of names) writeFileSync(join(bilag, name), '<script>alert(document.domain)</script>');
    const errors = await publicFileErrors(pub);
    expect(errors.map((e) => e.file)).toEqual(
      ['figurer/data.xml', 'kort.SVG', 'notat.html', 'side.htm', 'uden-endelse', 'x.js'].map((n) => `${shown}/bilag/${n}`),
    );
    expect(formatError(errors[0]!)).toMatch(/filtypen kan ikke udgives i public\/bilag\/.*forventede et billede eller dokument: PNG, JPG/);
  });

  it('refuses any file outside public/bilag/ that is not one of the site’s own, so none can run script or replace a page', async () => {
    const { pub, shown } = folder();
    const names = ['evil.html', 'x/evil.svg', 'indikatorer/a/index.html', 'data/measurements.csv', 'feed.xml', 'sw.js', 'kort.png'];
    for (const name of names) {
      mkdirSync(join(pub, name, '..'), { recursive: true });
      writeFileSync(join(pub, name), 'FALSKE TAL 99,9');
    }
    const errors = await publicFileErrors(pub);
    expect(errors.map((e) => `${e.file} ${e.got}`)).toEqual(
      ['data/measurements.csv', 'evil.html', 'feed.xml', 'indikatorer/a/index.html', 'kort.png', 'sw.js', 'x/evil.svg'].map(
        (n) => `${shown}/${n} ${n}`,
      ),
    );
    expect(formatError(errors[0]!)).toMatch(
      /filen ligger uden for public\/bilag\/: .*træde i stedet for en side.*favicon\.svg og feed\.css\)$/,
    );
  });

  it('reads the site’s own SVG and CSS for script, event attributes and content from other sites, at the place', async () => {
    const { pub, shown } = folder();
    writeFileSync(
      join(pub, 'favicon.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect onload="alert(1)"/><script>alert(2)</script>\n</svg>',
    );
    writeFileSync(join(pub, 'feed.css'), 'body { color: #000; }\n@import "https://evil.example/x.css";\n');
    expect((await publicFileErrors(pub)).map((e) => `${e.file}:${e.line}:${e.column} ${e.message.split(':')[0]}`)).toEqual([
      `${shown}/favicon.svg:2:8 filen indeholder en on…-attribut (kode, der køres ved en hændelse)`,
      `${shown}/favicon.svg:2:28 filen indeholder et <script>`,
      `${shown}/feed.css:2:1 filen indeholder indhold hentet fra en anden adresse`,
    ]);
  });

  it('refuses formula cells in a CSV in public/bilag/ at their line and cell', async () => {
    const { bilag, pub, shown, cacheDir } = folder();
    writeFileSync(join(bilag, 'tal.csv'), 'År;Note\n2008;ok\n2009;=HYPERLINK("https://evil.example")\n');
    expect((await publicFileErrors(pub, undefined, cacheDir)).map(formatError)).toEqual([
      `${shown}/bilag/tal.csv:3:2: cellen begynder med "=", så et regneark kører den som en formel, når filen åbnes (fik "=HYPERLINK("https://evil.example")", forventede tekst, der ikke begynder med =, +, -, @ eller tabulator: ret cellen i regnearket, og gem filen igen som CSV)`,
    ]);
  });

  it('reports only the files asked about (the pre-commit hook)', async () => {
    const { bilag, pub } = folder();
    writeFileSync(join(bilag, 'a.html'), '<script></script>');
    writeFileSync(join(bilag, 'b.svg'), '<svg/>');
    expect((await publicFileErrors(pub, [join(bilag, 'b.svg')])).map((e) => e.got)).toEqual(['b.svg']);
  });
});
