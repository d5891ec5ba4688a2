/**
 * Rule: one indicator spells each breakdown one way. »Kvinder« and »kvinder« would be two series on
 * the chart, in the table and in the downloads, each with half the periods. The spelling most rows
 * use counts (the earliest on a tie); every row with another is named, with a line that has it right.
 */
import type { DataContext } from '../data-context.ts';
import type { MeasurementDraft } from '../drafts.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';
import { municipality } from '../../registry/municipalities.ts';

/** A breakdown with a code but another name than the municipality's: geo-series.ts names the spelling. */
const geoRuleReports = (m: MeasurementDraft) => m.geo !== undefined && m.breakdown !== municipality(m.geo).name;

export function checkBreakdownCase(ctx: DataContext): ValidationError[] {
  // Indicator → breakdown in lower case → spelling → its rows, all in file order.
  const groups = new Map<string, Map<string, MeasurementDraft[]>>();
  for (const m of ctx.measurements) {
    if (!m.indicator || m.breakdown === '') continue;
    const key = `${m.indicator}\u0000${m.breakdown.toLocaleLowerCase('da')}`;
    const spellings = groups.get(key) ?? new Map<string, MeasurementDraft[]>();
    spellings.set(m.breakdown, [...(spellings.get(m.breakdown) ?? []), m]);
    groups.set(key, spellings);
  }
  const errors: ValidationError[] = [];
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    let best: [string, MeasurementDraft[]] = ['', []];
    for (const entry of spellings) if (entry[1].length > best[1].length) best = entry;
    const [right, rows] = best;
    const line = rows[0]?.ref.line ?? 0;
    for (const [spelling, odd] of spellings) {
      if (spelling === right) continue;
      for (const m of odd) {
        if (geoRuleReports(m)) continue;
        errors.push(
          cellError(
            m.ref,
            'breakdown',
            `opdelingen er skrevet med andre store og små bogstaver end "${right}" på linje ${line}, så den ville blive en serie for sig`,
            `"${right}" som på linje ${line}`,
          ),
        );
      }
    }
  }
  return errors;
}
