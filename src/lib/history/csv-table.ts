/**
 * Lenient CSV reading for old file versions. History must show what changed even in versions the
 * validator of today would refuse, so this only splits rows: BOM stripped, delimiter ";" or ",".
 */
import Papa from 'papaparse';

export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
}

export function readCsvTable(text: string): CsvTable {
  // One line ending throughout: a row added in another editor may end in \n inside a \r\n file.
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  // Danish Excel writes ";"; the header decides, so a comma inside a value cannot mislead it.
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const parsed = Papa.parse<Record<string, string>>(clean, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const header = (parsed.meta.fields ?? []).filter((f) => f !== '');
  const rows = parsed.data.map((row) => {
    const out: Record<string, string> = {};
    for (const f of header) out[f] = (row[f] ?? '').trim();
    return out;
  });
  return { header, rows };
}

/** "12,5" and "12.50" are the same value; anything that is not a plain number compares as text. */
export function sameValue(a: string, b: string): boolean {
  const na = plainNumber(a);
  const nb = plainNumber(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  return a.trim() === b.trim();
}

export function plainNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^[-−]?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace('−', '-').replace(',', '.'));
}
