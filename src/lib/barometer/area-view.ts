/** An area for the overview and its page: the main indicator (whose status is the area's) and the rest. */
import type { Barometer } from '../model.ts';
import { AREAS, type AreaId } from '../registry/areas.ts';
import { mainIndicatorOf } from '../status/area-status.ts';
import { indicatorView, type IndicatorView } from './indicator-view.ts';
import { areaPath } from '../routes.ts';

export interface AreaView {
  id: AreaId;
  name: string;
  path: string;
  main: IndicatorView;
  subs: IndicatorView[];
  /** Main indicator first, then the others in data order. */
  indicators: IndicatorView[];
  /** Some series on the area page is example data: the page shows the banner. */
  illustrative: boolean;
}

export function areaView(barometer: Barometer, id: AreaId): AreaView {
  const main = indicatorView(barometer, mainIndicatorOf(barometer, id).id);
  const subs = barometer.indicators.filter((i) => i.area === id && !i.main).map((i) => indicatorView(barometer, i.id));
  const name = AREAS.find((a) => a.id === id)?.name ?? id;
  return {
    id,
    name,
    path: areaPath(id),
    main,
    subs,
    indicators: [main, ...subs],
    illustrative: [main, ...subs].some((v) => v.indicator.illustrative),
  };
}

/** All six areas in the registry's order. */
export function areaViews(barometer: Barometer): AreaView[] {
  return [...AREAS].sort((a, b) => a.order - b.order).map((a) => areaView(barometer, a.id));
}

/** The area's goal file (content/areas/<area>.md); a missing one stops the build with its expected path. */
export function goalEntryFor<T extends { data: { area: AreaId } }>(entries: readonly T[], id: AreaId): T {
  const entry = entries.find((e) => e.data.area === id);
  if (!entry)
    throw new Error(`Målteksten for området ${id} mangler: forventede filen content/areas/${id}.md med "area: ${id}" og "goal: …".`);
  return entry;
}
