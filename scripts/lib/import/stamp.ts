/**
 * The receiving administration's stamp: a date printed as "6 APR. 2009" (or "Modtaget 6. april
 * 2009"), the administration and office just above it, and its journal number (J.nr.) just below.
 * A date in capitals alone is no stamp: a letter may print its own date so (»3. DEC. 2026« under
 * the recipient). It needs the word »Modtaget«, a routing slip or the stamp's j.nr.; with only a
 * forvaltning above it, and another date for the letter, it is read as a stamp to be checked.
 */
import { findDates, parseDate } from './dates.ts';
import { blockLines, type Line } from './lines.ts';
import type { CaseNumber } from './case-numbers.ts';
import { resolveOrganisation } from './org-names.ts';

const RECEIVED = /^(?:modtaget|indgået|modt\.)\s*:?\s*(?:den\s+)?(.+)$/i;
import type { RoutingSlip } from './routing-slip.ts';

export interface FoundStamp {
  date: string;
  organisation?: string;
  unit?: string;
  jnr?: CaseNumber;
  lines: number[];
  /** Read from weak evidence (a forvaltning above a date in capitals): the editor should check it. */
  doubtful?: string;
}

/** A line that is a receiving stamp's date, e.g. "6 APR. 2009" or "Modtaget: 6. april 2009". */
export function stampDate(text: string): string | undefined {
  const received = RECEIVED.exec(text.trim());
  if (received) return parseDate(received[1] ?? '')?.iso;
  const d = parseDate(text);
  return d?.form === 'stamp' ? d.iso : undefined;
}

/** The organisation lines just above the stamp date: the same block, or the block before it. */
function orgAbove(lines: readonly Line[], at: number): Line[] {
  const here = lines[at];
  if (!here) return [];
  const sameBlock = blockLines(lines, here.block).filter((l) => l.no < here.no);
  const group = sameBlock.length > 0 ? sameBlock : blockLines(lines, here.block - 1);
  const first = group[0];
  return first && resolveOrganisation(first.text) ? group : [];
}

/** Another short line with a date on it: the letter's own date, if the capitals are the stamp's. */
function otherDate(lines: readonly Line[], except: Line): boolean {
  return lines.some((l) => l !== except && !l.blank && l.text.split(/\s+/).length <= 6 && findDates(l.text).length > 0);
}

export function findStamp(lines: readonly Line[], caseNumbers: readonly CaseNumber[], slip?: RoutingSlip): FoundStamp | undefined {
  const at = lines.findIndex((l) => !l.blank && stampDate(l.text) !== undefined);
  const line = lines[at];
  if (!line) return undefined;
  const stamp: FoundStamp = { date: stampDate(line.text) ?? '', lines: [line.no] };
  const org = orgAbove(lines, at);
  const [first, ...unit] = org;
  // The stamp's own journal number follows it within a few lines.
  const jnr = caseNumbers.find((c) => c.field === 'jnr' && (c.lines[0] ?? 0) > line.no && (c.lines[0] ?? 0) - line.no <= 4);
  if (!RECEIVED.test(line.text.trim()) && !slip && !jnr) {
    const byAdministration = first !== undefined && resolveOrganisation(first.text)?.kind === 'administration';
    if (!byAdministration || !otherDate(lines, line)) return undefined;
    stamp.doubtful = `læst som modtagelsesstempel, fordi datoen »${line.text}« står med versaler under »${first.text}« – er det brevets egen dato, så skriv den under date, og slet receivedStamp`;
  }
  if (first) {
    stamp.organisation = resolveOrganisation(first.text)?.abbr;
    if (unit.length > 0) stamp.unit = unit.map((l) => l.text).join(', ');
    stamp.lines.push(...org.map((l) => l.no));
  } else if (slip?.heading) {
    // The routing slip's heading starts with the receiver's abbreviation, e.g. "SOF SEKR. RÅDHUSET".
    stamp.organisation = resolveOrganisation(slip.heading.split(/\s+/)[0] ?? '')?.abbr;
  }
  if (jnr) {
    stamp.jnr = jnr;
    stamp.lines.push(...jnr.lines);
  }
  return stamp;
}
