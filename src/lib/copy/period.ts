/**
 * The words around periods (format/period.ts): the period column's header, the baseline's words and
 * the quarter's abbreviation. The month names are the date format's data and stay in period.ts.
 */
import type { PeriodWordKind } from '../format/period.ts';

export const PERIOD_TEXT = {
  /** »4. kvt. 2024« (a non-breaking space keeps the number with its abbreviation). */
  quarter: (quarter: string, year: string) => `${quarter}.\u00a0kvt. ${year}`,
  /** The period column's header; `mixed` when a table holds periods of several kinds. */
  header: { year: 'År', quarter: 'Kvartal', month: 'Måned', mixed: 'Periode' } satisfies Record<PeriodWordKind | 'mixed', string>,
  /** In prose: »basisåret 2014«. */
  baseNoun: { year: 'basisåret', quarter: 'basiskvartalet', month: 'basismåneden', other: 'basisperioden' } satisfies Record<
    PeriodWordKind | 'other',
    string
  >,
  /** At the chart's baseline rule: »Basisår 2014«. */
  baseLabel: { year: 'Basisår', quarter: 'Basiskvartal', month: 'Basismåned', other: 'Basisperiode' } satisfies Record<
    PeriodWordKind | 'other',
    string
  >,
} as const;
