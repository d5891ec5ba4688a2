/**
 * The status trace as term/value rows for the indicator page: every number the rule used, in Danish,
 * so a reader can redo the calculation.
 */
import { formatChange, formatDistance, formatValue, finerDecimals } from '../format/danish-number.ts';
import { PACE_SHARE, type StatusTrace } from './status.ts';
import { listDa } from '../format/list.ts';
import { periodText } from '../format/period.ts';
import { COLOUR_NAME, RULE_LABEL, traceWords as w } from '../copy/index.ts';

export interface TraceRow {
  term: string;
  value: string;
}

export function traceRows(t: StatusTrace): TraceRow[] {
  const d = t.decimals;
  const fine = finerDecimals(d);
  const val = (v: number) => formatValue(v, t.unit, d);
  const change = (v: number, dec = d) => formatChange(v, t.unit, dec);
  const rows: TraceRow[] = [{ term: w.method, value: RULE_LABEL[t.method] }];
  rows.push({ term: w.direction, value: t.direction === 'higher' ? w.higher : w.lower });
  const flagged = (flag: string | undefined) => (flag && flag !== 'brud i serien' ? ` (${flag})` : '');
  rows.push({
    term: w.baseline,
    value: t.baseline ? `${w.at(val(t.baseline.value), periodText(t.baseline.period.label))}${flagged(t.baseline.flag)}` : w.none,
  });
  rows.push({
    term: w.latest,
    value: t.latest ? `${w.at(val(t.latest.value), periodText(t.latest.period.label))}${flagged(t.latest.flag)}` : w.none,
  });
  if (t.breaks && t.breaks.length > 0) {
    const notes = [...new Set(t.breaks.map((b) => b.note).filter((n): n is string => !!n))];
    rows.push({
      term: w.seriesBreak,
      value: `${w.acrossBreak(listDa(t.breaks.map((b) => periodText(b.period.label))))}${notes.length > 0 ? ` ${notes.join(' ')}` : ''}`,
    });
  }
  if (t.method !== 'none')
    rows.push({ term: w.target, value: t.target ? w.at(val(t.target.value), periodText(t.target.period.label)) : w.noTarget });
  if (t.actual !== undefined) rows.push({ term: w.actual, value: change(t.actual) });
  if (t.required !== undefined) rows.push({ term: w.required, value: change(t.required, fine) });
  if (t.threshold !== undefined) rows.push({ term: w.share(Math.round(PACE_SHARE * 100)), value: change(t.threshold, fine) });
  rows.push({ term: w.tolerance, value: `±${formatDistance(t.tolerance, t.unit, d)}` });
  rows.push({ term: w.result, value: `${capitalise(COLOUR_NAME[t.colour])}: ${t.label}` });
  return rows;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
