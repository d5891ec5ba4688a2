/** A commit's change entry with nothing changed, for tests that build a crafted git history. */
import type { ChangeEntry } from '../../src/lib/history/indicator-history.ts';

export function changeEntry(base: Pick<ChangeEntry, 'sha' | 'date' | 'message' | 'files'>, over: Partial<ChangeEntry> = {}): ChangeEntry {
  return { ...base, added: [], revised: [], removed: [], details: [], fields: [], indicator: undefined, createdFile: false, ...over };
}
