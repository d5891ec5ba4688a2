/**
 * What changed about one value besides its number, between an edition and today: its flag
 * (»foreløbig → endelig«, »skønnet → revideret«), its note, its source or the source's address.
 * Pure; the words are copy (EDITION_TEXT).
 */
import type { Measurement } from '../model.ts';
import type { FlagId } from '../registry/flags.ts';
import { EDITION_TEXT as w } from '../copy/editions.ts';

/** A value without a flag reads »endelig« after »foreløbig«, and »ingen markering« after any other flag. */
function flagWord(flag: FlagId | undefined, other: FlagId | undefined): string {
  if (flag) return flag;
  return other === 'foreløbig' ? w.final : w.noFlag;
}

/** »foreløbig → endelig«, or undefined when the flag is the same. */
export function flagChange(then: Measurement, now: Measurement): string | undefined {
  if (then.flag === now.flag) return undefined;
  return w.flagChange(flagWord(then.flag, now.flag), flagWord(now.flag, then.flag));
}

/** Every change to the value's flag, note and source, in Danish; empty when none. */
export function markingChanges(then: Measurement, now: Measurement): string[] {
  const out: string[] = [];
  const flag = flagChange(then, now);
  if (flag) out.push(flag);
  const oldNote = then.note.trim();
  const newNote = now.note.trim();
  if (oldNote !== newNote) out.push(!newNote ? w.noteRemoved : oldNote ? w.noteChanged(newNote) : w.noteAdded(newNote));
  if (then.source !== now.source) out.push(w.sourceChanged(then.source, now.source));
  else if ((then.sourceUrl ?? '') !== (now.sourceUrl ?? '')) out.push(w.sourceUrlChanged);
  return out;
}
