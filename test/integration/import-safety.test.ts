/**
 * npm run import on what an editor may hand it by mistake – a file that is not text, an empty
 * one, a mixed encoding, a wrong --out, a letter the archive already has – and on a draft the
 * check would reject: each is said in Danish with the file named, exit 1 where nothing is written,
 * and the importer's verdict on a draft is the one npm run check gives.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

const SEED = 'test/fixtures/import/seed';
const tmp = () => mkdtempSync(join(tmpdir(), 'import-safety-'));
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:|stoppede uventet/);

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const runImport = (args: string[], env: Record<string, string> = {}) => run('scripts/import.ts', args, env);

/** A content folder holding one of the archive's letters: the published form of seed 003. */
function contentWithLetter(): { content: string; letter: string } {
  const content = join(tmp(), 'content');
  mkdirSync(join(content, 'letters'), { recursive: true });
  const name = '2007-11-20-koncept-og-tema-for-integrationskonferencen.md';
  copyFileSync(join('content/letters', name), join(content, 'letters', name));
  return { content, letter: join(content, 'letters', name) };
}

describe('npm run import refuses what is not a letter', () => {
  it('a program, a renamed PDF and a file of blank lines: exit 1, a reason, nothing written', () => {
    const dir = tmp();
    const cases: [string, Uint8Array | string, RegExp][] = [
      [
        'program.txt',
        Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
        /ser ikke ud som tekst/,
      ],
      ['pdf.txt', '%PDF-1.7\n1 0 obj\n', /er ikke en tekstfil, men en PDF-fil/],
      ['blank.txt', '\n\n  \n\f\n', /indeholder ingen tekst/],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = runImport([join(dir, name), '--out', join(dir, 'ud')]);
      expect(r.code, name).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).toContain(join(dir, name));
      noStack(r.err);
    }
    expect(existsSync(join(dir, 'ud'))).toBe(false);
  });

  it('reads UTF-16 without a byte-order mark, and a UTF-8 file with one Windows-1252 line, saying so', () => {
    const dir = tmp();
    const text = readFileSync(join(SEED, '004_0d157cfb2ce99bbe.txt'), 'utf8');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(dir, 'mixed.txt'), Buffer.concat([Buffer.from(text), Buffer.from('\nP.S. Husk m\xf8det.\n', 'latin1')]));
    const wide = runImport([join(dir, 'utf16.txt'), '--out', join(dir, 'a.md')]);
    expect(wide.code, wide.err).toBe(0);
    expect(wide.out).toContain('er gemt som UTF-16 uden byte-rækkefølgemærke');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain('title: Vedrørende budgetredegørelse for integrationsindsatsen');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).not.toContain('\u0000');
    const mixed = runImport([join(dir, 'mixed.txt'), '--out', join(dir, 'b.md')]);
    expect(mixed.code, mixed.err).toBe(0);
    expect(mixed.out).toMatch(
      /mixed\.txt er UTF-8, men linje \d+ er ikke: tegnet er læst som Windows-1252 \(linje \d+: »P\.S\. Husk mødet\.«\)/,
    );
    const draft = readFileSync(join(dir, 'b.md'), 'utf8');
    expect(draft).toContain('title: Vedrørende budgetredegørelse');
    expect(draft).toContain('P.S. Husk mødet.');
  });
});

describe('npm run import: --out and paths', () => {
  it('refuses an --out that is the letter itself, lies inside a file, or is not .md – and makes no folder', () => {
    const dir = tmp();
    const letter = join(dir, 'brev.txt');
    copyFileSync(join(SEED, '004_0d157cfb2ce99bbe.txt'), letter);
    const cases: [string, RegExp][] = [
      [letter, /--out .*brev\.txt er en fil, men skal være en mappe eller en \.md-fil – intet er skrevet/],
      [join(letter, 'x.md'), /brev\.txt er en fil, men skal være en mappe til x\.md – intet er skrevet/],
      [
        join(dir, 'foo.txt'),
        /--out .*foo\.txt har endelsen \.txt, men kladden skal være en \.md-fil – intet er skrevet. Angiv fx --out .*foo\.md/,
      ],
    ];
    for (const [out, message] of cases) {
      const r = runImport([letter, '--out', out]);
      expect(r.code, out).toBe(1);
      expect(r.err).toMatch(message);
      noStack(r.err);
    }
    expect(readdirSync(dir)).toEqual(['brev.txt']);
    expect(readFileSync(letter, 'utf8')).toBe(readFileSync(join(SEED, '004_0d157cfb2ce99bbe.txt'), 'utf8'));
  });

  it('says in Danish when the folder cannot be written to', () => {
    const dir = tmp();
    const locked = join(dir, 'låst');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    // root writes anyway; /proc takes no new files on Linux.
    const out = process.getuid?.() === 0 ? (existsSync('/proc/self') ? '/proc/kladde.md' : undefined) : join(locked, 'kladde.md');
    if (!out) return;
    const r = runImport([join(SEED, '004_0d157cfb2ce99bbe.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/kladde\.md kan ikke skrives: .* – intet er skrevet\. Vælg en anden mappe med --out/);
    noStack(r.err);
  });

  it('says what to do about a missing file and a path with spaces not in quotes', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'Mine breve'));
    copyFileSync(join(SEED, '004_0d157cfb2ce99bbe.txt'), join(dir, 'Mine breve', 'brev fra Søren.txt'));
    const missing = runImport([join(dir, 'brev.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/findes ikke – tjek stavningen og mappen, eller træk filen .* ind i terminalvinduet/);
    const near = runImport([join(dir, 'Mine breve', 'brev fra Søren.pdf')]);
    expect(near.err).toContain(`mente du ${join(dir, 'Mine breve', 'brev fra Søren.txt')}?`);
    const split = runImport(join(dir, 'Mine breve', 'brev fra Søren.txt').split(' '));
    expect(split.code).toBe(1);
    expect(split.err).toContain(`sæt anførselstegn om den: npm run import -- "${join(dir, 'Mine breve', 'brev fra Søren.txt')}"`);
  });
});

describe('npm run import and the archive', () => {
  it('stops before writing a letter the archive already has under another name, unless --force or --out', () => {
    const { content, letter } = contentWithLetter();
    const env = { BAROMETER_CONTENT_DIR: content };
    const r = runImport([join(SEED, '003_efada6363d51edbe.txt')], env);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`brevet ser ud til at findes allerede som ${letter} (samme dok.nr. 2007-432793) – intet er skrevet`);
    noStack(r.err);
    expect(readdirSync(join(content, 'letters'))).toHaveLength(1);
    const forced = runImport([join(SEED, '003_efada6363d51edbe.txt'), '--force'], env);
    expect(forced.code, forced.err).toBe(0);
    expect(readdirSync(join(content, 'letters'))).toHaveLength(2);
  });

  it("gives the check's verdict on the draft: its dok.nr. in another letter, and control characters gone", () => {
    const { content, letter } = contentWithLetter();
    const env = { BAROMETER_CONTENT_DIR: content };
    const source = join(tmp(), 'brev.txt');
    const text = readFileSync(join(SEED, '003_efada6363d51edbe.txt'), 'utf8').replace('Konferencen har', 'Konferencen\u0007 har\u000B');
    writeFileSync(source, text);
    const draft = join(content, 'letters', '2007-11-20-kopi.md');
    const r = runImport([source, '--out', draft], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(
      /indeholder styretegn, som ikke kan vises \(U\+0007 i linje \d+, U\+000B i linje \d+\); de er fjernet fra kladden/,
    );
    const written = readFileSync(draft, 'utf8');
    expect(written.includes('\u0007') || written.includes('\u000B')).toBe(false);
    const clash = `dok.nr. bruges også af ${letter}`;
    expect(r.out).toContain('Tjekket fandt også disse fejl:');
    expect(r.out).toContain(clash);
    expect(r.out).not.toContain('Tjekket godkender kladden');
    // npm run check on the same file says the same.
    const check = run('scripts/check.ts', [draft], env);
    expect(check.code).toBe(1);
    expect(check.err).toContain(clash);
    expect(check.err).not.toMatch(/styretegn/);
  });
});

/**
 * A two-page letter as a word processor prints it: the administration's name at the top and the
 * address with »Side n af 2« at the foot of each page, a paragraph running over the page break,
 * and a short last page (one paragraph and the signature).
 */
async function pagedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [
    [
      ['Socialudvalget', 'Sundheds- og Omsorgsudvalget'],
      ['Dato: 03-12-2026'],
      ['Sagsnr.: 2026-0012345'],
      ['Status for integrationsbarometret 2026'],
      [
        'Forvaltningen har i året arbejdet videre med indsatserne på alle seks områder, og',
        'resultaterne følges tæt af udvalget, som har drøftet dem på to møder i løbet af',
      ],
    ],
    [
      ['efteråret og vil vende tilbage til dem i foråret.'],
      ['Udvalget bedes tage status til efterretning.'],
      ['Venlig hilsen'],
      ['Anne Jensen', 'Kontorchef'],
    ],
  ];
  pages.forEach((paras, i) => {
    const page = doc.addPage([595, 842]);
    page.drawText('Københavns Kommune · Beskæftigelses- og Integrationsforvaltningen', { x: 50, y: 810, size: 9, font });
    page.drawText(`Bernstorffsgade 17, 3. · 1592 København V. · Side ${i + 1} af 2`, { x: 50, y: 30, size: 9, font });
    let y = 760;
    for (const para of paras) {
      for (const line of para) {
        page.drawText(line, { x: 50, y, size: 10, font });
        y -= 14;
      }
      y -= 12;
    }
  });
  return doc.save();
}

describe('npm run import: a PDF of several pages', () => {
  it('leaves out the header and footer of each page, joins the paragraph the page break split, and keeps paragraphs on a short page', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'brev.pdf'), await pagedPdf());
    const r = runImport([join(dir, 'brev.pdf'), '--out', join(dir, 'brev.md'), '--no-original']);
    expect(r.code, r.err).toBe(0);
    const body = readFileSync(join(dir, 'brev.md'), 'utf8').split(/^---$/m)[2] ?? '';
    expect(body).not.toMatch(/Side \d af 2|Bernstorffsgade|Københavns Kommune/);
    expect(body).toContain('i løbet af efteråret og vil vende tilbage til dem i foråret.');
    expect(body).toContain('foråret.\n\nUdvalget bedes tage status til efterretning.\n\nVenlig hilsen\n\nAnne Jensen\\\nKontorchef');
    expect(r.out).toMatch(
      /sidehoveder, sidefødder og sidetal, der gentages på siderne i brev\.pdf, er udeladt af teksten: »Bernstorffsgade 17, 3\. · 1592 København V\. · Side 1 af 2« \(linje \d+, \d+\); »Københavns Kommune · Beskæftigelses- og Integrationsforvaltningen« \(linje \d+\)/,
    );
  });
});
