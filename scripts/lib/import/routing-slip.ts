/**
 * A receiving administration's routing slip (fordelingsskema): a heading ("SOF SEKR. RÅDHUSET"),
 * a row of action columns ("Behand.", "Orient.") whose first cell is empty, and one short row per
 * addressee ("Borgmester", "Direktør", …) up to the next blank line. A text export keeps the grid
 * as tab-separated cells; a PDF keeps only the indented column row, so both shapes are read.
 */
import { filledCells, type Line } from './lines.ts';

export interface RoutingSlip {
  heading?: string;
  columns: string[];
  rows: string[];
  /** Cells that carry a mark, as "row (column)". Empty when nothing is ticked. */
  marks: string[];
  lines: number[];
}

export const NO_MARKS_NOTE = 'Ingen afkrydsninger eller påtegninger er bevaret i den digitaliserede tekst.';

/** A column row: empty first cell, then one or more short action names. */
function isColumnRow(l: Line): boolean {
  return l.cells.length >= 2 && (l.cells[0] ?? '') === '' && filledCells(l) >= 1 && l.cells.every((c) => c.split(/\s+/).length <= 3);
}

function isRow(l: Line): boolean {
  return (
    !l.blank && (l.cells[0] ?? '') !== '' && (l.cells[0] ?? '').split(/\s+/).length <= 4 && !/[.!?]$/.test(l.text.replace(/\b\w+\.$/, ''))
  );
}

export function findRoutingSlip(lines: readonly Line[]): RoutingSlip | undefined {
  const at = lines.findIndex(isColumnRow);
  const colLine = lines[at];
  if (!colLine) return undefined;
  const above = lines[at - 1];
  const heading = above && !above.blank && filledCells(above) === 1 && (above.cells[0] ?? '') !== '' ? above.cells[0] : undefined;
  const rowLines: Line[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j];
    if (!l || !isRow(l)) break;
    rowLines.push(l);
  }
  if (rowLines.length === 0) return undefined;
  const columns = colLine.cells.slice(1).filter((c) => c !== '');
  const marks = rowLines.flatMap((l) =>
    l.cells.slice(1).flatMap((c, k) => (c === '' ? [] : [`${l.cells[0]} (${colLine.cells[k + 1] || c})`])),
  );
  const slip: RoutingSlip = {
    columns,
    rows: rowLines.map((l) => l.cells[0] ?? ''),
    marks,
    lines: [...(heading && above ? [above.no] : []), colLine.no, ...rowLines.map((l) => l.no)],
  };
  if (heading) slip.heading = heading;
  return slip;
}

/** The routing slip's note for front matter: what the marks say, or that none survive. */
export function routingNote(slip: RoutingSlip): string {
  return slip.marks.length === 0 ? NO_MARKS_NOTE : `Afkrydset i den digitaliserede tekst: ${slip.marks.join(', ')}.`;
}
