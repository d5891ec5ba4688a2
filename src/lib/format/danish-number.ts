/**
 * Danish number formatting (decimal comma, "." as thousands separator, "pct."), shared by the status
 * explanations, the chart axes, tables and generated descriptions so a figure reads the same everywhere.
 */
import { formatLocale } from 'd3-format';
import { UNITS, unitOf, type UnitId, type ValueUnit } from '../registry/units.ts';

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
 * required change does not round to 0, but never more than two – a reader has no use for «14,017».
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

/** "68,2 pct.", "1.234", "24,4 mio. kr." – a value with its unit's suffix. */
export function formatValue(value: number, unit: UnitId | ValueUnit, decimals: number): string {
  const suffix = unitOf(unit).suffix;
  return suffix ? `${formatNumber(value, decimals)}${NBSP}${suffix}` : formatNumber(value, decimals);
}

/** The unit a difference is measured in: a change of a percentage is in percentage points. */
export function changeSuffix(unit: UnitId): string {
  return unit === 'pct' ? 'procentpoint' : UNITS[unit].suffix;
}

/** "+11,8 procentpoint" – a signed change in the unit's difference unit. */
export function formatChange(diff: number, unit: UnitId, decimals: number): string {
  const suffix = changeSuffix(unit);
  return suffix ? `${formatSigned(diff, decimals)}${NBSP}${suffix}` : formatSigned(diff, decimals);
}

/** "11,8 procentpoint" – the size of a difference, without sign. */
export function formatDistance(diff: number, unit: UnitId, decimals: number): string {
  const suffix = changeSuffix(unit);
  const n = formatNumber(Math.abs(diff), decimals);
  return suffix ? `${n}${NBSP}${suffix}` : n;
}

/** A number written back the way an editor in a Danish file would write it: 68,18. */
export function formatDanishNumber(value: number): string {
  return String(value).replace('.', ',');
}
