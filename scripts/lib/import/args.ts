import { existsSync } from 'node:fs';

/** Command-line arguments of `npm run import -- <fil> [--out <fil eller mappe>] [--force]`. */
export interface ImportArgs {
  file: string;
  out?: string;
  force: boolean;
  /** Leave a PDF/DOCX original out (it may hold what must not be published). */
  noOriginal: boolean;
}

export type ParsedArgs = { ok: true; args: ImportArgs } | { ok: false; help: boolean; error?: string };

/**
 * `exists`: whether a path is there. A path with spaces, not in quotes, arrives as several
 * arguments; when they make an existing path again, the message says to quote it.
 */
export function parseArgs(argv: readonly string[], exists: (path: string) => boolean = existsSync): ParsedArgs {
  const files: string[] = [];
  let out: string | undefined;
  let force = false;
  let noOriginal = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') continue;
    if (a === '--help' || a === '-h') return { ok: false, help: true };
    if (a === '--force' || a === '-f') force = true;
    else if (a === '--no-original') noOriginal = true;
    else if (a === '--out' || a === '-o') {
      out = argv[++i];
      if (!out)
        return { ok: false, help: false, error: '--out mangler en fil eller mappe, fx --out content/letters/2009-04-02-opsamling.md' };
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a.startsWith('-'))
      return { ok: false, help: false, error: `ukendt tilvalg "${a}" – brug --out, --force, --no-original eller --help` };
    else files.push(a);
  }
  if (files.length === 0) return { ok: false, help: false, error: 'angiv brevet, der skal importeres, fx npm run import -- brev.pdf' };
  if (files.length > 1) {
    const joined = files.join(' ');
    if (exists(joined))
      return {
        ok: false,
        help: false,
        error: `stien indeholder mellemrum, så den blev læst som ${files.length} filer – sæt anførselstegn om den: npm run import -- "${joined}"`,
      };
    return {
      ok: false,
      help: false,
      error: `importér ét brev ad gangen (fik ${files.length} filer: ${files.join(', ')}). Er det én sti med mellemrum, så sæt anførselstegn om den, fx npm run import -- "Mine breve/brev.pdf"`,
    };
  }
  const args: ImportArgs = { file: files[0] ?? '', force, noOriginal };
  if (out) args.out = out;
  return { ok: true, args };
}

export const USAGE = `Brug: npm run import -- <brev> [--out <fil.md eller mappe>] [--force] [--no-original]

Læser et modtaget brev (.txt/.md-tekstudgave, PDF med tekstlag eller DOCX) og skriver en kladde
content/letters/ÅÅÅÅ-MM-DD-titel.md med brevets oplysninger udfyldt. Felter, importen ikke kan
finde, står som »TODO: …« og skal udfyldes, før npm run check godkender brevet.

  --out <sti>   skriv kladden til denne fil (.md) eller i denne mappe
  --force       overskriv en eksisterende fil (ellers stopper importen)
  --no-original kopiér ikke PDF'en eller DOCX'en med; ellers lægges den ved siden af kladden som
                content/letters/<brev>/original.pdf (eller .docx) og udgives med brevet
`;
