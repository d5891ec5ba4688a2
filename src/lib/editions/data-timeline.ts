/**
 * The data files as they stood after each commit on the published line of history (the first-parent
 * chain of HEAD, as `main` grew), oldest first. Pure: git is read by read-data-timeline.ts. Editions
 * pick the state at the end of their day; feeds compare consecutive states for status changes.
 */
import { isoDay } from '../format/iso-day.ts';

export interface DataState {
  sha: string;
  /** Author date (ISO 8601), as in the change history. */
  date: string;
  /**
   * When the state was on the site at the latest: the newest author date so far along the chain, so
   * a commit written earlier but landed after a newer one never moves an edition back in time.
   */
  landed: string;
  indicators: string;
  measurements: string;
}

export type DataTimeline =
  | { available: true; states: DataState[] }
  | { available: false; reason: 'no-git' | 'not-a-repository' | 'shallow' | 'untracked' | 'error' };

export interface LogCommit {
  sha: string;
  date: string;
}

/** Parse `git log --format=%H%x1f%aI` (newest first) into commits, oldest first. */
export function parseCommitLog(out: string): LogCommit[] {
  return out
    .split('\n')
    .filter((l) => l.includes('\x1f'))
    .map((l) => {
      const [sha = '', date = ''] = l.split('\x1f');
      return { sha: sha.trim(), date: date.trim() };
    })
    .reverse();
}

/** Running maximum of the dates, oldest first (see DataState.landed). */
export function landedDates(commits: readonly LogCommit[]): string[] {
  let max = Number.NEGATIVE_INFINITY;
  let maxIso = '';
  return commits.map((c) => {
    const t = Date.parse(c.date);
    if (!Number.isNaN(t) && t > max) {
      max = t;
      maxIso = c.date;
    }
    return maxIso || c.date;
  });
}

/**
 * The state on the site at the end of `day` (ÅÅÅÅ-MM-DD, Copenhagen time): the newest state that had
 * landed by then. Undefined when no data had been committed yet.
 */
export function stateAtEndOf(states: readonly DataState[], day: string): DataState | undefined {
  let found: DataState | undefined;
  for (const s of states) {
    if (isoDay(new Date(s.landed)) <= day) found = s;
    else break;
  }
  return found;
}

/** The newest data change's date (ISO), or undefined without history. */
export function latestChange(timeline: DataTimeline): string | undefined {
  return timeline.available ? timeline.states.at(-1)?.date : undefined;
}
