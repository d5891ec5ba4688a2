import { INVISIBLE } from '../format/escape.ts';
import { charCode } from './rules/hidden-chars.ts';

/**
 * One problem an editor must fix, located in a file. Every validator returns these; nothing throws,
 * so one run can report every problem at once.
 */
export interface ValidationError {
  /** Path as the editor knows it, relative to the repository, e.g. "data/measurements.csv". */
  file: string;
  /** 1-based line in the file as a text editor counts it. */
  line: number;
  /** 1-based column: the cell number in a CSV row, the character in a Markdown line. */
  column: number;
  /** Danish message for editors, without location, e.g. "værdien er ikke et tal". */
  message: string;
  /** The offending value exactly as written, if there is one. */
  got?: string;
  /** What was expected, in Danish, e.g. "et tal, fx 12,5". */
  expected?: string;
}

/** Values quoted in messages are cut to about 80 characters: a swallowed row must not fill the screen. */
export const MAX_QUOTED = 80;

export function shorten(text: string, max = MAX_QUOTED): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

// eslint-disable-next-line no-control-regex -- the characters a terminal would act on
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * A quoted value's control characters as <U+001B>: an ESC sequence would otherwise recolour or clear the
 * editor's terminal. Invisible characters too (INVISIBLE): »61,21<U+200B>« shows why a value that looks
 * right was refused.
 */
function visible(text: string): string {
  const code = (c: string) => `<${charCode(c)}>`;
  return text.replace(CONTROL, code).replace(INVISIBLE, code);
}

/** `file:line:column: message (fik "X", forventede Y)` – the one format every check prints. */
export function formatError(e: ValidationError): string {
  const parts: string[] = [];
  // A quoted CSV cell may hold a line break or a tab; keep the message on one line, visibly.
  if (e.got !== undefined) parts.push(`fik "${visible(shorten(e.got.replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t')))}"`);
  if (e.expected !== undefined) parts.push(`forventede ${e.expected}`);
  const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `${e.file}:${e.line}:${e.column}: ${e.message}${detail}`;
}

/** Errors ordered by file path, then line, then column, so output reads top to bottom. */
export function sortErrors(errors: readonly ValidationError[]): ValidationError[] {
  const byFile = (a: ValidationError, b: ValidationError): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return [...errors].sort((a, b) => byFile(a, b) || a.line - b.line || a.column - b.column);
}

export function formatErrors(errors: readonly ValidationError[]): string {
  return sortErrors(errors).map(formatError).join('\n');
}

/** Danish list of allowed values, e.g. `"a", "b" eller "c"`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} eller ${quoted[quoted.length - 1]}`;
}
