/**
 * Fictional senders for generated letters: per committee and four-year council term a mayor
 * (borgmester) and a handful of civil servants in the administration. Names recur across many
 * letters, as they do in a real archive, so a name search finds a realistic number of hits.
 */
import { ORGANISATIONS } from '../../../src/lib/registry/organisations.ts';
import { FIRST_NAMES, STAFF_TITLES, SURNAMES } from './danish-bank.ts';
import type { Rng } from './prng.ts';

export interface Person {
  name: string;
  title: string;
  /** Committee or administration abbreviation from the registry. */
  organisation: string;
}

/** Council terms start 2006, 2010, 2014, …; a date's term is its index. */
export const termOf = (year: number): number => Math.floor((year - 2006) / 4);

export interface PeopleRegistry {
  /** All people who may sign a letter for organisation index `org` in `year`. */
  senders(org: number, year: number): Person[];
  /** The mayor (committee chair) of organisation index `org` in `year`. */
  mayor(org: number, year: number): Person;
}

export function createPeople(rng: Rng, terms: number): PeopleRegistry {
  const used = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      if (!used.has(name) || used.size >= FIRST_NAMES.length * SURNAMES.length) {
        used.add(name);
        return name;
      }
    }
  };
  // table[org][term] = [mayor, ...staff]
  const table: Person[][][] = ORGANISATIONS.map((org) => {
    const perTerm: Person[][] = [];
    for (let t = 0; t < terms; t++) {
      const mayor: Person = { name: uniqueName(), title: 'Borgmester', organisation: org.committee.abbr };
      const staff = STAFF_TITLES.map((title) => ({ name: uniqueName(), title, organisation: org.administration.abbr }));
      perTerm.push([mayor, ...staff]);
    }
    return perTerm;
  });
  const at = (org: number, year: number): Person[] => {
    const perTerm = table[org] ?? [];
    const t = Math.max(0, Math.min(perTerm.length - 1, termOf(year)));
    return perTerm[t] ?? [];
  };
  return {
    senders: at,
    mayor: (org, year) => {
      const p = at(org, year)[0];
      if (!p) throw new Error(`No mayor for organisation ${org} in ${year}`);
      return p;
    },
  };
}
