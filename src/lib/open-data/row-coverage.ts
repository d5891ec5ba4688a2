/**
 * Whom one download row's figure covers, true for that row's place. An indicator's coverage is worded
 * for Copenhagen (»alle københavnere«), so a row for another municipality or the whole country gets
 * the same population in the words for elsewhere (»alle indbyggere«), as the comparison's caption does.
 */
import { COVERAGE, COVERAGE_IDS, type CoverageId } from '../registry/coverage.ts';
import { COPENHAGEN, type MunicipalityCode } from '../registry/municipalities.ts';

/** A row without a place (no geo) is the indicator's own, that is Copenhagen's. Null: the indicator does not say. */
export function rowCoverage(coverage: CoverageId | undefined, geo: MunicipalityCode | undefined): string | null {
  if (!coverage) return null;
  const c = COVERAGE[coverage];
  return geo === undefined || geo === COPENHAGEN ? c.label : c.elsewhere;
}

/** Every value a download's coverage column may hold (its enum): each coverage's label and its wording elsewhere. */
export const ROW_COVERAGE_VALUES: readonly string[] = [
  ...new Set(COVERAGE_IDS.flatMap((id) => [COVERAGE[id].label, COVERAGE[id].elsewhere])),
];
