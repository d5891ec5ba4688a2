/**
 * Danish dates as letters print them: "02-04-2009", "2.4.2009", "3/12 2026", "26. marts 2007",
 * "6 APR. 2009" (a receiving stamp, or a letter's date in capitals), "2009-04-02". Returned as ISO dates (ÅÅÅÅ-MM-DD) for front matter.
 */
const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export interface FoundDate {
  iso: string;
  /** numeric "02-04-2009", words "26. marts 2007", or stamp "6 APR. 2009" (capital month abbreviation). */
  form: 'numeric' | 'words' | 'stamp' | 'iso';
  /** The matched text as printed. */
  text: string;
  index: number;
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A two-digit year as letters use it: 09 → 2009, 98 → 1998. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

const NUMERIC = /(?<![\d-])(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})(?![\d-])/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
/** "3/12 2026" and "3/12-2026": day and month, then the year after a space or hyphen. */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\s+|\s*-\s*)(\d{4})(?!\d)/g;
const WORDS = /(?<![\d])(\d{1,2})\.?\s*([A-Za-zÆØÅæøå]{3,9})\.?\s+(\d{4})(?!\d)/g;

/** Every date in a line of text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(ISO)) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) found.push({ iso: v, form: 'iso', text: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (found.some((f) => overlaps(f, m.index ?? 0, m[0].length))) continue;
    const v = iso(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
    if (v) found.push({ iso: v, form: 'numeric', text: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(SLASHED)) {
    if (found.some((f) => overlaps(f, m.index ?? 0, m[0].length))) continue;
    const v = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (v) found.push({ iso: v, form: 'numeric', text: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(WORDS)) {
    const word = m[2] ?? '';
    const month = MONTHS[word.toLowerCase()];
    if (!month) continue;
    const v = iso(Number(m[3]), month, Number(m[1]));
    if (!v) continue;
    // A receiving stamp prints the month as a capitalised abbreviation: "6 APR. 2009".
    const stamp = word.length <= 4 && word === word.toUpperCase();
    found.push({ iso: v, form: stamp ? 'stamp' : 'words', text: m[0], index: m.index ?? 0 });
  }
  return found.sort((a, b) => a.index - b.index);
}

function overlaps(f: FoundDate, index: number, length: number): boolean {
  return index < f.index + f.text.length && f.index < index + length;
}

/** The date when the whole text is one date (optionally "den …" or a weekday first), else undefined. */
export function parseDate(text: string): FoundDate | undefined {
  const t = text.trim().replace(/^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:(?:den|d\.)\s+)?/i, '');
  const dates = findDates(t);
  const only = dates[0];
  if (dates.length !== 1 || !only) return undefined;
  const rest = (t.slice(0, only.index) + t.slice(only.index + only.text.length)).replace(/[\s.,]/g, '');
  return rest === '' ? only : undefined;
}
