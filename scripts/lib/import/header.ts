/**
 * The letterhead before the letter's text: where the text starts (a salutation, a subject line or
 * prose), the date, the document's own label ("Bilag 2"), the sender's letterhead ("Beskæftigelses-
 * og Integrationsudvalget / Borgmesteren") and the recipients (a list of committees, or
 * "Claus Juhl, ØKF" lines).
 */
import { parseDate, type FoundDate } from './dates.ts';
import { blockLines, filledCells, type Line } from './lines.ts';
import { parsePersonAtOrg, resolveOrganisation } from './org-names.ts';
import { isClosing } from './signature.ts';

const SUBJECT_LABEL = /^(?:emne|vedr\.?|angår)\s*:/i;
const SALUTATION = /^(?:kære|hej|goddag|til rette vedkommende)\b/i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A line of running text: a sentence, or a long line. */
export function isProse(line: Line): boolean {
  if (line.heading > 0 || filledCells(line) > 1 || SUBJECT_LABEL.test(line.text) || /^\s*\*\*.*\*\*\s*$/.test(line.raw)) return false;
  const n = words(line.text);
  return (n >= 6 && /[.!?;]$/.test(line.text)) || n >= 12;
}

/** Index of the first line of the letter's text proper (salutation or prose). */
export function bodyStart(lines: readonly Line[], taken: ReadonlySet<number>): number {
  let i = lines.findIndex((l) => !l.blank && !taken.has(l.no) && (SALUTATION.test(l.text) || isProse(l) || isClosing(l.text)));
  if (i < 0) return lines.length;
  // A paragraph wrapped over several lines (a PDF) starts where its block does.
  for (
    let prev = lines[i - 1];
    prev && !prev.blank && prev.block === lines[i]?.block && !taken.has(prev.no) && words(prev.text) >= 6 && prev.heading === 0;
    prev = lines[i - 1]
  )
    i--;
  return i;
}

export interface FoundHeaderDate {
  date: FoundDate;
  lines: number[];
}

/** The letter's date: "Dato: 02-04-2009", "København, den 2. april 2009" or a date alone on its line. */
export function findLetterDate(header: readonly Line[], taken: ReadonlySet<number>): FoundHeaderDate | undefined {
  const free = header.filter((l) => !l.blank && !taken.has(l.no));
  for (const l of free) {
    const m = /^dato\s*:?\s*(.*)$/i.exec(l.text);
    if (!m) continue;
    const same = parseDate(m[1] ?? '');
    if (same && same.form !== 'stamp') return { date: same, lines: [l.no] };
    const next = header[header.indexOf(l) + 1];
    const below = next && !next.blank ? parseDate(next.text) : undefined;
    if ((m[1] ?? '') === '' && next && below) return { date: below, lines: [l.no, next.no] };
  }
  // A date in capitals (»3. DEC. 2026«) is the letter's own when no stamp took it (stamp.ts).
  for (const stamped of [false, true]) {
    for (const l of free) {
      // "København, den 3. december 2026", "København d. 3. december 2026".
      const place = /^[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ]\.?)?(?:,\s*|\s+(?=(?:den|d\.)\s))(.+)$/.exec(l.text);
      const d = parseDate(place ? (place[1] ?? '') : l.text);
      if (d && (stamped || d.form !== 'stamp')) return { date: d, lines: [l.no] };
    }
  }
  return undefined;
}

/** "BILAG 2" or "Bilag 2" alone on a line: the document is itself an attachment. */
export function findLabel(header: readonly Line[], taken: ReadonlySet<number>): { label: string; lines: number[] } | undefined {
  for (const l of header) {
    if (l.blank || taken.has(l.no)) continue;
    const m = /^bilag\s+(\d+[a-z]?)$/i.exec(l.text);
    if (m) return { label: `Bilag ${m[1]}`, lines: [l.no] };
  }
  return undefined;
}

export interface Recipient {
  name?: string;
  title?: string;
  organisation?: string;
}

function recipientOf(text: string): Recipient | undefined {
  const org = resolveOrganisation(text);
  if (org) return { organisation: org.abbr };
  return parsePersonAtOrg(text);
}

interface OrgBlock {
  lines: Line[];
  /** Every line names an organisation or a person at one. */
  allOrgs: boolean;
  /** A »Københavns Kommune« line above the organisation: part of a letterhead, naming no sender. */
  municipality: number[];
}

const MUNICIPALITY = /^københavns\s+kommune$/i;

function orgBlocks(header: readonly Line[], taken: ReadonlySet<number>): OrgBlock[] {
  const ids = [...new Set(header.filter((l) => !l.blank && !taken.has(l.no)).map((l) => l.block))];
  return ids.flatMap((id) => {
    const all = blockLines(header, id).filter((l) => !taken.has(l.no) && !/^til\s*:?$/i.test(l.text));
    const lead = all[0] && MUNICIPALITY.test(all[0].text) && all.length > 1 ? [all[0]] : [];
    const ls = all.slice(lead.length);
    const first = ls[0];
    if (!first || !recipientOf(first.text)) return [];
    return [{ lines: ls, allOrgs: ls.every((l) => recipientOf(l.text) !== undefined), municipality: lead.map((l) => l.no) }];
  });
}

export interface FoundLetterhead {
  organisation: string;
  unit?: string;
  lines: number[];
}

export interface FoundParties {
  letterhead?: FoundLetterhead;
  recipients: { recipients: Recipient[]; lines: number[] };
}

/**
 * Sort the header's organisation blocks: one naming an organisation followed by an office
 * ("Borgmesteren") is the sender's letterhead; blocks that only name organisations are recipients.
 * A lone organisation line before another recipient block is the letterhead too.
 */
export function findParties(header: readonly Line[], taken: ReadonlySet<number>): FoundParties {
  const blocks = orgBlocks(header, taken);
  const parties: FoundParties = { recipients: { recipients: [], lines: [] } };
  const head = blocks.find((b) => !b.allOrgs && b.lines.length <= 4);
  let lists = blocks.filter((b) => b.allOrgs);
  const lone = lists[0];
  const firstLine = lone?.lines[0];
  if (!head && lone && firstLine && lists.length > 1 && lone.lines.length === 1 && resolveOrganisation(firstLine.text)) {
    parties.letterhead = { organisation: resolveOrganisation(firstLine.text)?.abbr ?? '', lines: [...lone.municipality, firstLine.no] };
    lists = lists.slice(1);
  }
  const headFirst = head?.lines[0];
  if (head && headFirst) {
    const org = resolveOrganisation(headFirst.text);
    if (org) {
      const unit = head.lines.slice(1).map((l) => l.text);
      parties.letterhead = { organisation: org.abbr, lines: [...head.municipality, ...head.lines.map((l) => l.no)] };
      if (unit.length > 0) parties.letterhead.unit = unit.join(', ');
    }
  }
  for (const b of lists) {
    for (const l of b.lines) {
      const r = recipientOf(l.text);
      if (r) parties.recipients.recipients.push(r);
      parties.recipients.lines.push(l.no);
    }
  }
  return parties;
}

/**
 * The subject line: a heading, or a short line without a full stop, after the letterhead and
 * before the text ("Vedrørende budgetredegørelse for integrationsindsatsen"). "Emne:" and
 * "Vedr.:" labels are dropped.
 */
export function findSubject(header: readonly Line[], taken: ReadonlySet<number>): { title: string; lines: number[] } | undefined {
  const free = header.filter((l) => !l.blank && !taken.has(l.no));
  const lastTaken = Math.max(0, ...header.filter((l) => taken.has(l.no)).map((l) => l.no));
  const heading = free.find((l) => l.heading > 0);
  const single = free.filter((l) => l.no > lastTaken && blockLines(header, l.block).filter((x) => !taken.has(x.no)).length === 1);
  const pick =
    heading ??
    single.find((l) => words(l.text) <= 20 && !/[.:]$/.test(l.text) && /^[A-ZÆØÅ]/.test(l.text)) ??
    free.find((l) => SUBJECT_LABEL.test(l.text));
  if (!pick) return undefined;
  const title = pick.text.replace(/^(?:emne|vedr\.?|angår)\s*:\s*/i, '').trim();
  return title ? { title, lines: [pick.no] } : undefined;
}
