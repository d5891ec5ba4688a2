/**
 * Where a row's cells are, so rules that work on typed values can still point at file:line:column
 * and quote the cell exactly as the editor wrote it.
 */
import type { ValidationError } from './errors.ts';

export interface RowRef {
  file: string;
  line: number;
  /** Column name → 1-based column number and raw text. Absent when the header lacks the column. */
  cells: Record<string, { column: number; raw: string } | undefined>;
}

/** An error at a named cell of a row; `got` defaults to the cell's raw text. */
export function cellError(ref: RowRef, columnName: string, message: string, expected?: string, got?: string): ValidationError {
  const cell = ref.cells[columnName];
  const error: ValidationError = { file: ref.file, line: ref.line, column: cell?.column ?? 1, message };
  const shown = got ?? cell?.raw;
  if (shown !== undefined) error.got = shown;
  if (expected !== undefined) error.expected = expected;
  return error;
}

export function rawCell(ref: RowRef, columnName: string): string {
  return ref.cells[columnName]?.raw ?? '';
}
