/**
 * Parse CSV text with papaparse into rows that remember the line they start on, so every later
 * error can point at the line an editor sees in a text editor (quoted cells may span lines).
 */
import Papa from 'papaparse';
import type { ValidationError } from './errors.ts';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Display path, e.g. "data/measurements.csv". */
  file: string;
  /** ";" as Danish Excel saves, or ",". Decides the decimal sign: "," in ";" files, "." in "," files. */
  delimiter: ';' | ',';
  decimal: ',' | '.';
  /** Header cells (the first non-blank row), trimmed; empty when the file is empty. */
  header: string[];
  headerLine: number;
  /** Data rows, blank rows left out. */
  rows: CsvRow[];
}

/** The delimiter is read from the header line only: a `;` there means a Danish Excel file. */
function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\n|$/));
  return firstLine.includes(';') ? ';' : ',';
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

export function readCsv(text: string, file: string): { table: CsvTable; errors: ValidationError[] } {
  // Line numbers do not change: the BOM sits on line 1 and every line ending stays one "\n".
  // NFC: »å« pasted from a Mac or a PDF as a + U+030A is the same word as the »å« the rules and the
  // registries spell, and is published so (composition never joins a delimiter, quote or line end).
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const delimiter = detectDelimiter(body);
  const errors: ValidationError[] = [];
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const rowLine = line;
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      start = end;
      for (const err of result.errors) {
        if (err.type === 'Quotes') {
          // The open cell runs to the end of the file; its first line is enough to find it.
          const open = (result.data[result.data.length - 1] ?? '').split('\n')[0] ?? '';
          errors.push({
            file,
            line: rowLine,
            column: Math.max(result.data.length, 1),
            message: 'et citationstegn (") er ikke lukket i rækken',
            got: open,
            expected: 'et afsluttende " efter cellens tekst',
          });
        }
      }
      if (!isBlank(result.data)) rows.push({ line: rowLine, cells: result.data });
    },
  });
  const [first, ...rest] = rows;
  const header = first ? first.cells.map((c) => c.trim()) : [];
  const headerLine = first ? first.line : 1;
  return { table: { file, delimiter, decimal: delimiter === ';' ? ',' : '.', header, headerLine, rows: rest }, errors };
}

/**
 * Rows keyed by their header, values trimmed, nothing validated: for old file versions, which the
 * change history must read even where today's validator would refuse them.
 */
export function readCsvRecords(text: string): { header: string[]; rows: Record<string, string>[] } {
  const { table } = readCsv(text, '');
  const columns = table.header.map((name, i) => ({ name, i })).filter((c) => c.name !== '');
  const rows = table.rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, (r.cells[c.i] ?? '').trim()])));
  return { header: columns.map((c) => c.name), rows };
}
