/** Axis ticks with Danish labels: whole years on x, "nice" values on y. */
import { precisionFixed } from 'd3-format';
import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '../format/danish-number.ts';

export interface Tick {
  /** Position in SVG units along the axis. */
  at: number;
  value: number;
  label: string;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Whole years only, every 1, 2, 5, 10 … years so that at most `maxTicks` fit. Years print as "2014". */
export function yearTicks(x: ScaleLinear<number, number>, maxTicks: number): Tick[] {
  const [d0, d1] = x.domain() as [number, number];
  const first = Math.ceil(d0);
  const last = Math.floor(d1);
  const span = Math.max(0, last - first);
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.floor(span / s) + 1 <= Math.max(2, maxTicks)) ?? 100;
  const ticks: Tick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    ticks.push({ at: round1(x(year)), value: year, label: String(year) });
  }
  return ticks;
}

/** d3's nice ticks, printed with the decimals the tick step needs (2,5 / 5,0 / 7,5 …). */
export function valueTicks(y: ScaleLinear<number, number>, count: number): Tick[] {
  const values = y.ticks(count);
  const step = values.length > 1 ? Math.abs((values[1] as number) - (values[0] as number)) : 1;
  const decimals = precisionFixed(step);
  return values.map((v) => ({ at: round1(y(v)), value: v, label: formatNumber(v, decimals) }));
}
