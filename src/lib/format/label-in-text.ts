/**
 * A series label inside running text. Labels are written for legends and table headers, where they
 * begin with a capital (»Hele landet«, »Kvinder«); in the middle of a Danish sentence only a proper
 * name keeps it: »Brud i serien i 2021 (København og hele landet)«, not »… og Hele landet«.
 */
import { MUNICIPALITIES } from '../registry/municipalities.ts';

const PLACE_NAMES = new Set(MUNICIPALITIES.filter((m) => !m.wholeCountry).map((m) => m.name));

export function labelInText(label: string): string {
  if (PLACE_NAMES.has(label)) return label;
  const [first, second] = [...label];
  // An abbreviation (»EU-borgere«) keeps its capitals.
  if (first === undefined || second === undefined || second !== second.toLowerCase()) return label;
  return `${first.toLowerCase()}${label.slice(first.length)}`;
}

/** Labels listed where the first may begin a clause (»Ingen måling: Hele landet og København …«): the others are mid-sentence. */
export function labelsAfterFirst(labels: readonly string[]): string[] {
  return labels.map((l, i) => (i === 0 ? l : labelInText(l)));
}
