/**
 * One administration's spending on integration over the budget years: the totals as a line chart
 * (the indicator charts' own geometry, lineChart, in »mio. kr.«), the generated description, the
 * chart's table, every line with what it covers and its source, and the downloads.
 */
import type { Series } from '../model.ts';
import { lineChart, NARROW, WIDE, type LineChartGeometry } from '../chart/line-chart.ts';
import { dataTable, type DataTable } from '../chart/data-table.ts';
import { formatNumber } from '../format/danish-number.ts';
import { goalCopy, SPENDING_TEXT } from '../copy/goals.ts';
import { administrationRef, administrationAbbrs } from './goal-items.ts';
import type { GoalData, Spending } from './model.ts';
import { formatKroner, formatMillions, millionDecimals, MILLION_KRONER } from './money.ts';
import { spendingCsvPath, spendingJsonPath, spendingSvgPath } from '../routes.ts';
import { exampleShare, type ExampleShare } from '../example-share.ts';
import { illustrativeCopy } from '../copy/illustrative.ts';

export type { ExampleShare };

export interface SpendingLine {
  year: number;
  covers: string;
  amountText: string;
  source: string;
  sourceLetters: string[];
  /** The cited letters, each with the text printed before its link (letterRefs). */
  letters: LetterRef[];
  illustrative: boolean;
}

export interface LetterRef {
  slug: string;
  /** Printed before the link, after »Kilde: <source>«. */
  before: string;
}

/**
 * The letters after a line's »Kilde: …«: a real amount's letters are its sources, each after » · «;
 * an invented amount was only made after its letters (». Beløbet er opdigtet og står ikke i brevet
 * a«, »brevene a, b og c«), so no letter reads as the source of a made-up figure.
 */
export function letterRefs(slugs: readonly string[], illustrative: boolean): LetterRef[] {
  const last = slugs.length - 1;
  return slugs.map((slug, i) => ({
    slug,
    before: !illustrative
      ? ' · '
      : i === 0
        ? `. ${goalCopy.spendingMadeAfter(slugs.length)} `
        : i === last
          ? ` ${SPENDING_TEXT.and} `
          : ', ',
  }));
}

export interface SpendingYear {
  year: number;
  total: number;
  totalText: string;
  lines: SpendingLine[];
  /** The year's total is made with at least one invented amount: it carries the mark itself. */
  illustrative: boolean;
}

export interface SpendingView {
  title: string;
  series: Series[];
  decimals: number;
  charts: { narrow: LineChartGeometry; wide: LineChartGeometry };
  description: string;
  table: DataTable;
  tableCaption: string;
  /** Newest first. */
  years: SpendingYear[];
  csvPath: string;
  jsonPath: string;
  svgPath: string;
  illustrative: boolean;
}

/** The administrations that have spending rows, in the registry's order. */
export function administrationsWithSpending(data: GoalData): string[] {
  return administrationAbbrs().filter((abbr) => data.spending.some((s) => s.administration === abbr));
}

export function spendingTotals(rows: readonly Spending[]): { year: number; total: number }[] {
  const totals = new Map<number, number>();
  for (const s of rows) totals.set(s.budgetYear, (totals.get(s.budgetYear) ?? 0) + s.amount);
  return [...totals].sort((a, b) => a[0] - b[0]).map(([year, total]) => ({ year, total }));
}

/**
 * The Danish description of the chart: the span, each year's total, the change over the span, and
 * whether the amounts (all, or only some, once an editor has added real ones) are example data.
 */
export function describeSpending(name: string, totals: readonly { year: number; total: number }[], examples: ExampleShare): string {
  const decimals = millionDecimals(totals.map((t) => t.total));
  const first = totals[0];
  const last = totals.at(-1);
  if (!first || !last) return '';
  const w = SPENDING_TEXT;
  const span = first.year === last.year ? w.oneYear(first.year) : w.years(first.year, last.year);
  const each = totals.map((t) => w.inYear(formatMillions(t.total, decimals), t.year));
  const list = each.length > 1 ? `${each.slice(0, -1).join(', ')} ${w.and} ${each.at(-1)}` : each[0];
  const parts = [w.shows(name, span), w.were(list ?? '')];
  if (first.year !== last.year && first.total > 0) {
    const diff = last.total - first.total;
    const pct = formatNumber(Math.abs(diff / first.total) * 100, 1);
    const word = diff > 0 ? w.rise : diff < 0 ? w.fall : w.noChange;
    parts.push(
      diff === 0
        ? w.unchanged(first.year, last.year, word)
        : w.changed(first.year, last.year, word, formatMillions(Math.abs(diff), decimals), pct),
    );
  }
  if (examples === 'all') parts.push(w.allExamples);
  if (examples === 'some') parts.push(w.someExamples);
  return parts.join(' ');
}

export function spendingView(data: GoalData, abbr: string): SpendingView | undefined {
  const rows = data.spending.filter((s) => s.administration === abbr);
  if (rows.length === 0) return undefined;
  const name = administrationRef(abbr).name;
  const totals = spendingTotals(rows);
  const decimals = millionDecimals(totals.map((t) => t.total));
  const series: Series[] = [
    {
      breakdown: '',
      label: goalCopy.spendingSeries,
      points: totals.map((t) => ({ period: { label: String(t.year), time: t.year }, value: t.total / 1_000_000 })),
    },
  ];
  const examples = exampleShare(rows.map((s) => s.illustrative));
  const illustrative = examples !== 'none';
  const input = { series, unit: MILLION_KRONER, decimals, fromZero: true };
  return {
    title: goalCopy.spendingFigureTitle(name),
    series,
    decimals,
    charts: { narrow: lineChart({ ...input, size: NARROW }), wide: lineChart({ ...input, size: WIDE }) },
    description: describeSpending(name, totals, examples),
    table: dataTable(series, decimals),
    // The yearly totals in the table are made from the amounts: an example amount marks the caption,
    // as an illustrative indicator's table caption is marked.
    tableCaption: `${goalCopy.spendingTableCaption(name)}${illustrative ? ` (${illustrativeCopy.inline})` : ''}`,
    years: [...totals].reverse().map((t) => ({
      year: t.year,
      total: t.total,
      totalText: formatKroner(t.total),
      illustrative: rows.some((s) => s.budgetYear === t.year && s.illustrative),
      lines: rows
        .filter((s) => s.budgetYear === t.year)
        .map((s) => ({
          year: s.budgetYear,
          covers: s.covers,
          amountText: formatKroner(s.amount),
          source: s.source,
          sourceLetters: s.sourceLetters,
          letters: letterRefs(s.sourceLetters, s.illustrative),
          illustrative: s.illustrative,
        })),
    })),
    csvPath: spendingCsvPath(abbr),
    jsonPath: spendingJsonPath(abbr),
    svgPath: spendingSvgPath(abbr),
    illustrative,
  };
}
