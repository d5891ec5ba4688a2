/** Elapsed time as the project's commands print it, in Danish: »12,3 s«, »1.234,5 s«. */
import { formatNumber } from '../../src/lib/format/danish-number.ts';

export function seconds(ms: number, digits = 1): string {
  return `${formatNumber(ms / 1000, digits)} s`;
}
