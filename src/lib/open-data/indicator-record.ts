/**
 * An indicator as a JSON object keyed by the columns of indicators.csv, with the values a reader
 * of indicators.json gets (the direction as »højere«/»lavere«, as the data dictionary allows, not
 * the model's English), so every JSON download names and writes an indicator the same way.
 */
import type { Indicator } from '../model.ts';
import { DIRECTION_VALUES, INDICATORS_TABLE } from '../data/csv-schema.ts';
import type { JsonCell } from './table-json.ts';

const directionWord = (d: Indicator['direction']): string =>
  (Object.keys(DIRECTION_VALUES) as (keyof typeof DIRECTION_VALUES)[]).find((k) => DIRECTION_VALUES[k] === d) ?? d;

/** Every column of indicators.csv; baseline_value is the value the status uses, also when the file leaves it empty. */
export function indicatorRecord(i: Indicator): Record<string, JsonCell> {
  const values: Record<string, JsonCell> = {
    id: i.id,
    area: i.area,
    title: i.title,
    definition: i.definition,
    unit: i.unit,
    direction: directionWord(i.direction),
    main: i.main,
    main_label: i.mainLabel ?? null,
    baseline_period: i.baseline?.period.label ?? null,
    baseline_value: i.baseline?.value ?? null,
    target_period: i.target?.period.label ?? null,
    target_value: i.target?.value ?? null,
    tolerance: i.tolerance,
    source: i.source,
    source_url: i.sourceUrl ?? null,
    method: i.method ?? null,
    illustrative: i.illustrative,
    coverage: i.coverage ?? null,
    baseline_note: i.baselineNote ?? null,
    next_update: i.nextUpdate ?? null,
    unit_noun: i.countNoun ? `${i.countNoun.one}/${i.countNoun.other}` : null,
  };
  // In the file's column order, so the object reads like a row of indicators.json.
  return Object.fromEntries(INDICATORS_TABLE.columns.map((c) => [c.name, values[c.name] ?? null]));
}

/** Only some columns (the comparison names the indicator briefly). */
export function indicatorFields(i: Indicator, names: readonly string[]): Record<string, JsonCell> {
  const all = indicatorRecord(i);
  return Object.fromEntries(names.map((n) => [n, all[n] ?? null]));
}
