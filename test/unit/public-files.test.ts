/**
 * public/ is copied into the site as it is: the check refuses links anywhere in it, and in the
 * editors' folder public/bilag/ every type that could run script on the site's address, and CSV
 * cells a spreadsheet runs as formulas.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicFileErrors } from '../../scripts/lib/check/public-files.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { displayPath } from '../../src/loaders/barometer.ts';

function folder(): { pub: string; bilag: string; shown: string } {
  const pub = join(mkdtempSync(join(tmpdir(), 'public-files-')), 'public');
  const bilag = join(pub, 'bilag');
  mkdirSync(bilag, { recursive: true });
  return { pub, bilag, shown: displayPath(pub) };
}

describe('the check of public/', () => {
  it('accepts images and documents in public/bilag/ and the site’s own files beside it', () => {
    const { pub, bilag } = folder();
    writeFileSync(join(pub, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const name of ['kort.png', 'foto.JPG', 'notat.pdf', 'tal.csv']) writeFileSync(join(bilag, name), 'År;Antal\n2008;-2,5\n');
    writeFileSync(join(bilag, '.DS_Store'), '');
    expect(publicFileErrors(pub)).toEqual([]);
  });

  it('refuses a link anywhere (file or folder), without following it, naming each', () => {
    const { pub, bilag, shown } = folder();
    symlinkSync('/etc/passwd', join(bilag, 'passwd.txt'));
    symlinkSync('/etc', join(bilag, 'mappe'));
    symlinkSync('/etc/hostname', join(pub, 'robots.txt'));
    expect(publicFileErrors(pub).map((e) => `${e.file}:${e.line}:${e.column} ${e.got}`)).toEqual([
      `${shown}/bilag/mappe:1:1 mappe`,
      `${shown}/bilag/passwd.txt:1:1 passwd.txt`,
      `${shown}/robots.txt:1:1 robots.txt`,
    ]);
    expect(formatError(publicFileErrors(pub)[0]!)).toContain('filen er en genvej (symbolsk link)');
  });

  it('refuses HTML, SVG, XML and script files in public/bilag/, also in sub-folders and in capitals', () => {
    const { bilag, pub, shown } = folder();
    mkdirSync(join(bilag, 'figurer'));
    const names = ['notat.html', 'kort.SVG', 'figurer/data.xml', 'x.js', 'side.htm', 'uden-endelse'];
    for (const name of names) writeFileSync(join(bilag, name), '<script>alert(document.domain)</script>');
    const errors = publicFileErrors(pub);
    expect(errors.map((e) => e.file)).toEqual(
      ['figurer/data.xml', 'kort.SVG', 'notat.html', 'side.htm', 'uden-endelse', 'x.js'].map((n) => `${shown}/bilag/${n}`),
    );
    expect(formatError(errors[0]!)).toMatch(/filtypen kan ikke udgives i public\/bilag\/.*forventede et billede eller dokument: PNG, JPG/);
  });

  it('refuses any file outside public/bilag/ that is not one of the site’s own, so none can run script or replace a page', () => {
    const { pub, shown } = folder();
    const names = ['evil.html', 'x/evil.svg', 'indikatorer/a/index.html', 'data/measurements.csv', 'feed.xml', 'sw.js', 'kort.png'];
    for (const name of names) {
      mkdirSync(join(pub, name, '..'), { recursive: true });
      writeFileSync(join(pub, name), 'FALSKE TAL 99,9');
    }
    const errors = publicFileErrors(pub);
    expect(errors.map((e) => `${e.file} ${e.got}`)).toEqual(
      ['data/measurements.csv', 'evil.html', 'feed.xml', 'indikatorer/a/index.html', 'kort.png', 'sw.js', 'x/evil.svg'].map(
        (n) => `${shown}/${n} ${n}`,
      ),
    );
    expect(formatError(errors[0]!)).toMatch(
      /filen ligger uden for public\/bilag\/: .*træde i stedet for en side.*favicon\.svg og feed\.css\)$/,
    );
  });

  it('reads the site’s own SVG and CSS for script, event attributes and content from other sites, at the place', () => {
    const { pub, shown } = folder();
    writeFileSync(
      join(pub, 'favicon.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect onload="alert(1)"/><script>alert(2)</script>\n</svg>',
    );
    writeFileSync(join(pub, 'feed.css'), 'body { color: #000; }\n@import "https://evil.example/x.css";\n');
    expect(publicFileErrors(pub).map((e) => `${e.file}:${e.line}:${e.column} ${e.message.split(':')[0]}`)).toEqual([
      `${shown}/favicon.svg:2:8 filen indeholder en on…-attribut (kode, der køres ved en hændelse)`,
      `${shown}/favicon.svg:2:28 filen indeholder et <script>`,
      `${shown}/feed.css:2:1 filen indeholder indhold hentet fra en anden adresse`,
    ]);
  });

  it('refuses formula cells in a CSV in public/bilag/ at their line and cell', () => {
    const { bilag, pub, shown } = folder();
    writeFileSync(join(bilag, 'tal.csv'), 'År;Note\n2008;ok\n2009;=HYPERLINK("https://evil.example")\n');
    expect(publicFileErrors(pub).map(formatError)).toEqual([
      `${shown}/bilag/tal.csv:3:2: cellen begynder med "=", så et regneark kører den som en formel, når filen åbnes (fik "=HYPERLINK("https://evil.example")", forventede tekst, der ikke begynder med =, +, -, @ eller tabulator: ret cellen i regnearket, og gem filen igen som CSV)`,
    ]);
  });

  it('reports only the files asked about (the pre-commit hook)', () => {
    const { bilag, pub } = folder();
    writeFileSync(join(bilag, 'a.html'), '<script></script>');
    writeFileSync(join(bilag, 'b.svg'), '<svg/>');
    expect(publicFileErrors(pub, [join(bilag, 'b.svg')]).map((e) => e.got)).toEqual(['b.svg']);
  });
});
