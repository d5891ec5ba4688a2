/**
 * data/editions.csv: the barometer's published editions (»barometermålinger«), declared by editors.
 * Read and checked with the same CSV reader, cell rules and file:line:column messages as the other
 * data files, plus the file's own rules: one edition per day, no edition dated after today. Pure:
 * text in, editions and errors out; the file is read by load-editions.ts.
 */
import { isoDay } from '../format/iso-day.ts';
import { EDITIONS_TABLE } from '../data/csv-schema.ts';
import { sortErrors, type ValidationError } from '../data/errors.ts';
import { readCsv } from '../data/read-csv.ts';
import { checkHeaders } from '../data/rules/headers.ts';
import { textCellErrors, textColumns } from '../data/rules/formula-cells.ts';
import { cellError } from '../data/row-ref.ts';
import { typeTable } from '../data/typed-table.ts';

export interface Edition {
  /** ÅÅÅÅ-MM-DD; also the edition's address /udgaver/<date>/. */
  date: string;
  title: string;
  note: string;
}

export interface EditionsResult {
  /** Valid rows, oldest first. */
  editions: Edition[];
  errors: ValidationError[];
}

export function readEditions(text: string, file: string, today: Date): EditionsResult {
  const { table, errors: readErrors } = readCsv(text, file);
  // The cause first: an unclosed quote or a broken header, and nothing that follows from it.
  if (readErrors.length > 0) return { editions: [], errors: sortErrors(readErrors) };
  const headerErrors = checkHeaders(table, EDITIONS_TABLE).errors;
  if (headerErrors.length > 0) return { editions: [], errors: sortErrors(headerErrors) };
  const typed = typeTable(table, EDITIONS_TABLE);
  const errors = [...typed.errors];
  const limit = isoDay(today);
  const seen = new Map<string, number>();
  const editions: Edition[] = [];
  const texts = textColumns(EDITIONS_TABLE);
  for (const row of typed.rows) {
    const formula = textCellErrors(row.ref, texts);
    errors.push(...formula);
    const date = typeof row.values.date === 'string' ? row.values.date : undefined;
    let ok = row.valid && formula.length === 0;
    if (date && date > limit) {
      errors.push(
        cellError(
          row.ref,
          'date',
          `udgaven ligger efter i dag (i dag er ${limit})`,
          'datoen for en udgave, der er udgivet; skriv rækken den dag, udgaven udgives',
        ),
      );
      ok = false;
    }
    if (date && seen.has(date)) {
      errors.push(
        cellError(
          row.ref,
          'date',
          `dagen har allerede en udgave på linje ${seen.get(date)}`,
          'én udgave pr. dag; ret datoen, eller slet den ene række',
        ),
      );
      ok = false;
    } else if (date) {
      seen.set(date, row.ref.line);
    }
    if (ok && date) editions.push({ date, title: String(row.values.title ?? ''), note: String(row.values.note ?? '') });
  }
  editions.sort((a, b) => a.date.localeCompare(b.date));
  return { editions, errors: sortErrors(errors) };
}
