/** Kroner as the site prints them: »18.500.000 kr.« in tables, »18,5 mio. kr.« in charts and totals. */
import { MILLION_KRONER_TEXT } from '../copy/registry.ts';
import { formatNumber, NBSP, unbroken } from '../format/danish-number.ts';
import type { ValueUnit } from '../registry/units.ts';

/** The spending chart's unit. */
export const MILLION_KRONER: ValueUnit = MILLION_KRONER_TEXT;

export function formatKroner(amount: number): string {
  return `${formatNumber(amount, 0)}${NBSP}kr.`;
}

/** Decimals for amounts shown in millions: one, or two when an amount is under a million. */
export function millionDecimals(amounts: readonly number[]): number {
  return amounts.some((a) => a !== 0 && Math.abs(a) < 1_000_000) ? 2 : 1;
}

export function formatMillions(amount: number, decimals = millionDecimals([amount])): string {
  return `${formatNumber(amount / 1_000_000, decimals)}${NBSP}${unbroken(MILLION_KRONER.suffix)}`;
}
