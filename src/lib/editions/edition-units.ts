/**
 * The unit an edition's numbers are printed in. An edition reads indicators.csv as it stood that day,
 * so a unit renamed since (»pct.« → »indeks« for a ratio, a count given its noun »områder«) printed
 * the old, wrong label beside the same number. When today's data still has the edition's numbers,
 * today's unit names them: the numbers stay as published, the label is the true one, and the page
 * says which labels differ from what the edition showed. Pure.
 */
import type { Barometer, Indicator, Measurement } from '../model.ts';
import { indicatorUnit, type UnitInfo } from '../registry/units.ts';

export interface UnitRename {
  id: string;
  title: string;
  /** The unit's name in the edition as published and today (»procent«, »indeks«). */
  then: string;
  now: string;
}

const key = (m: Measurement) => `${m.indicator}\u0000${m.period.label}\u0000${m.breakdown}`;

function sameUnit(a: UnitInfo, b: UnitInfo): boolean {
  return a.id === b.id && a.name === b.name && a.suffix === b.suffix && a.prefix === b.prefix && a.one === b.one && a.change === b.change;
}

/**
 * Today's values still are the edition's numbers: more of the values both have are unchanged than
 * revised. A unit that really changed (a count turned into a rate) rewrites every number; a revision
 * touches a few. Without shared values nothing says which unit the edition's numbers are in.
 */
export function numbersStand(id: string, edition: readonly Measurement[], today: readonly Measurement[]): boolean {
  const now = new Map(today.filter((m) => m.indicator === id).map((m) => [key(m), m.value]));
  let same = 0;
  let revised = 0;
  for (const m of edition) {
    if (m.indicator !== id) continue;
    const v = now.get(key(m));
    if (v === undefined) continue;
    if (v === m.value) same++;
    else revised++;
  }
  return same > revised;
}

/**
 * The edition's data with each indicator's unit (and count noun) as named today, where the label
 * differs and the numbers stand; `renamed` lists those indicators for the page's note.
 */
export function unitsAsToday(edition: Barometer, today: Barometer): { barometer: Barometer; renamed: UnitRename[] } {
  const renamed: UnitRename[] = [];
  const indicators = edition.indicators.map((ind): Indicator => {
    const now = today.indicators.find((i) => i.id === ind.id);
    if (!now) return ind;
    const [a, b] = [indicatorUnit(ind), indicatorUnit(now)];
    if (sameUnit(a, b) || !numbersStand(ind.id, edition.measurements, today.measurements)) return ind;
    renamed.push({ id: ind.id, title: ind.title, then: a.name, now: b.name });
    const relabelled: Indicator = { ...ind, unit: now.unit };
    if (now.countNoun) relabelled.countNoun = now.countNoun;
    else delete relabelled.countNoun;
    return relabelled;
  });
  return renamed.length === 0 ? { barometer: edition, renamed } : { barometer: { ...edition, indicators }, renamed };
}
