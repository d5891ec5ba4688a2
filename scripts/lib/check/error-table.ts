/**
 * The check's errors as a Markdown table, for the job summary and the pull-request summary: one row
 * per error with file, line, column and the message as `npm run check` prints it.
 */
import { mdCode, mdLink, mdTable, mdText } from '../markdown.ts';

export interface LocatedMessage {
  file: string;
  line: number;
  column: number;
  /** The error after its location: `message (fik "X", forventede Y)`. */
  text: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "3 fejl i 2 filer". */
export function errorCount(errors: readonly LocatedMessage[]): string {
  return `${plural(errors.length, 'fejl', 'fejl')} i ${plural(new Set(errors.map((e) => e.file)).size, 'fil', 'filer')}`;
}

/** `link` gives the address of a file's line (on GitHub), or undefined to print the path alone. */
export function errorTable(errors: readonly LocatedMessage[], link: (file: string, line: number) => string | undefined): string {
  const rows = errors.map((e) => {
    const url = link(e.file, e.line);
    return [url ? mdLink(e.file, url) : mdCode(e.file), String(e.line), String(e.column), mdText(e.text)];
  });
  return mdTable(['Fil', 'Linje', 'Kolonne', 'Fejl'], rows);
}
