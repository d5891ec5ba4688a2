/**
 * Rule: the main series (empty breakdown) is Copenhagen's (geo 101), or the whole country's (000)
 * for a national indicator whose main_label says "Hele landet". The site presents the main series
 * as the city's own figures, so a main series with Aarhus' code would publish Aarhus' numbers as
 * Copenhagen's, and a label that contradicts the code would name the wrong place on every chart.
 * Rows without a code (files written before the geo column) are left alone.
 */
import { COPENHAGEN, WHOLE_COUNTRY, municipality, type MunicipalityCode } from '../../registry/municipalities.ts';
import type { DataContext } from '../data-context.ts';
import type { MeasurementDraft } from '../drafts.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';
import { mainSeriesCodeAllowed, seriesGeo } from '../series-geo.ts';

const WHOLE_COUNTRY_LABEL = municipality(WHOLE_COUNTRY).name;
const COPENHAGEN_LABEL = municipality(COPENHAGEN).name;

function wrongCode(m: MeasurementDraft, geo: MunicipalityCode): ValidationError {
  const name = municipality(geo).name;
  return cellError(
    m.ref,
    'geo',
    `hovedserien (tom breakdown) er Københavns tal, men rækken har kommunekoden ${geo} (${name})`,
    `"${COPENHAGEN}", eller "${WHOLE_COUNTRY}" når indikatorens main_label er "${WHOLE_COUNTRY_LABEL}"; tal for ${name} skrives med breakdown "${name}"`,
  );
}

export function checkMainSeriesGeo(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const main = new Map<string, MeasurementDraft[]>();
  for (const m of ctx.measurements) {
    if (!m.indicator || m.breakdown !== '' || !m.geo) continue;
    if (!mainSeriesCodeAllowed(m)) errors.push(wrongCode(m, m.geo));
    else main.set(m.indicator, [...(main.get(m.indicator) ?? []), m]);
  }
  for (const [id, rows] of main) {
    const ind = ctx.byId.get(id);
    if (!ind) continue;
    const { geo, rows: agreeing } = seriesGeo(rows);
    const at = `${ctx.measurementsFile}:${agreeing[0]?.ref.line ?? 0}`;
    const label = ind.mainLabel ?? '';
    const says = label === '' ? 'main_label er tom (vises som "I alt")' : `main_label siger "${label}"`;
    const national = label.toLowerCase() === WHOLE_COUNTRY_LABEL.toLowerCase();
    if (geo === WHOLE_COUNTRY && !national) {
      errors.push(
        cellError(
          ind.ref,
          'main_label',
          `hovedserien har tal for hele landet (kommunekode ${WHOLE_COUNTRY}, fx ${at}), men ${says}`,
          `"${WHOLE_COUNTRY_LABEL}", eller kommunekoden ${COPENHAGEN} i hovedserien, hvis tallene er Københavns`,
        ),
      );
    } else if (geo === COPENHAGEN && national) {
      errors.push(
        cellError(
          ind.ref,
          'main_label',
          `hovedserien har Københavns tal (kommunekode ${COPENHAGEN}, fx ${at}), men ${says}`,
          `"${COPENHAGEN_LABEL}", eller kommunekoden ${WHOLE_COUNTRY} i hovedserien, hvis tallene gælder hele landet`,
        ),
      );
    }
  }
  return errors;
}
