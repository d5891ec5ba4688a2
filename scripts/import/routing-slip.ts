/**
 * A receiving administration's routing slip (fordelingsskema), as a text export keeps it: a
 * tab-separated grid with a heading ("SOF SEKR. RÅDHUSET"), a row of action columns ("Behand.",
 * "Orient.") and one row per addressee ("Borgmester", "Direktør", …).
 */
import type { Line } from './lines.ts';

export interface RoutingSlip {
  heading?: string;
  columns: string[];
  rows: string[];
  /** Cells that carry a mark, as "row (column)". Empty when nothing is ticked. */
  marks: string[];
  lines: number[];
}

export const NO_MARKS_NOTE = 'Ingen afkrydsninger eller påtegninger er bevaret i den digitaliserede tekst.';

export function findRoutingSlip(lines: readonly Line[]): RoutingSlip | undefined {
  for (let i = 0; i < lines.length; i++) {
    const run: Line[] = [];
    for (let j = i; j < lines.length; j++) {
      const l = lines[j];
      if (!l || l.blank || l.cells.length < 2) break;
      run.push(l);
    }
    if (run.length < 2) continue;
    const columnsAt = run.findIndex((l) => (l.cells[0] ?? '') === '' && l.cells.some((c) => c !== ''));
    if (columnsAt < 0 || columnsAt > 1) {
      i += run.length - 1;
      continue;
    }
    const first = run[0];
    const heading = columnsAt === 1 && first ? first.cells.filter((c) => c !== '').join(' ') : undefined;
    const columnCells = run[columnsAt]?.cells ?? [];
    const columns = columnCells.slice(1).filter((c) => c !== '');
    const rowLines = run.slice(columnsAt + 1).filter((l) => (l.cells[0] ?? '') !== '');
    if (rowLines.length === 0 || columns.length === 0) continue;
    const marks = rowLines.flatMap((l) =>
      l.cells.slice(1).flatMap((c, k) => (c === '' ? [] : [`${l.cells[0]} (${columnCells[k + 1] || c})`])),
    );
    const slip: RoutingSlip = { columns, rows: rowLines.map((l) => l.cells[0] ?? ''), marks, lines: run.map((l) => l.no) };
    if (heading) slip.heading = heading;
    return slip;
  }
  return undefined;
}

/** The routing slip's note for front matter: what the marks say, or that none survive. */
export function routingNote(slip: RoutingSlip): string {
  return slip.marks.length === 0 ? NO_MARKS_NOTE : `Afkrydset i den digitaliserede tekst: ${slip.marks.join(', ')}.`;
}
