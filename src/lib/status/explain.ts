/**
 * The Danish sentence that explains a status, built from the trace's own numbers so the page can
 * never say something the rule did not compute.
 */
import type { StatusTrace } from './status.ts';
import { formatDistance, formatValue } from '../format/danish-number.ts';
import { baselineWords } from '../format/period.ts';

type Facts = Omit<StatusTrace, 'explanation'>;

export function explainStatus(t: Facts): string {
  const d = t.decimals;
  const fine = Math.min(d + 1, 3);
  const dist = (x: number, dec = d) => formatDistance(x, t.unit, dec);
  const val = (x: number) => formatValue(x, t.unit, d);
  const { baseline, latest, target } = t;

  if (t.outcome === 'no-baseline') return 'Indikatoren har ingen basisværdi, så der kan ikke beregnes en status.';
  if (!baseline) throw new Error(`Indikator ${t.indicator}: status ${t.outcome} uden basisværdi`);
  const since = `Fra ${baselineWords(baseline.period.label)} (${val(baseline.value)})`;
  if (t.outcome === 'no-measurement' || !latest || t.actual === undefined) {
    return `Der er ingen måling efter ${baselineWords(baseline.period.label)}, så der kan ikke beregnes en status.`;
  }
  const to = `til ${latest.period.label} (${val(latest.value)})`;
  const a = t.actual;
  const moved = a > 0 ? `en forbedring på ${dist(a)}` : a < 0 ? `en forværring på ${dist(a)}` : 'ingen ændring';
  const tol = `tolerancen på ${dist(t.tolerance)}`;

  switch (t.outcome) {
    case 'target-met':
      return `Målet for ${target?.period.label} på ${val(target?.value ?? 0)} er nået: målingen for ${latest.period.label} er ${val(latest.value)}`.replace(/\.?$/, '.');
    case 'decline':
      return `${since} ${to} er der sket ${moved}, mere end ${tol}.`;
    case 'standstill':
      return `${since} ${to} er der sket ${moved}, som højst er ${tol}; det regnes som stilstand.`;
    case 'progress':
      return `${since} ${to} er der sket ${moved}, mere end ${tol}. Indikatoren har ikke et talmål, så status bygger kun på retningen.`;
    case 'on-pace':
    case 'too-slow': {
      const need = `For at nå målet for ${target?.period.label} skulle forbedringen nu være ${dist(t.required ?? 0, fine)}`;
      const share = `95 % af det er ${dist(t.threshold ?? 0, fine)}`;
      return t.outcome === 'on-pace'
        ? `${since} ${to} er der sket ${moved}. ${need}; ${share}, så udviklingen følger tempoet.`
        : `${since} ${to} er der sket ${moved}, mere end ${tol}. ${need}; ${share}, så fremgangen er for langsom.`;
    }
    default:
      throw new Error(`Indikator ${t.indicator}: ukendt udfald ${t.outcome}`);
  }
}
