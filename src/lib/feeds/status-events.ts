/**
 * When an indicator's or an area's status changed: the status rule run on the data after every
 * commit on the published line of history (data-timeline.ts), compared with the state before. The
 * first state announces nothing (there is no "before"). Pure.
 */
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../data/csv-schema.ts';
import { validateData } from '../data/validate.ts';
import type { DataState } from '../editions/data-timeline.ts';
import { endOfDay, scoresOf, type IndicatorScore } from '../editions/edition-snapshot.ts';
import { copenhagenDay } from '../editions/day-text.ts';
import type { AreaId } from '../registry/areas.ts';
import type { StatusColour } from '../status/labels.ts';

export interface StatusEvent {
  sha: string;
  date: string;
  indicatorId: string;
  title: string;
  area: AreaId;
  /** The indicator was its area's main indicator after the change (the area's status changed with it). */
  main: boolean;
  from: { colour: StatusColour; status: string };
  to: { colour: StatusColour; status: string };
  /** The rule's reason after the change. */
  explanation: string;
}

function scoresAt(state: DataState): Map<string, IndicatorScore> | undefined {
  const r = validateData(
    { file: `data/${INDICATORS_TABLE.file}`, text: state.indicators }, // repository path, not a URL
    { file: `data/${MEASUREMENTS_TABLE.file}`, text: state.measurements }, // repository path, not a URL
    { today: endOfDay(copenhagenDay(state.landed)) },
  );
  // A state today's rules refuse (it was accepted then) is skipped rather than judged on half its rows.
  if (r.errors.length > 0) return undefined;
  return new Map(scoresOf(r.barometer).map((s) => [s.id, s]));
}

/** Every status change, oldest first. */
export function statusEvents(states: readonly DataState[]): StatusEvent[] {
  const events: StatusEvent[] = [];
  let before: Map<string, IndicatorScore> | undefined;
  for (const state of states) {
    const now = scoresAt(state);
    if (!now) continue;
    if (before) {
      for (const [id, s] of now) {
        const b = before.get(id);
        if (!b || (b.colour === s.colour && b.status === s.status)) continue;
        events.push({
          sha: state.sha,
          date: state.date,
          indicatorId: id,
          title: s.title,
          area: s.area,
          main: s.main,
          from: { colour: b.colour, status: b.status },
          to: { colour: s.colour, status: s.status },
          explanation: s.explanation,
        });
      }
    }
    before = now;
  }
  return events;
}
