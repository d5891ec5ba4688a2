/**
 * Reading a received letter's bytes (decode-text.ts), what is literal and what is Markdown
 * (markdown-safety.ts, html-to-text.ts) and the command line (args.ts): each rule on a small input.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, withoutControls } from '../../scripts/lib/import/decode-text.ts';
import { ImportError } from '../../scripts/lib/import/import-error.ts';
import { escapeLiteral, neutraliseMarkdown } from '../../scripts/lib/import/markdown-safety.ts';
import { htmlToText } from '../../scripts/lib/import/html-to-text.ts';
import { plainText } from '../../scripts/lib/import/lines.ts';
import { parseArgs } from '../../scripts/lib/import/args.ts';

const cp1252 = (s: string) =>
  Uint8Array.from([...s].map((c) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, é: 0xe9, '–': 0x96, '”': 0x94, '¿': 0xbf })[c] ?? c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf8 = (s: string) => new TextEncoder().encode(s);

function refusal(bytes: Uint8Array): string {
  try {
    decodeText(bytes, 'brev.txt');
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as Error).message;
  }
  throw new Error('decodeText accepted the bytes');
}

describe('decoding a text export', () => {
  it('reads a UTF-8 file with one pasted Windows-1252 line as UTF-8, that line alone as Windows-1252, and names it', () => {
    const bytes = concat(utf8('Kære udvalg\nVedrørende budget\n'), cp1252('P.S. Husk mødet.\n'));
    const { text, notices } = decodeText(bytes, 'brev.txt');
    expect(text).toBe('Kære udvalg\nVedrørende budget\nP.S. Husk mødet.\n');
    expect(notices).toEqual([expect.stringMatching(/brev\.txt er UTF-8, men linje 3 er ikke: .*Windows-1252.*»P\.S\. Husk mødet\.«/)]);
  });

  it('reads a whole Windows-1252 file, with or without æ, ø and å, as before and without a notice', () => {
    expect(decodeText(cp1252('Kære Søren, på gensyn'), 'brev.txt')).toEqual({ text: 'Kære Søren, på gensyn', notices: [] });
    expect(decodeText(cp1252('Status – café ”citat”'), 'brev.txt').text).toBe('Status – café ”citat”');
  });

  it('refuses bytes that are neither, with the reason and the line', () => {
    // A Mac file: ø is 0xBF (¿ in Windows-1252), – is 0xD0 (Ð).
    expect(refusal(Uint8Array.from([...utf8('Dato\nGr'), 0xd0, 0x20, 0x53, 0xbf, 0x72, 0x65, 0x6e, 0x0a]))).toMatch(
      /linje 2 tegn, der ikke hører/,
    );
    expect(refusal(cp1252('Dato\nHvad ¿ betyder\n'))).toMatch(
      /ikke gemt som UTF-8, og som Windows-1252 giver linje 2 tegn, der ikke hører til et dansk brev/,
    );
  });

  it('reads UTF-16 without a byte-order mark by its zero bytes, and says so', () => {
    const le = Uint8Array.from([...'Kære Claus Juhl, ØKF\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = Uint8Array.from([...'Kære Claus Juhl, ØKF\n'].flatMap((c) => [0, c.charCodeAt(0)]));
    for (const bytes of [le, be]) {
      const { text, notices } = decodeText(bytes, 'brev.txt');
      expect(text).toBe('Kære Claus Juhl, ØKF\n');
      expect(notices[0]).toMatch(/UTF-16 uden byte-rækkefølgemærke/);
    }
  });

  it('refuses a program, random bytes and a renamed PDF or DOCX as not text', () => {
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]);
    expect(refusal(elf)).toMatch(
      /ser ikke ud som tekst \(den indeholder binære tegn\) – er det en PDF- eller DOCX-fil med forkert endelse/,
    );
    const noise = Uint8Array.from({ length: 400 }, (_, i) => (i * 73 + 41) % 256).filter((b) => b !== 0);
    expect(refusal(noise)).toMatch(/ser ikke ud som tekst|ikke gemt som UTF-8/);
    expect(refusal(utf8('%PDF-1.7\n%âãÏÓ\n'))).toMatch(/er ikke en tekstfil, men en PDF-fil – omdøb den, så den ender på \.pdf/);
    expect(refusal(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0]))).toMatch(/en Word-fil \(DOCX\)/);
  });

  it('removes control characters, names them and their lines, and keeps tabs and page breaks', () => {
    const { text, notices } = withoutControls('Linje et\nlodret\u000Btab og klokke\u0007.\n\tcelle\fside 2', 'brev.txt', true);
    expect(text).toBe('Linje et\nlodret\ntab og klokke.\n\tcelle\fside 2');
    expect(notices[0]).toMatch(/styretegn.*U\+000B i linje 2, U\+0007 i linje 2/);
    expect(withoutControls('Ren tekst\n', 'brev.txt', true)).toEqual({ text: 'Ren tekst\n', notices: [] });
  });
});

describe('literal text and Markdown', () => {
  it("escapes what Markdown or HTML would read in a PDF's or DOCX's text, but not inside addresses", () => {
    const text =
      '# Ikke en overskrift\nSe <script>alert(1)</script>, *stjerne*, _under_ og [her](javascript:x)\\\nanne_jensen@bif.kk.dk og https://kk.dk/a_b_c';
    const escaped = escapeLiteral(text);
    expect(escaped).toBe(
      '\\# Ikke en overskrift\nSe \\<script\\>alert(1)\\</script\\>, \\*stjerne\\*, \\_under\\_ og \\[her\\](javascript:x)\\\\\nanne_jensen@bif.kk.dk og https://kk.dk/a_b_c',
    );
    // The parsers read the words as printed.
    expect(escaped.split('\n').map(plainText)).toEqual(text.split('\n'));
  });

  it('keeps the Markdown of a text export, but turns raw HTML and script links into text, naming the lines', () => {
    const md = [
      '**Fed** og [kk.dk](https://kk.dk) og <https://kk.dk>',
      'Se <script>alert(1)</script> og <img src=x onerror=y>',
      'Klik [her](JaVaScRiPt:alert(4)) eller ![x](data:image/png;base64,AA) eller <javascript:alert(8)>',
      '[ref]: vbscript:msgbox',
      'Kode: `<b>`',
    ].join('\n');
    const { text, lines } = neutraliseMarkdown(md);
    expect(text.split('\n')).toEqual([
      '**Fed** og [kk.dk](https://kk.dk) og <https://kk.dk>',
      'Se \\<script>alert(1)\\</script> og \\<img src=x onerror=y>',
      'Klik her eller x eller javascript:alert(8)',
      '',
      'Kode: `<b>`',
    ]);
    expect(lines).toEqual([2, 3, 4]);
  });

  it("keeps a DOCX link's web or e-mail address as a Markdown link; other links keep their text", () => {
    const html =
      '<p>Læs mere på <a href="https://www.kk.dk/integrationsbarometer">barometrets hjemmeside</a>, skriv til <a href="mailto:a@kk.dk">a@kk.dk</a>, ' +
      'se <a href="https://x.dk/a (b)"></a> eller <a href="javascript:alert(1)">denne side</a> og <a href="#_Toc1">afsnit 2</a>.</p>';
    expect(htmlToText(html)).toBe(
      'Læs mere på [barometrets hjemmeside](https://www.kk.dk/integrationsbarometer), skriv til [a@kk.dk](mailto:a@kk.dk), se <https://x.dk/a%20%28b%29> eller denne side og afsnit 2.',
    );
  });

  it('escapes text typed in Word (&lt;script&gt;, *stjerne*, # at the start) but not the Markdown made from its styles', () => {
    const html = '<p>&lt;script&gt; og *stjerne* og <strong>fed</strong></p><p># Ikke en overskrift</p><h2>Overskrift</h2>';
    expect(htmlToText(html)).toBe('\\<script\\> og \\*stjerne\\* og **fed**\n\\# Ikke en overskrift\n\n## Overskrift');
  });
});

describe('command line', () => {
  it('says to quote a path with spaces when its parts make an existing file', () => {
    const exists = (p: string) => p === '/tmp/Mine breve/brev fra Søren.txt';
    expect(parseArgs(['/tmp/Mine', 'breve/brev', 'fra', 'Søren.txt'], exists)).toMatchObject({
      ok: false,
      error:
        'stien indeholder mellemrum, så den blev læst som 4 filer – sæt anførselstegn om den: npm run import -- "/tmp/Mine breve/brev fra Søren.txt"',
    });
    expect(parseArgs(['a.txt', 'b.txt'], () => false)).toMatchObject({
      ok: false,
      error: expect.stringContaining('sæt anførselstegn om den'),
    });
  });
});
