/**
 * Committee and administration names as letters print them ("Beskæftigelses- og
 * Integrationsudvalget", "Teknik og Miljøforvaltningen", "ØKF") resolved to the registry's
 * abbreviations, which is what front matter stores.
 */
import { ORGANISATIONS } from '../../../src/lib/registry/organisations.ts';
import { digraphFold } from '../../../src/lib/search/vocabulary.ts';

export interface OrgMatch {
  abbr: string;
  kind: 'committee' | 'administration';
}

/** Compare names without case, spaces, hyphens or dots, and with æ/ø/å folded. */
export function foldKey(s: string): string {
  return digraphFold(s).replace(/[\s\-–.,:;]/g, '');
}

const INDEX = new Map<string, OrgMatch>();
for (const o of ORGANISATIONS) {
  for (const kind of ['committee', 'administration'] as const) {
    const { abbr, name } = o[kind];
    const match = { abbr, kind };
    INDEX.set(foldKey(name), match);
    INDEX.set(foldKey(abbr), match);
    // ASCII spellings of abbreviations: "OKF" for "ØKF", "OU" for "ØU".
    INDEX.set(foldKey(abbr.replace(/Ø/g, 'O')), match);
  }
}

/** The organisation a whole line names (optionally after "Til"), or undefined. */
export function resolveOrganisation(text: string): OrgMatch | undefined {
  const t = text
    .trim()
    .replace(/^til\s*:?\s+/i, '')
    .replace(/^københavns\s+kommunes?\s*,?\s*/i, '');
  return INDEX.get(foldKey(t));
}

/** The administration an e-mail address belongs to, from its subdomain: "x@bif.kk.dk" → BIF. */
export function organisationOfEmail(email: string): OrgMatch | undefined {
  const m = /@([a-zæøå0-9-]+)\.kk\.dk$/i.exec(email.trim());
  if (!m) return undefined;
  const sub = foldKey(m[1] ?? '');
  for (const o of ORGANISATIONS) {
    const abbr = o.administration.abbr;
    if (sub === foldKey(abbr) || sub === foldKey(abbr.replace(/Ø/g, 'O'))) return { abbr, kind: 'administration' };
  }
  return undefined;
}

const NAME_WORD = "[A-ZÆØÅ][a-zæøåéèüöäA-ZÆØÅ'’-]+";
const PERSON = new RegExp(`^${NAME_WORD}(?:\\s+(?:[A-ZÆØÅ]\\.|${NAME_WORD}|von|van|de|af|la)){1,4}$`);

/** Whether a line reads as a person's name: two to five capitalised words, no digits. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  return PERSON.test(t) && resolveOrganisation(t) === undefined;
}

export interface PersonAtOrg {
  name: string;
  title?: string;
  organisation: string;
}

/** "Claus Juhl, ØKF", "Claus Juhl (ØKF)" or "Claus Juhl, direktør, Økonomiforvaltningen". */
export function parsePersonAtOrg(text: string): PersonAtOrg | undefined {
  const t = text.trim().replace(/\s*\(([^)]+)\)$/, ', $1');
  const parts = t.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const name = parts[0] ?? '';
  const org = resolveOrganisation(parts[parts.length - 1] ?? '');
  if (!org || !isPersonName(name)) return undefined;
  const title = parts.length === 3 ? parts[1] : undefined;
  return title ? { name, title, organisation: org.abbr } : { name, organisation: org.abbr };
}
