/**
 * Rule: a series' municipality code (column geo) is one code for the whole series, names the
 * municipality its breakdown names, and no two series of an indicator claim the same municipality.
 * Once an indicator uses codes, a breakdown named after a municipality must carry its code, so the
 * city comparison cannot miss or mislabel a series. Which code a main series may carry at all is
 * main-series-geo.ts's rule; its rows with another code are left to it.
 */
import { MUNICIPALITIES, municipality } from '../../registry/municipalities.ts';
import type { DataContext } from '../data-context.ts';
import type { MeasurementDraft } from '../drafts.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, rawCell } from '../row-ref.ts';
import { mainSeriesCodeAllowed, seriesGeo } from '../series-geo.ts';

/** The geo cell could not be read: its own error is already reported. */
const brokenGeo = (m: MeasurementDraft) => m.geo === undefined && rawCell(m.ref, 'geo').trim() !== '';

const seriesName = (breakdown: string) => (breakdown === '' ? 'hovedserien (tom breakdown)' : `serien "${breakdown}"`);

/** The rows of a series that disagree with the code most of its rows carry (the odd ones out). */
function oddRows(rows: readonly MeasurementDraft[]): ValidationError[] {
  const { geo, rows: agreeing, tie } = seriesGeo(rows);
  const code = geo ? `"${geo}"` : 'en tom celle';
  const first = agreeing[0]?.ref.line ?? 0;
  // On a tie no row is the odd one; the earliest row's code counts, as the file reads top down.
  const message = tie ? 'har en anden kommunekode end seriens første række' : 'har en anden kommunekode end resten af serien';
  const expected = tie
    ? `${code} som på linje ${first}`
    : `${code} som på ${agreeing.length} af seriens ${rows.length} rækker (fx linje ${first})`;
  return rows
    .filter((m) => (m.geo ?? '') !== geo)
    .map((m) => cellError(m.ref, 'geo', `${seriesName(m.breakdown)} ${message}`, expected, rawCell(m.ref, 'geo').trim()));
}

export function checkGeoSeries(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const series = new Map<string, MeasurementDraft[]>();
  const usesCodes = new Set(ctx.measurements.filter((m) => m.geo && m.indicator).map((m) => m.indicator as string));

  for (const m of ctx.measurements) {
    if (!m.indicator || brokenGeo(m) || !mainSeriesCodeAllowed(m)) continue;
    if (m.geo && m.breakdown !== '' && m.breakdown !== municipality(m.geo).name) {
      const name = municipality(m.geo).name;
      errors.push(
        cellError(
          m.ref,
          'breakdown',
          `opdelingen passer ikke til kommunekoden ${m.geo} (${name})`,
          `"${name}", eller en anden kommunekode`,
        ),
      );
      continue;
    }
    const named = MUNICIPALITIES.find((x) => x.name === m.breakdown);
    if (!m.geo && named && usesCodes.has(m.indicator)) {
      errors.push(
        cellError(m.ref, 'geo', `serien "${m.breakdown}" er en kommune, men rækken har ingen kommunekode`, `"${named.code}"`, ''),
      );
      continue;
    }
    const key = `${m.indicator}\u0000${m.breakdown}`;
    series.set(key, [...(series.get(key) ?? []), m]);
  }

  // Series in the order they first appear, so a code's second series is the one reported.
  const seriesOfGeo = new Map<string, MeasurementDraft>();
  for (const rows of series.values()) {
    errors.push(...oddRows(rows));
    const { geo, rows: agreeing } = seriesGeo(rows);
    const m = agreeing[0];
    if (!geo || !m) continue;
    const geoKey = `${m.indicator}\u0000${geo}`;
    const other = seriesOfGeo.get(geoKey);
    if (!other) seriesOfGeo.set(geoKey, m);
    else {
      const otherName = other.breakdown === '' ? 'hovedserien' : `serien "${other.breakdown}"`;
      errors.push(
        cellError(
          m.ref,
          'geo',
          `kommunekoden ${geo} bruges allerede af ${otherName} (linje ${other.ref.line})`,
          'én serie pr. kommune i hver indikator',
        ),
      );
    }
  }
  return errors;
}
