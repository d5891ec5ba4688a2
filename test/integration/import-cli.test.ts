/** npm run import as an editor runs it: files written or refused, messages in Danish, no stack traces. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { letterDocx, letterPdf, scannedPdf } from '../helpers/import-fixture-files.ts';

const SEED = 'test/fixtures/import/seed/004_0d157cfb2ce99bbe.txt';

function runImport(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'import-test-'));
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:/);

describe('npm run import', () => {
  it('writes a draft, reports what to review, and never overwrites without --force', () => {
    const out = tmp();
    const first = runImport([SEED, '--out', out]);
    expect(first.code).toBe(0);
    const file = join(out, '2007-03-26-budgetredegoerelse-for-integrationsindsatsen.md');
    expect(first.out).toContain(`→ ${file}`);
    expect(first.out).toMatch(/Tjek disse værdier/);
    const draft = readFileSync(file, 'utf8');
    expect(draft).toContain('sagsnr: "2006-742"');
    writeFileSync(file, 'redigeret af redaktøren');
    const again = runImport([SEED, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('findes allerede – intet er skrevet');
    noStack(again.err);
    expect(readFileSync(file, 'utf8')).toBe('redigeret af redaktøren');
    expect(runImport([SEED, '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(draft);
  });

  it('lists the marked fields with file:line:column, from the check', () => {
    const out = tmp();
    const r = runImport(['test/fixtures/import/own/c-hoeringssvar-uden-sagsnr.txt', '--out', join(out, 'brev.md')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(`${join(out, 'brev.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: sagsnr – sagsnummeret blev ikke fundet`),
    );
  });

  it('explains bad input in Danish without a stack trace', () => {
    const dir = tmp();
    const cases: [string, RegExp][] = [
      [join(dir, 'findes-ikke.txt'), /filen .* findes ikke/],
      [join(dir, 'brev.doc'), /\.doc-filer kan ikke læses – gem brevet som \.docx eller PDF/],
      [join(dir, 'brev.docx'), /kan ikke læses som DOCX/],
      [join(dir, 'brev.pdf'), /kan ikke læses som PDF/],
    ];
    writeFileSync(join(dir, 'brev.doc'), 'x');
    writeFileSync(join(dir, 'brev.docx'), 'ikke en zip-fil');
    writeFileSync(join(dir, 'brev.pdf'), 'ikke en pdf');
    for (const [file, message] of cases) {
      const r = runImport([file, '--out', dir]);
      expect(r.code, file).toBe(1);
      expect(r.err).toMatch(message);
      noStack(r.err);
    }
    expect(runImport([]).err).toContain('angiv brevet');
  });

  it('reads a PDF with a text layer and a DOCX', async () => {
    const dir = tmp();
    const text = readFileSync(SEED, 'utf8');
    writeFileSync(join(dir, 'brev.pdf'), await letterPdf(text));
    writeFileSync(join(dir, 'brev.docx'), await letterDocx(text));
    for (const name of ['brev.pdf', 'brev.docx']) {
      const ext = name.split('.')[1] ?? '';
      const out = join(dir, 'kladder', `brev-${ext}.md`);
      const r = runImport([join(dir, name), '--out', out]);
      expect(r.code, r.err).toBe(0);
      const draft = readFileSync(out, 'utf8');
      // The file as received is copied beside the draft, byte for byte, and declared in it.
      const copy = join(dir, 'kladder', `brev-${ext}`, `original.${ext}`);
      expect(readFileSync(copy).equals(readFileSync(join(dir, name)))).toBe(true);
      expect(draft).toMatch(new RegExp(`^original: original\\.${ext} # tjek: den modtagne fil udgives med brevet`, 'm'));
      expect(r.out).toContain(`Originalen er kopieret til ${copy}`);
      expect(draft).toContain('doknr: "2007-86327"');
      expect(draft).toContain('name: Morten Binder');
      expect(draft).toContain(`som det blev modtaget (${name.endsWith('pdf') ? 'PDF' : 'DOCX'})`);
      expect(draft).toContain(`sourceFile: ${name}`);
    }
    // --no-original writes the draft alone.
    const solo = join(dir, 'solo.md');
    expect(runImport([join(dir, 'brev.pdf'), '--out', solo, '--no-original']).code).toBe(0);
    expect(readFileSync(solo, 'utf8')).not.toContain('original:');
    expect(existsSync(join(dir, 'solo'))).toBe(false);
    // An original already there stops the import before anything is written: not even the draft.
    mkdirSync(join(dir, 'taget'));
    writeFileSync(join(dir, 'taget', 'original.pdf'), 'redaktørens fil');
    const clash = runImport([join(dir, 'brev.pdf'), '--out', join(dir, 'taget.md')]);
    expect(clash.code).toBe(1);
    expect(clash.err).toContain(`${join(dir, 'taget', 'original.pdf')} findes allerede – intet er skrevet`);
    noStack(clash.err);
    expect(existsSync(join(dir, 'taget.md'))).toBe(false);
  });

  it('says a PDF without a text layer has none, writes nothing, and uses OCR only when installed', async () => {
    const dir = tmp();
    const pdf = join(dir, 'scannet.pdf');
    writeFileSync(pdf, await scannedPdf());
    const bare = runImport([pdf, '--out', join(dir, 'a.md')], { PATH: dirname(process.execPath) });
    expect(bare.code).toBe(1);
    expect(bare.err).toContain('har intet tekstlag');
    expect(bare.err).toContain('tesseract');
    noStack(bare.err);
    expect(existsSync(join(dir, 'a.md'))).toBe(false);

    // Stand-ins for pdftoppm and tesseract: the importer must find them on PATH and use their text.
    const bin = join(dir, 'bin');
    spawnSync('mkdir', [bin]);
    writeFileSync(join(bin, 'pdftoppm'), '#!/bin/sh\nfor last; do :; done\ntouch "$last-1.png"\n');
    writeFileSync(
      join(bin, 'tesseract'),
      `#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo dan; exit 0; fi\ncat '${join(process.cwd(), SEED)}'\n`,
    );
    chmodSync(join(bin, 'pdftoppm'), 0o755);
    chmodSync(join(bin, 'tesseract'), 0o755);
    const ocr = runImport([pdf, '--out', join(dir, 'b.md')], { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin` });
    expect(ocr.code, ocr.err).toBe(0);
    expect(ocr.out).toContain('(PDF (OCR))');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain('sagsnr: "2006-742"');
  });
});

describe('check rule: review markers', () => {
  const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
  it("refuses a TODO value with file:line:column, instead of the schema's message for the same field", () => {
    const text =
      '---\ntitle: Brev\ndate: "TODO: datoen blev ikke fundet"\nsagsnr: "1"\nsender:\n  name: A B\n  organisation: "TODO: skriv forkortelsen"\n---\n\nTekst.\n';
    const errors = checkContentFile(text, 'content/letters/x.md', 'letters', ctx);
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [3, 1, 'feltet "date" er markeret til gennemsyn og endnu ikke udfyldt'],
      [7, 3, 'feltet "sender.organisation" er markeret til gennemsyn og endnu ikke udfyldt'],
    ]);
    expect(errors[0]?.got).toBe('TODO: datoen blev ikke fundet');
  });
  it('leaves the word TODO inside ordinary text alone', () => {
    const text = '---\ntitle: Listen over TODO-punkter\ndate: 2009-04-02\nsagsnr: "1"\n---\n\nTekst.\n';
    expect(checkContentFile(text, 'content/letters/x.md', 'letters', ctx)).toEqual([]);
  });
});
