/**
 * Rule: the files in public/ are copied into the site as they are, outside the pages and their
 * Content-Security-Policy. So nothing there may be a symbolic link (the build would copy whatever
 * it points to on the build machine, /etc/passwd or the repository's .git/config, into the site),
 * and public/bilag/, the editors' folder for images and linked files, holds only types a browser
 * shows without running anything: HTML, SVG, XML or JavaScript there would run script on the
 * site's own address. The type is what the bytes say, not only the name (an HTML page or an SVG
 * with a script saved as kort.png is refused), and a document there is judged by the same rules as
 * a letter's own files (document-errors.ts): readable as what its name says, and nothing a reader's
 * program would run or open by itself (JavaScript in a PDF, a HYPERLINK formula, a DDE field).
 * Outside public/bilag/ only the site's own files (SITE_FILES) may lie: any other file could run
 * script on the site's address, or silently take the place of a page, download or feed the build
 * writes (public/indikatorer/…/index.html, public/data/measurements.csv, public/feed.xml). The site's
 * own SVG and CSS files are read for anything that could run script or load from another site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { imageMismatch, isImageExtension } from '../../../src/lib/attachments/file-bytes.ts';
import { kindOfName } from '../../../src/lib/attachments/kinds.ts';
import { documentErrors } from './document-errors.ts';
import { IGNORED_FILES } from './rules/stray-files.ts';
import { nameEncodingError } from './rules/name-encoding.ts';
import { readDir } from './dir-entries.ts';

/** The editors' folder inside public/. */
export const EDITOR_FOLDER = 'bilag';

/** Images a page may show, and the documents a letter may link to (as its own attachments). */
export const PUBLIC_FILE_TYPES: readonly string[] = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'pdf', 'docx', 'xlsx', 'csv'];

/**
 * The site's own files outside public/bilag/, as paths under public/. A developer adds a file here
 * in the same change that adds it to public/; an editor's file belongs in public/bilag/.
 */
export const SITE_FILES: readonly string[] = ['favicon.svg', 'feed.css'];

/** What in an SVG or CSS file could run script, or fetch from another site, when a browser opens it. */
const ACTIVE_CONTENT: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*script\b/i, what: 'et <script>' },
  { pattern: /<\s*(foreignObject|iframe|embed|object)\b/i, what: 'et indlejret dokument' },
  { pattern: /\son[a-z]+\s*=/i, what: 'en on…-attribut (kode, der køres ved en hændelse)' },
  { pattern: /(java|vb)script\s*:|data\s*:\s*text\/html/i, what: 'en javascript:-adresse' },
  { pattern: /(href|src)\s*=\s*["']?\s*(https?:)?\/\//i, what: 'en henvisning til en anden adresse' },
  { pattern: /@import|url\(\s*["']?\s*(https?:)?\/\//i, what: 'indhold hentet fra en anden adresse' },
];

/** Line and column of `index` in `text`, 1-based. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function activeContentErrors(file: string, text: string): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const { pattern, what } of ACTIVE_CONTENT) {
    const m = pattern.exec(text);
    if (!m) continue;
    const { line, column } = position(text, m.index);
    errors.push(
      at(
        file,
        `filen indeholder ${what}: den udgives uden for sidernes beskyttelse og kan køre kode eller hente indhold på sitets adresse`,
        text.slice(m.index, m.index + 40).split('\n')[0] ?? '',
        'en fil uden scripts, hændelsesattributter og adresser på andre sites',
        line,
        column,
      ),
    );
  }
  return errors;
}

const TYPES_TEXT = `${PUBLIC_FILE_TYPES.slice(0, -1)
  .map((t) => t.toUpperCase())
  .join(', ')} eller ${PUBLIC_FILE_TYPES.at(-1)?.toUpperCase()}`;

function at(file: string, message: string, got: string, expected: string, line = 1, column = 1): ValidationError {
  return { file, line, column, message, got, expected };
}

function walk(dir: string, out: { path: string; link: boolean }[] = [], badNames: ValidationError[] = []) {
  const { entries, unreadable } = readDir(dir);
  for (const u of unreadable) badNames.push(nameEncodingError(displayPath(dir), u.bytes, u.folder));
  for (const e of entries) {
    // A link is reported and never followed (a linked folder could lead anywhere).
    if (e.kind === 'link') out.push({ path: e.path, link: true });
    else if (e.kind === 'folder') walk(e.path, out, badNames);
    else if (e.kind === 'file') out.push({ path: e.path, link: false });
  }
  return { files: out, badNames };
}

/** An image whose bytes are not the image its name says. */
function imageErrors(file: string, name: string, ext: string, path: string): ValidationError[] {
  // The first bytes say what a file is; an image's header is in its first few hundred.
  const mismatch = imageMismatch(ext, readFileSync(path).subarray(0, 4096));
  if (!mismatch) return [];
  return [
    at(
      file,
      `filen hedder .${ext}, men er ${mismatch}: sitet udgiver den, som den er, og en browser ville vise den som det, den er`,
      name,
      `et billede i det format, endelsen siger: åbn billedet, og gem det igen som ${ext.toUpperCase()} (en SVG-figur som PNG)`,
    ),
  ];
}

/**
 * The problems in `publicDir` (public/ of the repository). `only`: report only these files (the
 * pre-commit hook), as paths relative to the working directory or absolute. `cacheDir`: where the
 * documents' extracted texts are cached (default: the build's cache).
 */
export async function publicFileErrors(publicDir: string, only?: readonly string[], cacheDir?: string): Promise<ValidationError[]> {
  if (!existsSync(publicDir)) return [];
  const wanted = only ? new Set(only.map((p) => resolve(p))) : undefined;
  const { files, badNames } = walk(publicDir);
  // Always: a name that is not UTF-8 cannot be given as an argument (git hands the hook a »�« name).
  const errors: ValidationError[] = [...badNames];
  for (const { path, link } of files) {
    if (wanted && !wanted.has(resolve(path))) continue;
    const file = displayPath(path);
    const name = path.split(sep).at(-1) ?? '';
    if (link) {
      errors.push(
        at(
          file,
          'filen er en genvej (symbolsk link): sitet ville udgive det, den peger på, fra den maskine, der bygger sitet',
          name,
          'selve filen i mappen, eller slet genvejen',
        ),
      );
      continue;
    }
    const rel = relative(publicDir, path).split(sep);
    if (IGNORED_FILES.has(name)) continue;
    if (rel[0] !== EDITOR_FOLDER) {
      const sitePath = rel.join('/');
      if (!SITE_FILES.includes(sitePath)) {
        errors.push(
          at(
            file,
            `filen ligger uden for public/${EDITOR_FOLDER}/: den ville blive udgivet som den er og kunne køre kode på sitets adresse eller træde i stedet for en side, et datasæt eller et feed, sitet selv laver`,
            sitePath,
            `billeder og dokumenter i public/${EDITOR_FOLDER}/ (${TYPES_TEXT}); sitets egne filer her er kun ${SITE_FILES.join(' og ')}`,
          ),
        );
      } else if (/\.(svg|css)$/i.test(name)) errors.push(...activeContentErrors(file, readFileSync(path, 'utf8')));
      continue;
    }
    const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    if (!PUBLIC_FILE_TYPES.includes(ext)) {
      errors.push(
        at(
          file,
          `filtypen kan ikke udgives i public/${EDITOR_FOLDER}/: en HTML-, SVG-, XML- eller scriptfil kan køre kode på sitets adresse, og andre typer kan sitet ikke vise`,
          name,
          `et billede eller dokument: ${TYPES_TEXT} – gem fx en SVG-figur som PNG og en HTML-side som PDF`,
        ),
      );
      continue;
    }
    const kind = kindOfName(name);
    if (kind)
      errors.push(
        ...(await documentErrors(path, file, kind, {
          noun: 'filen',
          csvFix: 'ret cellen i regnearket, og gem filen igen som CSV',
          cacheDir,
        })),
      );
    else if (isImageExtension(ext)) errors.push(...imageErrors(file, name, ext, path));
  }
  return sortErrors(errors);
}
