/**
 * Rule: the files in public/ are copied into the site as they are, outside the pages and their
 * Content-Security-Policy. So nothing there may be a symbolic link (the build would copy whatever
 * it points to on the build machine, /etc/passwd or the repository's .git/config, into the site),
 * and public/bilag/, the editors' folder for images and linked files, holds only types a browser
 * shows without running anything: HTML, SVG, XML or JavaScript there would run script on the
 * site's own address. A CSV there must not hold cells a spreadsheet runs as formulas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { csvFormulaErrors } from './csv-formulas.ts';
import { IGNORED_FILES } from './rules/stray-files.ts';

/** The editors' folder inside public/. */
export const EDITOR_FOLDER = 'bilag';

/** Images a page may show, and the documents a letter may link to (as its own attachments). */
export const PUBLIC_FILE_TYPES: readonly string[] = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'pdf', 'docx', 'xlsx', 'csv'];

const TYPES_TEXT = `${PUBLIC_FILE_TYPES.slice(0, -1)
  .map((t) => t.toUpperCase())
  .join(', ')} eller ${PUBLIC_FILE_TYPES.at(-1)?.toUpperCase()}`;

function at(file: string, message: string, got: string, expected: string, line = 1, column = 1): ValidationError {
  return { file, line, column, message, got, expected };
}

function walk(dir: string, out: { path: string; link: boolean }[] = []): { path: string; link: boolean }[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    // A link is reported and never followed (a linked folder could lead anywhere).
    if (e.isSymbolicLink()) out.push({ path, link: true });
    else if (e.isDirectory()) walk(path, out);
    else if (e.isFile()) out.push({ path, link: false });
  }
  return out;
}

/**
 * The problems in `publicDir` (public/ of the repository). `only`: report only these files (the
 * pre-commit hook), as paths relative to the working directory or absolute.
 */
export function publicFileErrors(publicDir: string, only?: readonly string[]): ValidationError[] {
  if (!existsSync(publicDir)) return [];
  const wanted = only ? new Set(only.map((p) => resolve(p))) : undefined;
  const errors: ValidationError[] = [];
  for (const { path, link } of walk(publicDir)) {
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
    const inEditorFolder = relative(publicDir, path).split(sep)[0] === EDITOR_FOLDER;
    if (!inEditorFolder || IGNORED_FILES.has(name)) continue;
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
    if (ext === 'csv')
      errors.push(...csvFormulaErrors(file, readFileSync(path, 'utf8'), 'filen', 'ret cellen i regnearket, og gem filen igen som CSV'));
  }
  return sortErrors(errors);
}
