/**
 * The Danish sentence that explains a status, built from the trace's own numbers so the page can
 * never say something the rule did not compute. The words: copy/status.ts (STATUS_TEXT).
 */
import { PACE_SHARE, type StatusTrace } from './status.ts';
import { formatDistance, formatValue } from '../format/danish-number.ts';
import { finerDecimals } from '../format/danish-number.ts';
import { listDa } from '../format/list.ts';
import { baselineWords, periodText } from '../format/period.ts';
import { STATUS_TEXT as w } from '../copy/status.ts';

type Facts = Omit<StatusTrace, 'explanation'>;

/** What the reader must know about the numbers the rule compared: a break between them, flagged ends. */
export function caveats(t: Facts): string {
  const out: string[] = [];
  if (t.breaks && t.breaks.length > 0 && t.baseline && t.latest) {
    const at = listDa(t.breaks.map((b) => periodText(b.period.label)));
    out.push(w.acrossBreak(periodText(t.baseline.period.label), periodText(t.latest.period.label), at));
  }
  const flagged = [
    t.baseline?.flag && t.baseline.flag !== 'brud i serien' ? w.baselineFlagged(t.baseline.flag) : undefined,
    t.latest?.flag && t.latest.flag !== 'brud i serien' ? w.latestFlagged(t.latest.flag) : undefined,
  ].filter((x): x is string => x !== undefined);
  if (flagged.length > 0) out.push(w.note(listDa(flagged)));
  return out.join(' ');
}

export function explainStatus(t: Facts): string {
  const base = explainRule(t);
  const more = t.outcome === 'no-baseline' || t.outcome === 'no-measurement' ? '' : caveats(t);
  // A unit abbreviation at a sentence's end (»pr. 1.000 indb.«) takes the full stop itself.
  return (more ? `${base} ${more}` : base).replace(/\.\.(?=\s|$)/g, '.');
}

function explainRule(t: Facts): string {
  const d = t.decimals;
  const fine = finerDecimals(d);
  const dist = (x: number, dec = d) => formatDistance(x, t.unit, dec);
  const val = (x: number) => formatValue(x, t.unit, d);
  const { baseline, latest, target } = t;

  if (t.outcome === 'no-baseline') return w.noBaseline;
  if (!baseline) throw new Error(`Indikator ${t.indicator}: status ${t.outcome} uden basisværdi`);
  const since = w.since(baselineWords(baseline.period.label), val(baseline.value));
  if (t.outcome === 'no-measurement' || !latest || t.actual === undefined) return w.noMeasurement(baselineWords(baseline.period.label));
  const to = w.to(periodText(latest.period.label), val(latest.value));
  const a = t.actual;
  const moved = a > 0 ? w.improvement(dist(a)) : a < 0 ? w.worsening(dist(a)) : w.noChange;
  const tol = t.tolerance === 0 ? w.noTolerance : w.tolerance(dist(t.tolerance));

  switch (t.outcome) {
    case 'target-met':
      return w
        .targetMet(periodText(target?.period.label ?? ''), val(target?.value ?? 0), periodText(latest.period.label), val(latest.value))
        .replace(/\.?$/, '.');
    case 'decline':
      return w.decline(since, to, moved, tol);
    case 'standstill':
      return w.standstill(since, to, moved, tol);
    case 'progress':
      return w.progress(since, to, moved, tol);
    case 'on-pace':
    case 'too-slow': {
      const need = w.need(periodText(target?.period.label ?? ''), dist(t.required ?? 0, fine));
      const share = w.share(Math.round(PACE_SHARE * 100), dist(t.threshold ?? 0, fine));
      return t.outcome === 'on-pace' ? w.onPace(since, to, moved, need, share) : w.tooSlow(since, to, moved, tol, need, share);
    }
    default:
      throw new Error(`Indikator ${t.indicator}: ukendt udfald ${t.outcome}`);
  }
}
