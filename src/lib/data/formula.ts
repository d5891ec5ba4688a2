/**
 * CSV injection (OWASP): a cell that begins with =, +, -, @, a tab or a carriage return – or their
 * full-width forms, which some spreadsheets also accept – is run as a formula when the CSV file
 * is opened in Excel or LibreOffice (=HYPERLINK(…), +cmd|' /C calc'!A0). A plain number such as
 * -2,5 is not a formula and stays as it is.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/**
 * Matches a cell a spreadsheet would read as a formula (papaparse's escapeFormulae takes it): also
 * after any blank, a line break or a no-break space included, since the site trims cells before it
 * shows and republishes them (a note "\n=HYPERLINK(…)" became "=HYPERLINK(…)" in a download).
 */
export const FORMULA_CELL = /^(?!\s*[-+]?\d+(?:[.,]\d+)?\s*$)(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

export function looksLikeFormula(cell: string): boolean {
  return FORMULA_CELL.test(cell);
}

/** The character that makes the cell a formula, for messages ("=", or "tabulator"). */
export function formulaTrigger(cell: string): string {
  const first = cell.charAt(0);
  if (first === '\t') return 'tabulator';
  if (first === '\r') return 'linjeskift';
  return cell.replace(/^\s+/, '').charAt(0);
}

/** True when a blank other than plain spaces (a line break, a no-break space) comes before the formula's character. */
export function hiddenBeforeFormula(cell: string): boolean {
  return /^\s*[^ \S]/.test(cell) && !/^[\t\r]/.test(cell);
}
