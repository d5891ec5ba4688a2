/**
 * Every CSV file the site publishes is safe to open in a spreadsheet on its own (OWASP CSV
 * injection): a text cell that would run as a formula is written with a leading ' inside quotes,
 * which Excel and LibreOffice show as text. The editor check already refuses such cells, so for a
 * checked data folder the files are published byte for byte; this is the lock behind it.
 */
import Papa from 'papaparse';
import { FORMULA_CELL, looksLikeFormula } from '../data/formula.ts';

/** The same CSV with formula cells neutralised, or the very same bytes when none is present. */
export function safeCsvBytes(bytes: Buffer, delimiter: ';' | ','): Buffer {
  const text = bytes.toString('utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const rows = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
  if (!rows.some((row) => row.some(looksLikeFormula))) return bytes;
  const newline = body.includes('\r\n') ? '\r\n' : '\n';
  const trailing = /\r?\n$/.test(body) ? newline : '';
  const rebuilt = Papa.unparse(
    rows.filter((r, i) => !(i === rows.length - 1 && r.length === 1 && r[0] === '')),
    { delimiter, newline, escapeFormulae: FORMULA_CELL },
  );
  return Buffer.from(`${bom}${rebuilt}${trailing}`, 'utf8');
}
