/**
 * One document (PDF, DOCX, XLSX, CSV) judged as the site publishes it, byte for byte: readable as
 * what its name says (its first bytes, its structure, UTF-8 for a CSV), nothing a reader's program
 * would run or open by itself, and no CSV cell a spreadsheet runs as a formula. The same rules for a
 * letter's own files (attachment-files.ts) and the editors' files in public/bilag/ (public-files.ts).
 * Reading fills the build's text cache (src/loaders/attachments.ts), so a file is judged once per
 * content.
 */
import { readFileSync } from 'node:fs';
import type { ValidationError } from '../../../src/lib/data/errors.ts';
import type { AttachmentKind } from '../../../src/lib/attachments/kinds.ts';
import { AttachmentReadError } from '../../../src/lib/attachments/text.ts';
import { readAttachment } from '../../../src/loaders/attachments.ts';
import { activeContentMessage, ACTIVE_FIX } from './active-content-words.ts';
import { csvFormulaErrors } from './csv-formulas.ts';

/** How to make a file readable, by kind. */
const READABLE: Record<AttachmentKind, string> = {
  pdf: 'en PDF, der kan åbnes uden adgangskode: gem den igen som PDF fra det program, den kom fra',
  docx: 'et Word-dokument: åbn det i Word, og gem det igen som .docx',
  xlsx: 'et Excel-regneark: åbn det i Excel, og gem det igen som .xlsx',
  csv: 'en CSV-fil gemt som »CSV UTF-8 (kommasepareret) (*.csv)«',
};

export interface DocumentOptions {
  /** How a message names the file: »bilaget« (a letter's) or »filen«. */
  noun: string;
  /** What to do about a formula cell in a CSV. */
  csvFix: string;
  /** Where extracted texts are cached; default: the build's cache. */
  cacheDir?: string | undefined;
}

export async function documentErrors(
  path: string,
  file: string,
  kind: AttachmentKind,
  options: DocumentOptions,
): Promise<ValidationError[]> {
  const name = file.split('/').at(-1) ?? file;
  const at = (message: string, expected: string): ValidationError => ({ file, line: 1, column: 1, message, got: name, expected });
  let active: readonly string[];
  try {
    active = (await readAttachment(path, kind, options.cacheDir)).text.active ?? [];
  } catch (err) {
    if (!(err instanceof AttachmentReadError)) throw err;
    return [at(`filen kan ikke læses: ${err.reason}`, err.expected ?? READABLE[kind])];
  }
  const errors: ValidationError[] = [];
  if (active.length > 0) errors.push(at(activeContentMessage(active, options.noun), ACTIVE_FIX[kind] ?? ''));
  if (kind === 'csv') errors.push(...csvFormulaErrors(file, readFileSync(path, 'utf8'), options.noun, options.csvFix));
  return errors;
}
