/**
 * CSV as the editors' Danish Excel writes it: UTF-8 with BOM, ";" between cells, CRLF line endings,
 * written by papaparse. A text cell that would run as a formula in a spreadsheet gets a leading '
 * (OWASP CSV injection; numbers stay as they are). The one CSV writer of the project: downloads,
 * and the generated corpus.
 */
import Papa from 'papaparse';
import { FORMULA_CELL } from './formula.ts';

export function excelCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_CELL })}\r\n`;
}
