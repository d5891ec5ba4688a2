/**
 * The sender's contact block (letterhead or footer): address, "Telefon", "Direkte telefon",
 * "Telefax", "E-mail" and web addresses, with each label's value on the same line or the next.
 * A letter may repeat it on every page, or a page break may leave it mid-letter: every copy is
 * found (and later removed from the body), the first copy's values are kept.
 */
import { blockLines, filledCells, nextNonBlank, type Line } from './lines.ts';
import { resolveOrganisation } from './org-names.ts';

export interface Contact {
  address: string[];
  phone?: string;
  directPhone?: string;
  fax?: string;
  email?: string;
  web: string[];
}

export interface FoundContact {
  contact: Contact;
  /** A one-line block just above the address, e.g. "Direktionen" (the sender's unit). */
  unit?: Line;
  /** The organisation named on the line above the street ("Beskæftigelses- og Integrationsforvaltningen"). */
  organisation?: { abbr: string; text: string };
  lines: number[];
}

type Key = 'phone' | 'directPhone' | 'fax' | 'email' | 'other';

const LABELS: readonly [Key, RegExp][] = [
  ['directPhone', /^(?:direkte\s+(?:telefon|tlf|nr|linje|nummer)|dir\.?\s*tlf|mobil(?:telefon)?)(?![a-zæøå])\.?\s*:?\s*(.*)$/i],
  ['phone', /^(?:telefon|tlf|tel|hovednummer)(?![a-zæøå])\.?\s*:?\s*(.*)$/i],
  ['fax', /^(?:tele)?fax(?![a-zæøå])\s*:?\s*(.*)$/i],
  ['email', /^(?:e-?mail|mail|e-post)(?![a-zæøå])\s*:?\s*(.*)$/i],
  ['other', /^(?:ean(?:-?nr|-?nummer)?|cvr(?:-?nr)?|p-nr)(?![a-zæøå])\.?\s*:?\s*(.*)$/i],
];

const PHONE = /^\+?\d[\d ]{6,}\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const WEB = /^(?:https?:\/\/\S+|www\.[^\s@]+\.[a-z]{2,}\S*)$/i;
const POSTAL = /^(?:DK-)?\d{4}\s+[A-ZÆØÅ][\wæøåÆØÅ .-]{1,30}$/;

function valueOk(key: Key, v: string): boolean {
  if (key === 'email') return EMAIL.test(v);
  if (key === 'other') return /^\d[\d ]*$/.test(v);
  return PHONE.test(v);
}

interface Hit {
  key: Key | 'web' | 'bareEmail';
  value: string;
  lines: number[];
}

function hits(lines: readonly Line[]): Hit[] {
  const out: Hit[] = [];
  lines.forEach((l, i) => {
    if (l.blank || filledCells(l) > 1) return;
    if (WEB.test(l.text)) return void out.push({ key: 'web', value: l.text, lines: [l.no] });
    if (EMAIL.test(l.text)) return void out.push({ key: 'bareEmail', value: l.text, lines: [l.no] });
    for (const [key, re] of LABELS) {
      const m = re.exec(l.text);
      if (!m) continue;
      const same = (m[1] ?? '').trim();
      if (same !== '') {
        if (valueOk(key, same)) out.push({ key, value: same, lines: [l.no] });
      } else {
        const next = nextNonBlank(lines, i, 1);
        if (next && valueOk(key, next.text)) out.push({ key, value: next.text, lines: [l.no, next.no] });
      }
      return;
    }
  });
  return out;
}

/** Group hits that lie within a few lines of each other into blocks. */
function clusters(found: Hit[]): Hit[][] {
  const groups: Hit[][] = [];
  for (const h of found) {
    const last = groups[groups.length - 1];
    const lastLine = last?.[last.length - 1]?.lines.at(-1) ?? -99;
    if (last && (h.lines[0] ?? 0) - lastLine <= 3) last.push(h);
    else groups.push([h]);
  }
  // A lone web address or e-mail in the text is not a contact block.
  return groups.filter((g) => g.length >= 2 || g.some((h) => h.key !== 'web' && h.key !== 'bareEmail'));
}

/** The postal line near a cluster and the address lines that lead up to it. */
interface FoundAddress {
  address: Line[];
  unit?: Line;
  /** An organisation's name heading the address block: the sender, not a line of the address. */
  org?: Line;
}

function address(lines: readonly Line[], from: number, to: number, taken: ReadonlySet<number>): FoundAddress {
  const postal = lines.find((l) => !l.blank && l.no >= from - 6 && l.no <= to + 3 && POSTAL.test(l.text) && !taken.has(l.no));
  if (!postal) return { address: [] };
  const block = blockLines(lines, postal.block);
  const lead = block.filter((l) => l.no < postal.no);
  // An organisation heading the block names the sender; the address is the lines after it.
  const orgAt = lead.findIndex((l) => resolveOrganisation(l.text) !== undefined);
  const org = lead[orgAt];
  const before = lead.slice(orgAt + 1).slice(-2);
  let addr = [...before, postal];
  let above = blockLines(lines, postal.block - 1);
  if (before.length === 0 && !org) {
    // "Rådhuset" on its own line, then a blank line, then "1599 København".
    const prev = above.length === 1 ? above[0] : undefined;
    if (prev && !taken.has(prev.no) && isShortName(prev.text)) {
      addr = [prev, postal];
      above = blockLines(lines, postal.block - 2);
    }
  }
  const unitLine = above.length === 1 ? above[0] : undefined;
  const unit = unitLine && !taken.has(unitLine.no) && isShortName(unitLine.text) ? unitLine : undefined;
  return { address: addr, ...(unit ? { unit } : {}), ...(org ? { org } : {}) };
}

/** A short label-free line such as "Rådhuset" or "Direktionen". */
function isShortName(text: string): boolean {
  return text.split(/\s+/).length <= 4 && !/[:.!?]$/.test(text) && !/\d/.test(text) && /^[A-ZÆØÅ]/.test(text);
}

export function findContact(lines: readonly Line[], taken: ReadonlySet<number>): FoundContact | undefined {
  const groups = clusters(hits(lines).filter((h) => !h.lines.some((n) => taken.has(n))));
  if (groups.length === 0) return undefined;
  const contact: Contact = { address: [], web: [] };
  const claimed: number[] = [];
  let unit: Line | undefined;
  let org: Line | undefined;
  groups.forEach((g, gi) => {
    const from = g[0]?.lines[0] ?? 0;
    const to = g[g.length - 1]?.lines.at(-1) ?? 0;
    const a = address(lines, from, to, taken);
    claimed.push(...g.flatMap((h) => h.lines), ...a.address.map((l) => l.no));
    if (a.unit) claimed.push(a.unit.no);
    if (a.org) claimed.push(a.org.no);
    // Later copies (a footer on every page) are removed but not read again.
    if (gi > 0 && contact.address.length > 0) return;
    if (contact.address.length === 0) contact.address = a.address.map((l) => l.text);
    unit ??= a.unit;
    org ??= a.org;
    for (const h of g) {
      if (h.key === 'web') {
        if (!contact.web.includes(h.value)) contact.web.push(h.value);
      } else if (h.key === 'bareEmail') contact.email ??= h.value;
      else if (h.key !== 'other') contact[h.key] ??= h.value;
    }
  });
  const organisation = org ? resolveOrganisation(org.text) : undefined;
  return {
    contact,
    ...(unit ? { unit } : {}),
    ...(org && organisation ? { organisation: { abbr: organisation.abbr, text: org.text } } : {}),
    lines: claimed,
  };
}
