/**
 * The receiving administration's stamp: a date printed as "6 APR. 2009" (or "Modtaget 6. april
 * 2009"), the administration and office just above it, and its journal number (J.nr.) just below.
 */
import { parseDate } from './dates.ts';
import { blockLines, type Line } from './lines.ts';
import type { CaseNumber } from './case-numbers.ts';
import { resolveOrganisation } from './org-names.ts';
import type { RoutingSlip } from './routing-slip.ts';

export interface FoundStamp {
  date: string;
  organisation?: string;
  unit?: string;
  jnr?: CaseNumber;
  lines: number[];
}

/** A line that is a receiving stamp's date, e.g. "6 APR. 2009" or "Modtaget: 6. april 2009". */
export function stampDate(text: string): string | undefined {
  const received = /^(?:modtaget|indgået|modt\.)\s*:?\s*(?:den\s+)?(.+)$/i.exec(text.trim());
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

export function findStamp(lines: readonly Line[], caseNumbers: readonly CaseNumber[], slip?: RoutingSlip): FoundStamp | undefined {
  const at = lines.findIndex((l) => !l.blank && stampDate(l.text) !== undefined);
  const line = lines[at];
  if (!line) return undefined;
  const stamp: FoundStamp = { date: stampDate(line.text) ?? '', lines: [line.no] };
  const org = orgAbove(lines, at);
  const [first, ...unit] = org;
  if (first) {
    stamp.organisation = resolveOrganisation(first.text)?.abbr;
    if (unit.length > 0) stamp.unit = unit.map((l) => l.text).join(', ');
    stamp.lines.push(...org.map((l) => l.no));
  } else if (slip?.heading) {
    // The routing slip's heading starts with the receiver's abbreviation, e.g. "SOF SEKR. RÅDHUSET".
    stamp.organisation = resolveOrganisation(slip.heading.split(/\s+/)[0] ?? '')?.abbr;
  }
  // The stamp's own journal number follows it within a few lines.
  const jnr = caseNumbers.find((c) => c.field === 'jnr' && (c.lines[0] ?? 0) > line.no && (c.lines[0] ?? 0) - line.no <= 4);
  if (jnr) {
    stamp.jnr = jnr;
    stamp.lines.push(...jnr.lines);
  }
  return stamp;
}
