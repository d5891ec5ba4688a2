/** What a column and a table of the data folder's CSV files are, as data (csv-schema.ts). */

/**
 * id: kebab-case ASCII · text: free text · url: http(s) address · number: decimal number
 * (decimal comma in `;` files, decimal point in `,` files) · period: year, quarter or month ·
 * year: a year of four digits · enum: one of `allowed` · boolean: "ja"/"nej" · indicator: an id
 * from indicators.csv · letter: a letter's slug or a case number from content/letters ·
 * date: a calendar day ÅÅÅÅ-MM-DD · expected-date: a day, a month (ÅÅÅÅ-MM) or a year (ÅÅÅÅ), as
 * precisely as a publisher's calendar says when something comes.
 */
export type ColumnType =
  'id' | 'text' | 'url' | 'number' | 'period' | 'year' | 'enum' | 'boolean' | 'indicator' | 'letter' | 'date' | 'expected-date';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** An empty cell is an error. */
  required: boolean;
  /** Danish description for editors and the data dictionary. */
  description: string;
  /** A valid example value as an editor would write it in a Danish `;` file. */
  example: string;
  /** For enum and boolean: every accepted value. */
  allowed?: readonly string[];
  /** For id and period: the accepted form as a regular expression (source text, anchored). */
  pattern?: string;
  /**
   * The header may leave the column out (files written before it existed); its cells then count as
   * empty. When the column is there, `required` applies to every row.
   */
  optionalInHeader?: boolean;
  /**
   * For text in a download the site writes: several values, joined by » | « in the CSV file and a
   * list in the JSON file (/data/breve.csv's recipients).
   */
  list?: boolean;
  /** For number: the smallest value that makes sense (an amount of money is never negative). */
  minimum?: number;
  /**
   * For number: the largest value that makes sense, kept far below 2^53 so a sum of many rows stays
   * exact; with a note in the editor's words (e.g. "100 mia. kr.").
   */
  maximum?: number;
  maximumNote?: string;
  /** For number: counted in whole units, named here (kroner: the site prints amounts without øre). */
  wholeUnit?: string;
  /**
   * For text and url: the most characters a cell may hold (rules/cell-length.ts); other types have
   * CELL_MAX_LENGTH. Every table is published several times, so one pasted document in a cell would be too.
   */
  maxLength?: number;
}

export interface TableSpec {
  /** File name inside the data folder. */
  file: string;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  /** Columns that together identify a row; a second row with the same key is an error. */
  primaryKey: readonly string[];
  /** Columns that must name a row in another table. */
  foreignKeys: readonly { column: string; table: string; tableColumn: string }[];
  /**
   * The data folder may leave the file out (a folder written before the table existed, a test
   * corpus): the site then has no rows of it. When the file is there, every rule applies.
   */
  optionalFile?: boolean;
}

export function columnSpec(table: TableSpec, name: string): ColumnSpec {
  const col = table.columns.find((c) => c.name === name);
  if (!col) throw new Error(`No column ${name} in ${table.file}`);
  return col;
}
