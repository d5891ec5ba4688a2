/**
 * CSV injection (OWASP): a cell that begins with =, +, -, @, a tab or a carriage return – or their
 * full-width forms, which some spreadsheets also accept – is run as a formula when the CSV file
 * is opened in Excel or LibreOffice (=HYPERLINK(…), +cmd|' /C calc'!A0). A plain number such as
 * -2,5 is not a formula and stays as it is.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/** Matches a cell a spreadsheet would read as a formula (papaparse's escapeFormulae takes it). */
export const FORMULA_CELL = /^(?![-+]?\d+(?:[.,]\d+)?$) *[=+\-@\t\r＝＋－＠]/;

export function looksLikeFormula(cell: string): boolean {
  return FORMULA_CELL.test(cell);
}

/** The character that makes the cell a formula, for messages ("=", or "tabulator"). */
export function formulaTrigger(cell: string): string {
  const c = cell.replace(/^ +/, '').charAt(0);
  return c === '\t' ? 'tabulator' : c === '\r' ? 'linjeskift' : c;
}
