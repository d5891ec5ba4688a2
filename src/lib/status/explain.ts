/**
 * The Danish sentence that explains a status, built from the trace's own numbers so the page can
 * never say something the rule did not compute.
 */
import type { StatusTrace } from './status.ts';
import { formatDistance, formatValue } from '../format/danish-number.ts';
import { finerDecimals } from '../format/danish-number.ts';
import { listDa } from '../format/list.ts';
import { baselineWords, periodText } from '../format/period.ts';

type Facts = Omit<StatusTrace, 'explanation'>;

/** What the reader must know about the numbers the rule compared: a break between them, flagged ends. */
export function caveats(t: Facts): string {
  const out: string[] = [];
  if (t.breaks && t.breaks.length > 0 && t.baseline && t.latest) {
    const at = listDa(t.breaks.map((b) => periodText(b.period.label)));
    out.push(
      `Sammenligningen fra ${periodText(t.baseline.period.label)} til ${periodText(t.latest.period.label)} går hen over et brud i serien (${at}), så en del af ændringen kan skyldes, at tallene er opgjort anderledes.`,
    );
  }
  const flagged = [
    t.baseline?.flag && t.baseline.flag !== 'brud i serien' ? `basisværdien er ${t.baseline.flag}` : undefined,
    t.latest?.flag && t.latest.flag !== 'brud i serien' ? `den seneste måling er ${t.latest.flag}` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (flagged.length > 0) out.push(`Bemærk: ${listDa(flagged)}.`);
  return out.join(' ');
}

export function explainStatus(t: Facts): string {
  const base = explainRule(t);
  const more = t.outcome === 'no-baseline' || t.outcome === 'no-measurement' ? '' : caveats(t);
  return more ? `${base} ${more}` : base;
}

function explainRule(t: Facts): string {
  const d = t.decimals;
  const fine = finerDecimals(d);
  const dist = (x: number, dec = d) => formatDistance(x, t.unit, dec);
  const val = (x: number) => formatValue(x, t.unit, d);
  const { baseline, latest, target } = t;

  if (t.outcome === 'no-baseline') return 'Indikatoren har ingen basisværdi, så der kan ikke beregnes en status.';
  if (!baseline) throw new Error(`Indikator ${t.indicator}: status ${t.outcome} uden basisværdi`);
  const since = `Fra ${baselineWords(baseline.period.label)} (${val(baseline.value)})`;
  if (t.outcome === 'no-measurement' || !latest || t.actual === undefined) {
    return `Der er ingen måling efter ${baselineWords(baseline.period.label)}, så der kan ikke beregnes en status.`;
  }
  const to = `til ${periodText(latest.period.label)} (${val(latest.value)})`;
  const a = t.actual;
  const moved = a > 0 ? `en forbedring på ${dist(a)}` : a < 0 ? `en forværring på ${dist(a)}` : 'ingen ændring';
  const tol = `tolerancen på ${dist(t.tolerance)}`;

  switch (t.outcome) {
    case 'target-met':
      return `Målet for ${periodText(target?.period.label ?? '')} på ${val(target?.value ?? 0)} er nået: målingen for ${periodText(latest.period.label)} er ${val(latest.value)}`.replace(/\.?$/, '.');
    case 'decline':
      return `${since} ${to} er der sket ${moved}, mere end ${tol}.`;
    case 'standstill':
      return `${since} ${to} er der sket ${moved}, som højst er ${tol}; det regnes som stilstand.`;
    case 'progress':
      return `${since} ${to} er der sket ${moved}, mere end ${tol}. Indikatoren har ikke et talmål, så status bygger kun på retningen.`;
    case 'on-pace':
    case 'too-slow': {
      const need = `For at nå målet for ${periodText(target?.period.label ?? '')} skulle forbedringen nu være ${dist(t.required ?? 0, fine)}`;
      const share = `95 % af det er ${dist(t.threshold ?? 0, fine)}`;
      return t.outcome === 'on-pace'
        ? `${since} ${to} er der sket ${moved}. ${need}; ${share}, så udviklingen følger tempoet.`
        : `${since} ${to} er der sket ${moved}, mere end ${tol}. ${need}; ${share}, så fremgangen er for langsom.`;
    }
    default:
      throw new Error(`Indikator ${t.indicator}: ukendt udfald ${t.outcome}`);
  }
}
