/**
 * Danish number formatting (decimal comma, "." as thousands separator, "pct."), shared by the status
 * explanations, the chart axes, tables and generated descriptions so a figure reads the same everywhere.
 */
import { formatLocale } from 'd3-format';
import { unitOf, type UnitId, type ValueUnit } from '../registry/units.ts';

// d3-format's da-DK definition (node_modules/d3-format/locale/da-DK.json), with the typographic minus.
const locale = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' kr.'], minus: '\u2212' });

/** Non-breaking space between a number and its unit, so "68,2 pct." never wraps apart. */
export const NBSP = '\u00a0';

/** Round half away from zero to `decimals` places; also turns -0 into 0. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON * f)) / f;
  return r === 0 ? 0 : r;
}

/** The number of decimals the data is written with (the most any value has), at most `max`. */
export function decimalsOf(values: readonly number[], max = 3): number {
  let d = 0;
  for (const v of values) {
    const s = String(v);
    const i = s.indexOf('.');
    if (s.includes('e')) continue;
    if (i >= 0) d = Math.max(d, s.length - i - 1);
  }
  return Math.min(d, max);
}

/**
 * Decimals for a derived figure (the pace the status rule needs): one more than the data, so a small
 * required change does not round to 0, but never more than two – a reader has no use for »14,017«.
 */
export function finerDecimals(dataDecimals: number): number {
  return Math.min(dataDecimals + 1, 2);
}

/** "1.234,5" – fixed decimals, Danish separators. */
export function formatNumber(value: number, decimals: number): string {
  return locale.format(`,.${decimals}f`)(roundTo(value, decimals));
}

/** "+11,8", "−0,4", "0,0": a change with an explicit sign (none for zero). */
export function formatSigned(value: number, decimals: number): string {
  const r = roundTo(value, decimals);
  return r === 0 ? formatNumber(0, decimals) : locale.format(`+,.${decimals}f`)(r);
}

/** The unit's word after a number: a count's noun in the singular after »1« and »−1«, else its suffix. */
function wordAfter(u: ValueUnit, written: string, plural: string): string {
  return u.one !== undefined && /^[+\u2212]?1$/.test(written) ? u.one : plural;
}

/** A unit of several words kept on one line: »pr. 1.000 indb.« never breaks after »pr.«. */
export const unbroken = (words: string): string => words.replaceAll(' ', NBSP);

/**
 * A short unit stays with its number (»68,2 pct.«, »24,4 mio. kr.«); a long one of several words
 * may go to the next line whole (»172,03 / pr. 1.000 indb.«), which a card at 200 % text needs.
 */
const wrapsWhole = (unit: string): boolean => unit.includes(' ') && unit.length > 10;

function withUnit(written: string, u: ValueUnit, suffix: string): string {
  // An ordinary space after a prefix: »indeks 80,02« may wrap on a narrow card at 200 % text rather than overflow.
  const before = u.prefix ? `${u.prefix} ` : '';
  const after = wordAfter(u, written, suffix);
  if (!after) return `${before}${written}`;
  return `${before}${written}${wrapsWhole(after) ? ' ' : NBSP}${unbroken(after)}`;
}

/** "68,2 pct.", "1.234", "indeks 68,2", "1 område", "24,4 mio. kr." – a value with its unit's words. */
export function formatValue(value: number, unit: UnitId | ValueUnit, decimals: number): string {
  const u = unitOf(unit);
  return withUnit(formatNumber(value, decimals), u, u.suffix);
}

/** A value after a noun that names the unit already: »indekset steg til 68,2«, not »til indeks 68,2«. */
export function formatAfterNoun(value: number, unit: UnitId | ValueUnit, decimals: number): string {
  const u = unitOf(unit);
  return withUnit(
    formatNumber(value, decimals),
    { suffix: u.suffix, name: u.name, ...(u.one !== undefined ? { one: u.one } : {}) },
    u.suffix,
  );
}

/**
 * The unit a difference is measured in: a change of a percentage is in percentage points, of an index
 * in index points, of a count in what it counts (the plural; formatChange picks the singular for 1).
 */
export function changeSuffix(unit: UnitId | ValueUnit): string {
  const u = unitOf(unit);
  return u.change ?? u.suffix;
}

/** A change is never written before its number: »+2,1 indekspoint«, not »indeks +2,1«. */
function changeUnit(unit: UnitId | ValueUnit): ValueUnit {
  const u = unitOf(unit);
  return { suffix: changeSuffix(u), name: u.name, ...(u.one !== undefined ? { one: u.one } : {}) };
}

/** "+11,8 procentpoint", "+1 område" – a signed change in the unit's difference unit. */
export function formatChange(diff: number, unit: UnitId | ValueUnit, decimals: number): string {
  const u = changeUnit(unit);
  return withUnit(formatSigned(diff, decimals), u, u.suffix);
}

/** "11,8 procentpoint" – the size of a difference, without sign. */
export function formatDistance(diff: number, unit: UnitId | ValueUnit, decimals: number): string {
  const u = changeUnit(unit);
  return withUnit(formatNumber(Math.abs(diff), decimals), u, u.suffix);
}

/** A number written back the way an editor in a Danish file would write it: 68,18. */
export function formatDanishNumber(value: number): string {
  return String(value).replace('.', ',');
}
