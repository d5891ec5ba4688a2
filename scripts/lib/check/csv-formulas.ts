/**
 * A CSV attachment is published as the editor committed it, and people open it in Excel: a cell
 * that begins like a formula (=HYPERLINK(…), @SUM(…), formula.ts) would run there. The check refuses
 * such a file instead of rewriting it, so the published file stays the document that was sent.
 */
import Papa from 'papaparse';
import { formulaTrigger, looksLikeFormula } from '../../../src/lib/data/formula.ts';
import type { ValidationError } from '../../../src/lib/data/errors.ts';

export interface FormulaCell {
  /** 1-based line of the row's start, as a text editor counts it. */
  line: number;
  /** 1-based cell number in the row. */
  column: number;
  cell: string;
}

/** Separators a spreadsheet may have used: the ones its first line holds (Danish Excel writes ";"). */
function separators(body: string): string[] {
  const first = body.split('\n', 1)[0] ?? '';
  const found = [';', ',', '\t'].filter((d) => first.includes(d));
  return found.length > 0 ? found : [';'];
}

/**
 * Every cell of the CSV text that a spreadsheet would read as a formula, in file order. Read with
 * each separator the first line uses (papaparse's own guess fails on a short file with quotes), so a
 * formula is found whichever one the spreadsheet that opens the file picks.
 */
export function csvFormulaCells(text: string): FormulaCell[] {
  // One kind of line break, so a file saved with mixed ones does not leave \r at the end of cells.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const found = new Map<string, FormulaCell>();
  for (const delimiter of separators(body)) {
    let line = 1;
    let from = 0;
    Papa.parse<string[]>(body, {
      delimiter,
      skipEmptyLines: false,
      step(row) {
        const to = row.meta.cursor;
        row.data.forEach((cell, i) => {
          if (looksLikeFormula(cell)) found.set(`${line}:${i + 1}`, { line, column: i + 1, cell });
        });
        // The next row starts after this one's text, line breaks inside quoted cells included.
        for (let i = from; i < to && i < body.length; i++) if (body.charCodeAt(i) === 10) line++;
        from = to;
      },
    });
  }
  return [...found.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** At most this many formula cells are listed per file; the last message says how many more there are. */
const MAX_FORMULA_CELLS = 10;

/**
 * The check's errors for a published CSV file's formula cells. `what`: how the message names the
 * file when opened (»bilaget«, »filen«); `fix`: how to mend a cell.
 */
export function csvFormulaErrors(file: string, text: string, what: string, fix: string): ValidationError[] {
  const cells = csvFormulaCells(text);
  return cells.slice(0, MAX_FORMULA_CELLS).map((c, i) => {
    const more =
      i === MAX_FORMULA_CELLS - 1 && cells.length > MAX_FORMULA_CELLS ? ` (og ${cells.length - MAX_FORMULA_CELLS} celler mere)` : '';
    return {
      file,
      line: c.line,
      column: c.column,
      message: `cellen begynder med "${formulaTrigger(c.cell)}", så et regneark kører den som en formel, når ${what} åbnes${more}`,
      got: c.cell,
      expected: `tekst, der ikke begynder med =, +, -, @ eller tabulator: ${fix}`,
    };
  });
}
