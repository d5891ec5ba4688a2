/**
 * Rule: no text cell begins like a spreadsheet formula (formula.ts). The site publishes the CSV
 * files for download, and people open them in Excel: "=HYPERLINK(…)" in a note would become a
 * live link, "+cmd|…" a command. Numbers, ids, periods and addresses have their own rules.
 */
import { INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../csv-schema.ts';
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { formulaTrigger, hiddenBeforeFormula, looksLikeFormula } from '../formula.ts';
import { cellError, type RowRef } from '../row-ref.ts';
import { hiddenCharCellErrors } from './hidden-chars.ts';

const EXPECTED =
  'tekst, der ikke begynder med =, +, -, @ eller tabulator: begynd fx med et ord, eller skriv tankestreg (–) i stedet for bindestreg';

export function textColumns(spec: TableSpec): string[] {
  return spec.columns.filter((c) => c.type === 'text').map((c) => c.name);
}

/** The formula errors in a row's text cells (also used for the goal tables). */
export function formulaCellErrors(ref: RowRef, columns: readonly string[]): ValidationError[] {
  return columns.flatMap((name) => {
    const raw = ref.cells[name]?.raw ?? '';
    if (!looksLikeFormula(raw)) return [];
    const after = hiddenBeforeFormula(raw) ? ' efter et linjeskift eller usynligt mellemrum' : '';
    return [
      cellError(ref, name, `teksten begynder med "${formulaTrigger(raw)}"${after}, så et regneark læser den som en formel`, EXPECTED),
    ];
  });
}

/** Formula and hidden-character errors in a row's text cells: what a text cell may not hold. */
export function textCellErrors(ref: RowRef, columns: readonly string[]): ValidationError[] {
  return [...formulaCellErrors(ref, columns), ...hiddenCharCellErrors(ref, columns)];
}

export function checkFormulaCells(ctx: DataContext): ValidationError[] {
  const indicatorColumns = textColumns(INDICATORS_TABLE);
  const measurementColumns = textColumns(MEASUREMENTS_TABLE);
  return [
    ...ctx.indicators.flatMap((d) => textCellErrors(d.ref, indicatorColumns)),
    ...ctx.measurements.flatMap((d) => textCellErrors(d.ref, measurementColumns)),
  ];
}
