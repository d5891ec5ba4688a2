/**
 * Spreadsheets as text: an XLSX read with read-excel-file (a maintained XLSX reader), one section
 * per sheet; a CSV parsed with papaparse (Danish Excel's semicolons or commas, found by papaparse),
 * one section. Numbers are written the Danish way (41,5), dates as ÅÅÅÅ-MM-DD.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { AttachmentReadError, isTextless, readableText, trimRows, type AttachmentText, type TextSection } from './text.ts';

const NUMBER = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10, useGrouping: false });

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return NUMBER.format(value);
  if (typeof value === 'boolean') return value ? 'sand' : 'falsk';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

export async function extractXlsx(bytes: Uint8Array): Promise<AttachmentText> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes));
  } catch {
    throw new AttachmentReadError('filen er beskadiget eller ikke et gyldigt Excel-regneark (XLSX)');
  }
  const sections: TextSection[] = sheets.map((s, i) => ({
    id: `ark-${i + 1}`,
    name: readableText(s.sheet),
    paragraphs: [],
    rows: trimRows(s.data.map((row) => row.map(cellText))),
  }));
  return { kind: 'xlsx', sheets: sheets.length, sections, textless: isTextless(sections) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function extractCsv(bytes: Uint8Array): AttachmentText {
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AttachmentReadError(
      'filen er ikke gemt som UTF-8 – åbn den i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«',
    );
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const sections: TextSection[] = [{ id: 'tabel', paragraphs: [], rows: trimRows(parsed.data) }];
  return { kind: 'csv', sections, textless: isTextless(sections) };
}
