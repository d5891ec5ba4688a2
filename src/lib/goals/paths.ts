/**
 * Every site path of the administrations' goals, spending and status reports, built here and only
 * here (pass them through href()). When src/lib/routes.ts lands, these move there.
 */
import { ORGANISATIONS } from '../registry/organisations.ts';

/** The registry's slug for an administration's abbreviation ("BUF" → "boerne-og-ungdom"); not a committee's. */
export function administrationSlug(abbr: string): string {
  const org = ORGANISATIONS.find((o) => o.administration.abbr === abbr);
  if (!org) throw new Error(`Ukendt forvaltning "${abbr}" (forventede en forkortelse fra src/lib/registry/organisations.ts)`);
  return org.slug;
}

/** The anchor of a budget year on the administration page. */
export const budgetYearAnchor = (year: number): string => `budget-${year}`;

/** The status report's tables as CSV: the goals, the six areas and the spending of the year. */
export type ReportTable = 'maal' | 'omraader' | 'udgifter';
export const REPORT_TABLES: readonly ReportTable[] = ['maal', 'omraader', 'udgifter'];
/** The file name a browser saves it under: »statusrapport-2008-maal.csv«. */
export const statusReportCsvName = (year: number, table: ReportTable): string => `statusrapport-${year}-${table}.csv`;

/** The name an administration's spending files are saved under (»udgifter-oekonomi«): seven »udgifter.csv« would overwrite each other. */
export function spendingFileStem(abbr: string): string {
  return `udgifter-${administrationSlug(abbr)}`;
}
