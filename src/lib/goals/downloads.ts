/**
 * The goals' downloads, in the editors' own CSV format (UTF-8 with BOM, ";" and decimal comma, so
 * Danish Excel opens them as they are; a text cell that would run as a formula gets a leading ').
 * The status report's three tables, and one administration's spending as CSV and JSON.
 */
import Papa from 'papaparse';
import type { Barometer } from '../model.ts';
import { FORMULA_CELL } from '../data/formula.ts';
import { formatDanishNumber } from '../format/danish-number.ts';
import { AREAS } from '../registry/areas.ts';
import { ATTRIBUTION, LICENCE } from '../open-data/licence.ts';
import { areasAsOf } from './area-as-of.ts';
import { administrationAbbrs, administrationRef, sortGoals } from './goal-items.ts';
import type { GoalData } from './model.ts';
import { goalPath } from '../routes.ts';
import { type ReportTable } from './paths.ts';
import { spendingTotals } from './spending-view.ts';
import { ADMINISTRATION_SPENDING, columnNames, REPORT_AREAS, REPORT_GOALS, REPORT_SPENDING } from '../open-data/download-specs.ts';

const yesNo = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'ja' : 'nej');
const num = (n: number | undefined): string => (n === undefined ? '' : formatDanishNumber(n));

export function danishCsv(fields: readonly string[], data: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...fields], data: data.map((r) => [...r]) }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_CELL })}\r\n`;
}

/** `absolute(path)`: a site path as an absolute URL, so a row in a spreadsheet still leads back. */
export function reportCsv(
  data: GoalData,
  barometer: Barometer,
  year: number,
  table: ReportTable,
  absolute: (path: string) => string,
): string {
  if (table === 'maal') {
    const rows = sortGoals(data.goals.filter((g) => g.budgetYear === year)).map((g) => [
      String(g.budgetYear),
      g.administration,
      administrationRef(g.administration).name,
      g.id,
      g.kind,
      g.title,
      g.area,
      g.indicator ?? '',
      num(g.target),
      g.targetUnit ?? '',
      g.status,
      g.statusText ?? '',
      yesNo(g.realistic),
      g.initiatives ?? '',
      g.sourceDocument,
      yesNo(g.illustrative),
      absolute(goalPath(g)),
    ]);
    return danishCsv(columnNames(REPORT_GOALS), rows);
  }
  if (table === 'omraader') {
    const rows = areasAsOf(barometer, year).map((a) => [
      String(year),
      a.area,
      AREAS.find((x) => x.id === a.area)?.name ?? a.area,
      a.indicator.id,
      a.status.colour,
      a.status.label,
      a.latest?.period ?? '',
      num(a.latest?.value),
      barometer.indicators.find((i) => i.id === a.indicator.id)?.unit ?? '',
      a.explanation,
      a.today.colour,
      a.today.label,
      absolute(a.path),
    ]);
    return danishCsv(columnNames(REPORT_AREAS), rows);
  }
  const order = administrationAbbrs();
  const rows = data.spending
    .filter((s) => s.budgetYear === year)
    .sort((a, b) => order.indexOf(a.administration) - order.indexOf(b.administration))
    .map((s) => [
      String(s.budgetYear),
      s.administration,
      administrationRef(s.administration).name,
      s.covers,
      num(s.amount),
      s.source,
      s.sourceDocument ?? '',
      yesNo(s.illustrative),
    ]);
  return danishCsv(columnNames(REPORT_SPENDING), rows);
}

/** The administration's rows of spending.csv, with the columns of that file. */
export function spendingCsv(data: GoalData, abbr: string): string {
  const rows = data.spending
    .filter((s) => s.administration === abbr)
    .sort((a, b) => a.budgetYear - b.budgetYear)
    .map((s) => [s.administration, String(s.budgetYear), num(s.amount), s.covers, s.source, s.sourceDocument ?? '', yesNo(s.illustrative)]);
  return danishCsv(columnNames(ADMINISTRATION_SPENDING), rows);
}

/** A row keyed like the CSV's columns (spending.csv's), typed; an empty cell is null. */
export interface SpendingRowJson {
  administration: string;
  budget_year: number;
  amount: number;
  covers: string;
  source: string;
  source_document: string | null;
  illustrative: boolean;
}

export interface SpendingJson {
  administration: { abbr: string; name: string };
  unit: 'kr.';
  licence: typeof LICENCE;
  attribution: string;
  /** `illustrative`: the year's total includes example data (a total of invented rows is invented too). */
  totals: { budget_year: number; amount: number; illustrative: boolean }[];
  rows: SpendingRowJson[];
}

export function spendingJson(data: GoalData, abbr: string): SpendingJson {
  const rows = data.spending.filter((s) => s.administration === abbr).sort((a, b) => a.budgetYear - b.budgetYear);
  const ref = administrationRef(abbr);
  return {
    administration: { abbr, name: ref.name },
    unit: 'kr.',
    licence: { ...LICENCE },
    attribution: ATTRIBUTION,
    totals: spendingTotals(rows).map((t) => ({
      budget_year: t.year,
      amount: t.total,
      illustrative: rows.some((r) => r.budgetYear === t.year && r.illustrative),
    })),
    rows: rows.map((s) => ({
      administration: s.administration,
      budget_year: s.budgetYear,
      amount: s.amount,
      covers: s.covers,
      source: s.source,
      source_document: s.sourceDocument || null,
      illustrative: s.illustrative,
    })),
  };
}
