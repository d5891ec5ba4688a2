/**
 * The status trace as term/value rows for the indicator page: every number the rule used, in Danish,
 * so a reader can redo the calculation.
 */
import { formatDistance, formatSigned, formatValue, changeSuffix, NBSP } from '../format/danish-number.ts';
import { finerDecimals } from '../format/danish-number.ts';
import { COLOUR_NAME, RULE_LABEL } from './labels.ts';
import { PACE_SHARE, type StatusTrace } from './status.ts';
import { listDa } from '../format/list.ts';
import { periodText } from '../format/period.ts';

export interface TraceRow {
  term: string;
  value: string;
}

export function traceRows(t: StatusTrace): TraceRow[] {
  const d = t.decimals;
  const fine = finerDecimals(d);
  const val = (v: number) => formatValue(v, t.unit, d);
  const change = (v: number, dec = d) => {
    const suffix = changeSuffix(t.unit);
    return suffix ? `${formatSigned(v, dec)}${NBSP}${suffix}` : formatSigned(v, dec);
  };
  const rows: TraceRow[] = [{ term: 'Metode', value: RULE_LABEL[t.method] }];
  rows.push({ term: 'Ønsket retning', value: t.direction === 'higher' ? 'Stigende (højere er bedre)' : 'Faldende (lavere er bedre)' });
  const flagged = (flag: string | undefined) => (flag && flag !== 'brud i serien' ? ` (${flag})` : '');
  rows.push({ term: 'Basis', value: t.baseline ? `${val(t.baseline.value)} i ${periodText(t.baseline.period.label)}${flagged(t.baseline.flag)}` : 'Ingen' });
  rows.push({ term: 'Seneste måling', value: t.latest ? `${val(t.latest.value)} i ${periodText(t.latest.period.label)}${flagged(t.latest.flag)}` : 'Ingen' });
  if (t.breaks && t.breaks.length > 0) {
    const notes = [...new Set(t.breaks.map((b) => b.note).filter((n): n is string => !!n))];
    rows.push({
      term: 'Brud i serien',
      value: `Ja: sammenligningen går hen over bruddet i ${listDa(t.breaks.map((b) => periodText(b.period.label)))}.${notes.length > 0 ? ` ${notes.join(' ')}` : ''}`,
    });
  }
  if (t.method !== 'none') rows.push({ term: 'Mål', value: t.target ? `${val(t.target.value)} i ${periodText(t.target.period.label)}` : 'Intet talmål' });
  if (t.actual !== undefined) rows.push({ term: 'Faktisk udvikling (a)', value: change(t.actual) });
  if (t.required !== undefined) rows.push({ term: 'Nødvendig udvikling nu (r)', value: change(t.required, fine) });
  if (t.threshold !== undefined) rows.push({ term: `${Math.round(PACE_SHARE * 100)} % af r`, value: change(t.threshold, fine) });
  rows.push({ term: 'Tolerance', value: `±${formatDistance(t.tolerance, t.unit, d)}` });
  rows.push({ term: 'Resultat', value: `${capitalise(COLOUR_NAME[t.colour])}: ${t.label}` });
  return rows;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
