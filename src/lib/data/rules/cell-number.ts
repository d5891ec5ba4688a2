/** Rule: a number cell holds one number, with the file's decimal sign and no thousands separator. */
import type { ValidationError } from '../errors.ts';
import { parseNumber } from '../parse-number.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkNumber(ref: RowRef, name: string, decimal: ',' | '.'): { value?: number; error?: ValidationError } {
  const raw = ref.cells[name]?.raw ?? '';
  const value = parseNumber(raw, decimal);
  if (value !== undefined) return { value };
  const example = decimal === ',' ? '12,5' : '12.5';
  const other = decimal === ',' ? '.' : ',';
  const single = new RegExp(`^\\s*[-+]?\\d+\\${other}\\d+\\s*$`).test(raw);
  // »1.200.000« as Excel shows an amount: two or more groups of three can only be thousands.
  const thousands = new RegExp(`^\\s*[-+]?\\d{1,3}(\\${other}\\d{3}){2,}\\s*$`).test(raw);
  if (thousands)
    return {
      error: cellError(ref, name, 'værdien er ikke et tal: skriv det uden tusindtalsadskiller', `et tal, fx ${raw.replace(/[^\d-]/g, '')}`),
    };
  const message = !single
    ? 'værdien er ikke et tal'
    : decimal === ','
      ? 'værdien er ikke et tal: filen er adskilt med semikolon, så decimaltegnet skal være komma'
      : 'værdien er ikke et tal: filen er adskilt med komma, så decimaltegnet skal være punktum';
  return { error: cellError(ref, name, message, `et tal, fx ${example}`) };
}
