/**
 * Rule: a series' municipality code (column geo) is one code for the whole series, names the
 * municipality its breakdown names, and no two series of an indicator claim the same municipality.
 * Once an indicator uses codes, a breakdown named after a municipality must carry its code, so the
 * city comparison cannot miss or mislabel a series.
 */
import { MUNICIPALITIES, municipality } from '../../registry/municipalities.ts';
import type { DataContext } from '../data-context.ts';
import type { MeasurementDraft } from '../drafts.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, rawCell } from '../row-ref.ts';

/** The geo cell could not be read: its own error is already reported. */
const brokenGeo = (m: MeasurementDraft) => m.geo === undefined && rawCell(m.ref, 'geo').trim() !== '';

export function checkGeoSeries(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const firstOfSeries = new Map<string, MeasurementDraft>();
  const seriesOfGeo = new Map<string, MeasurementDraft>();
  const usesCodes = new Set(ctx.measurements.filter((m) => m.geo && m.indicator).map((m) => m.indicator as string));

  for (const m of ctx.measurements) {
    if (!m.indicator || brokenGeo(m)) continue;
    const shown = m.breakdown === '' ? 'hovedserien (tom breakdown)' : `serien "${m.breakdown}"`;
    if (m.geo && m.breakdown !== '' && m.breakdown !== municipality(m.geo).name) {
      const name = municipality(m.geo).name;
      errors.push(cellError(m.ref, 'breakdown', `opdelingen passer ikke til kommunekoden ${m.geo} (${name})`, `"${name}", eller en anden kommunekode`));
      continue;
    }
    const named = MUNICIPALITIES.find((x) => x.name === m.breakdown);
    if (!m.geo && named && usesCodes.has(m.indicator)) {
      errors.push(cellError(m.ref, 'geo', `serien "${m.breakdown}" er en kommune, men rækken har ingen kommunekode`, `"${named.code}"`, ''));
      continue;
    }
    const seriesKey = `${m.indicator}\u0000${m.breakdown}`;
    const first = firstOfSeries.get(seriesKey);
    if (!first) firstOfSeries.set(seriesKey, m);
    else if (first.geo !== m.geo) {
      const want = first.geo ? `"${first.geo}" som på linje ${first.ref.line}` : `en tom celle som på linje ${first.ref.line}`;
      errors.push(cellError(m.ref, 'geo', `${shown} har en anden kommunekode end seriens første række`, want, rawCell(m.ref, 'geo').trim()));
      continue;
    }
    if (!m.geo || first) continue;
    const geoKey = `${m.indicator}\u0000${m.geo}`;
    const other = seriesOfGeo.get(geoKey);
    if (!other) seriesOfGeo.set(geoKey, m);
    else {
      const otherName = other.breakdown === '' ? 'hovedserien' : `serien "${other.breakdown}"`;
      errors.push(cellError(m.ref, 'geo', `kommunekoden ${m.geo} bruges allerede af ${otherName} (linje ${other.ref.line})`, 'én serie pr. kommune i hver indikator'));
    }
  }
  return errors;
}
