/**
 * Generated indicators and measurements: M indicators spread over the six areas (the first of each
 * area is its main indicator unless the area already has one), Y yearly periods each, and for a share of them breakdowns by gender.
 * Values are random walks kept inside the unit's limits; targets lie in the good direction.
 * Rows are plain records keyed by the CSV column names of src/lib/data/csv-schema.ts.
 */
import { AREA_IDS, type AreaId } from '../../../src/lib/registry/areas.ts';
import { UNITS, type UnitId } from '../../../src/lib/registry/units.ts';
import { ILLUSTRATIVE_SOURCE } from '../../../src/lib/data/csv-schema.ts';
import { GROUPS } from './danish-bank.ts';
import type { Rng } from './prng.ts';

import type { Row } from './csv.ts';
import { formatDanishNumber } from '../../../src/lib/format/danish-number.ts';

export interface GeneratedData {
  indicators: Row[];
  measurements: Row[];
  /** Generated indicator ids per area, in order. */
  byArea: Map<AreaId, string[]>;
}

export interface DataOptions {
  indicators: number;
  years: number;
  /** Last measured year. */
  lastYear: number;
  /** Areas that already have a main indicator (in the repository's data); the rest get one generated. */
  areasWithMain?: ReadonlySet<string>;
}

type Measure = { title: string; unit: UnitId; direction: 'højere' | 'lavere' };
const m = (title: string, unit: UnitId, direction: 'højere' | 'lavere'): Measure => ({ title, unit, direction });

/** What each area measures; the title is "<measure> <group>". */
const MEASURES: Record<AreaId, Measure[]> = {
  beskaeftigelse: [
    m('Beskæftigelsesfrekvens for', 'pct', 'højere'),
    m('Andel på offentlig forsørgelse blandt', 'pct', 'lavere'),
    m('Forskel i beskæftigelse til personer af dansk oprindelse for', 'procentpoint', 'lavere'),
    m('Antal i virksomhedspraktik blandt', 'antal', 'højere'),
  ],
  bolig: [
    m('Andel bosat i udsatte boligområder blandt', 'pct', 'lavere'),
    m('Andel der er tilfredse med deres bolig blandt', 'pct', 'højere'),
    m('Andel i overbelagte boliger blandt', 'pct', 'lavere'),
    m('Antal nye lejere i almene boliger blandt', 'antal', 'højere'),
  ],
  tryghed: [
    m('Andel der føler sig trygge i deres bydel blandt', 'pct', 'højere'),
    m('Andel der oplever diskrimination blandt', 'pct', 'lavere'),
    m('Andel sigtet for kriminalitet blandt', 'pct', 'lavere'),
    m('Tryghedsindeks for', 'indeks', 'højere'),
  ],
  uddannelse: [
    m('Andel med en ungdomsuddannelse blandt', 'pct', 'højere'),
    m('Andel med mindst 02 i dansk og matematik blandt', 'pct', 'højere'),
    m('Forskel i karaktergennemsnit til personer af dansk oprindelse for', 'procentpoint', 'lavere'),
    m('Antal i lektiecaféer blandt', 'antal', 'højere'),
  ],
  'sundhed-og-omsorg': [
    m('Andel med et godt selvvurderet helbred blandt', 'pct', 'højere'),
    m('Andel der ryger dagligt blandt', 'pct', 'lavere'),
    m('Andel der har fået forebyggende hjemmebesøg blandt', 'pct', 'højere'),
    m('Sundhedsindeks for', 'indeks', 'højere'),
  ],
  'kultur-og-fritid': [
    m('Andel der er medlem af en forening blandt', 'pct', 'højere'),
    m('Andel der har brugt et bibliotek det seneste år blandt', 'pct', 'højere'),
    m('Andel med fritidsjob blandt', 'pct', 'højere'),
    m('Antal deltagere i kulturhusenes arrangementer blandt', 'antal', 'højere'),
  ],
};

/** Number as written in a Danish `;` file: decimal comma, no thousands separator. */
export const danishNumber = (value: number): string => formatDanishNumber(Math.round(value * 10) / 10);

function clamp(value: number, unit: UnitId): number {
  const { min, max } = UNITS[unit];
  return Math.min(Math.max(value, min), Number.isFinite(max) ? max : value);
}

function startValue(rng: Rng, unit: UnitId): number {
  if (unit === 'pct') return rng.int(150, 850) / 10;
  if (unit === 'procentpoint') return rng.int(50, 350) / 10;
  if (unit === 'antal') return rng.int(200, 5000);
  return rng.int(800, 1200) / 10;
}

export function generateData(rng: Rng, options: DataOptions): GeneratedData {
  const indicators: Row[] = [];
  const measurements: Row[] = [];
  const byArea = new Map<AreaId, string[]>(AREA_IDS.map((a) => [a, []]));
  const firstYear = options.lastYear - options.years + 1;

  for (let i = 0; i < options.indicators; i++) {
    const area = AREA_IDS[i % AREA_IDS.length] as AreaId;
    const ids = byArea.get(area) ?? [];
    const id = `${area}-eksempel-${String(ids.length + 1).padStart(3, '0')}`;
    // Measure × group combinations in a fixed order per area; past them all, a series number.
    const measures = MEASURES[area];
    const k = ids.length;
    const measure = measures[k % measures.length] as Measure;
    const group = GROUPS[Math.floor(k / measures.length) % GROUPS.length] ?? '';
    const round = Math.floor(k / (measures.length * GROUPS.length));
    const unit = measure.unit;
    const step = unit === 'antal' ? 40 : 1.2;
    const sign = measure.direction === 'højere' ? 1 : -1;
    const hasBreakdowns = rng.chance(0.35);
    const baselineYear = firstYear + rng.int(0, Math.max(0, Math.min(4, options.years - 2)));
    const drift = (rng.next() - 0.4) * step * 0.6;

    // Main series plus gender breakdowns that differ by a fixed gap.
    const series: { breakdown: string; offset: number }[] = [{ breakdown: '', offset: 0 }];
    if (hasBreakdowns)
      series.push({ breakdown: 'Kvinder', offset: -rng.int(5, 40) / 10 }, { breakdown: 'Mænd', offset: rng.int(5, 40) / 10 });
    let value = startValue(rng, unit);
    const mainValues = new Map<number, number>();
    for (let y = firstYear; y <= options.lastYear; y++) {
      value = clamp(value + drift + (rng.next() - 0.5) * step, unit);
      mainValues.set(y, Math.round(value * 10) / 10);
      for (const s of series) {
        measurements.push({
          indicator: id,
          period: String(y),
          breakdown: s.breakdown,
          value: danishNumber(clamp(value + s.offset * (unit === 'antal' ? 20 : 1), unit)),
          source: ILLUSTRATIVE_SOURCE,
          ...(y === options.lastYear && rng.chance(0.1) ? { note: 'Foreløbigt tal', flag: 'foreløbig' } : { note: '' }),
        });
      }
    }

    const baseline = mainValues.get(baselineYear) ?? value;
    const withTarget = rng.chance(0.6);
    const targetGain = unit === 'antal' ? rng.int(100, 800) : rng.int(10, 80) / 10;
    const target = clamp(baseline + sign * targetGain, unit);
    indicators.push({
      id,
      area,
      title: `${measure.title} ${group}${round > 0 ? ` (serie ${round + 1})` : ''}`,
      definition: `${measure.title} ${group} i København, målt én gang om året. Opdigtet serie til benchmark.`,
      unit,
      direction: measure.direction,
      main: ids.length === 0 && !options.areasWithMain?.has(area) ? 'ja' : 'nej',
      main_label: hasBreakdowns ? 'I alt' : '',
      baseline_period: String(baselineYear),
      baseline_value: '',
      target_period: withTarget && target !== baseline ? String(options.lastYear + 5) : '',
      target_value: withTarget && target !== baseline ? danishNumber(target) : '',
      tolerance: unit === 'antal' ? '25' : '0,5',
      source: ILLUSTRATIVE_SOURCE,
      source_url: '',
      method: 'Genereret af scripts/generate-corpus.ts til benchmark; tallene er ikke rigtige målinger.',
      illustrative: 'ja',
      // The groups are immigrant groups unless they say otherwise ("unge uden uddannelse").
      coverage: /indvandrere|flygtninge|tosprogede|familiesammenførte|minoritet/.test(group)
        ? 'indvandrere og efterkommere (kildens afgrænsning)'
        : 'alle københavnere',
    });
    ids.push(id);
    byArea.set(area, ids);
  }
  return { indicators, measurements, byArea };
}
