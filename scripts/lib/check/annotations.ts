/**
 * The editor check's errors as GitHub annotations, so each one appears on its line in a pull
 * request's »Files changed«. A CSV error's column is the cell number (as editors count in Excel);
 * GitHub counts characters, so the cell is located in the line and marked from its first to its last
 * character. A Markdown error's column already counts characters.
 */
import { formatError, type ValidationError } from '../../../src/lib/data/errors.ts';
import { workflowCommand } from './workflow-commands.ts';

/** The error as `npm run check` prints it, without the `file:line:column: ` the annotation carries. */
export function errorDetail(e: ValidationError): string {
  const line = formatError(e);
  const location = `${e.file}:${e.line}:${e.column}: `;
  return line.startsWith(location) ? line.slice(location.length) : line;
}

export interface Span {
  /** 1-based first character. */
  col: number;
  /** 1-based last character (equal to col for an empty cell). */
  endColumn: number;
}

const charLength = (s: string): number => Array.from(s).length;

/**
 * Characters of cell `cell` (1-based) in the row that starts on `line`, reading quotes as CSV does;
 * undefined when the row has fewer cells or the cell starts after a line break inside quotes.
 */
export function csvCellSpan(text: string, line: number, cell: number): Span | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const row = lines[line - 1];
  if (row === undefined || cell < 1) return undefined;
  // Like read-csv.ts: a ";" in the header line means a Danish Excel file.
  const delimiter = (lines[0] ?? '').includes(';') ? ';' : ',';
  let index = 1;
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && i === start) {
      quoted = true;
    } else if (c === delimiter || c === undefined) {
      if (index === cell) {
        const col = charLength(row.slice(0, start)) + 1;
        return { col, endColumn: Math.max(col, charLength(row.slice(0, i))) };
      }
      index++;
      start = i + 1;
    }
  }
  return undefined;
}

/** Where the annotation goes: the cell's characters in a CSV file, the error's own column otherwise. */
export function annotationSpan(e: ValidationError, fileText: string | undefined): Partial<Span> {
  if (!/\.csv$/i.test(e.file)) return { col: e.column };
  return (fileText !== undefined ? csvCellSpan(fileText, e.line, e.column) : undefined) ?? {};
}

/** `::error file=…,line=…,col=…,endColumn=…,title=…::…` for one error, in Danish, cause first. */
export function errorAnnotation(e: ValidationError, fileText?: string): string {
  const span = annotationSpan(e, fileText);
  const title = e.message.charAt(0).toUpperCase() + e.message.slice(1);
  return workflowCommand('error', { file: e.file, line: e.line, col: span.col, endColumn: span.endColumn, title }, errorDetail(e));
}
