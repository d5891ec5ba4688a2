/**
 * Status and trend before and after a change, per area (its main indicator's) and per indicator,
 * computed by the site's own status rule, with the reason in one sentence from the status trace.
 */
import type { Barometer } from '../../../src/lib/model.ts';
import { AREAS, type AreaId } from '../../../src/lib/registry/areas.ts';
import { indicatorState, mainIndicatorOf, type IndicatorState } from '../../../src/lib/status/area-status.ts';
import type { StatusColour } from '../../../src/lib/status/labels.ts';

export interface StateFacts {
  indicatorId: string;
  indicatorTitle: string;
  colour: StatusColour;
  status: string;
  trend: string;
  /** The trace's explanation as one sentence. */
  reason: string;
  /** "+0,7 procentpoint fra 2023 til 2024", or why there is no trend. */
  trendReason: string;
}

export interface StateChange<K> {
  key: K;
  before?: StateFacts;
  after?: StateFacts;
  /** Status, trend or the numbers behind them differ, or (for an area) its main indicator or that indicator's title. */
  changed: boolean;
  /** For an area: its main indicator is another indicator than before (not the same one under a new id or title). */
  otherIndicator?: boolean;
}

/**
 * The trace's explanation (one or two sentences) as one sentence: "…forbedring på 5,0 procentpoint.
 * For at nå målet…" becomes "…forbedring på 5,0 procentpoint; for at nå målet…".
 */
export function oneSentence(text: string): string {
  return text.trim().replace(/\.\s+(\p{Lu})/gu, (_m, first: string) => `; ${first.toLowerCase()}`);
}

function facts(s: IndicatorState): StateFacts {
  return {
    indicatorId: s.indicator.id,
    indicatorTitle: s.indicator.title,
    colour: s.status.colour,
    status: s.status.label,
    trend: s.trend.label,
    reason: oneSentence(s.status.explanation),
    trendReason: s.trend.explanation,
  };
}

/** The state of every indicator; undefined for a barometer the rule cannot judge (data with errors). */
function states(b: Barometer | undefined): Map<string, StateFacts> | undefined {
  if (!b) return undefined;
  try {
    return new Map(b.indicators.map((i) => [i.id, facts(indicatorState(b, i))]));
  } catch {
    return undefined;
  }
}

/** The same status, trend and numbers behind them; which indicator, and its title, is compared apart. */
function same(a: StateFacts | undefined, b: StateFacts | undefined): boolean {
  const judged = (f: StateFacts | undefined) => f && [f.colour, f.status, f.trend, f.reason, f.trendReason];
  return JSON.stringify(judged(a)) === JSON.stringify(judged(b));
}

export interface StatusComparison {
  /** False when one side's data has errors: then there is no status to compare. */
  available: boolean;
  /** Which side's data the rule could not judge, when not available. */
  missing?: 'before' | 'after' | 'both';
  areas: StateChange<AreaId>[];
  indicators: Map<string, StateChange<string>>;
}

/**
 * Pass undefined for a side whose data the check refused. `renames`: indicator ids the change
 * renames (old → new), so a renamed indicator is compared with itself.
 */
export function compareStatus(
  before: Barometer | undefined,
  after: Barometer | undefined,
  renames: ReadonlyMap<string, string> = new Map(),
): StatusComparison {
  const sb = states(before);
  const sa = states(after);
  if (!sb || !sa || !before || !after) {
    const missing = !sb && !sa ? 'both' : !sa ? 'after' : 'before';
    return { available: false, missing, areas: [], indicators: new Map() };
  }
  const main = (b: Barometer, area: AreaId, s: Map<string, StateFacts>): StateFacts | undefined => {
    try {
      return s.get(mainIndicatorOf(b, area).id);
    } catch {
      return undefined;
    }
  };
  const newId = (id: string) => renames.get(id) ?? id;
  const areas = [...AREAS]
    .sort((x, y) => x.order - y.order)
    .map((a): StateChange<AreaId> => {
      const b = main(before, a.id, sb);
      const f = main(after, a.id, sa);
      const otherIndicator = Boolean(b && f && newId(b.indicatorId) !== f.indicatorId);
      const changed = !same(b, f) || otherIndicator || b?.indicatorTitle !== f?.indicatorTitle;
      return { key: a.id, before: b, after: f, changed, otherIndicator };
    });
  const renamed = new Map([...sb].map(([id, f]) => [newId(id), f]));
  const indicators = new Map<string, StateChange<string>>();
  for (const id of new Set([...sa.keys(), ...renamed.keys()])) {
    const b = renamed.get(id);
    const f = sa.get(id);
    indicators.set(id, { key: id, before: b, after: f, changed: !same(b, f) });
  }
  return { available: true, areas, indicators };
}
