import { searchCopy } from '../copy/index.ts';
/** Text for search results: dates, counts and labels in Danish. */

const DATE = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const COUNT = new Intl.NumberFormat('da-DK');

/** "2009-04-02" → "2. april 2009"; anything that is not an ISO day is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return DATE.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

export function typeLabel(type: string): string {
  return searchCopy.types[type] ?? type;
}

/** A query quoted in a message is cut to about this many characters. */
export const QUOTED_QUERY_LENGTH = 80;

/**
 * The query as a message quotes it: a pasted paragraph (up to 500 characters) cut after a whole
 * word, so the live region does not read the paragraph back to a screen reader user, nor fill a
 * phone's screen, on every search.
 */
export function shortQuery(query: string, max = QUOTED_QUERY_LENGTH): string {
  if (query.length <= max) return query;
  const cut = query.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s.,;:!?–-]+$/u, '')} …`;
}

/**
 * What the live region says after a search: "12 resultater for »konference«", "1 resultat for
 * »2009-9512« med de valgte filtre", "Ingen resultater for »x«", "7 dokumenter med de valgte filtre",
 * "3 resultater med nogle af ordene i »Jacob Hougaard«" (`someWords`: no page has them all).
 */
export function resultCountMessage(count: number, query: string, filtered: boolean, range = '', someWords = false): string {
  const q = shortQuery(query.trim());
  const words = searchCopy.count;
  const suffix = `${range ? ` ${range}` : ''}${filtered ? ` ${words.filtered}` : ''}`;
  if (!q) {
    if (count === 0) return `${words.noDocuments}${suffix}`;
    return `${COUNT.format(count)} ${count === 1 ? words.document : words.documents}${suffix}`;
  }
  if (count === 0) return `${words.noResults(q)}${suffix}`;
  return `${COUNT.format(count)} ${count === 1 ? words.result : words.results} ${someWords ? words.forSomeWords(q) : words.forQuery(q)}${suffix}`;
}

/** "Viser 10 af 23" under a partial list. */
export function shownMessage(shown: number, total: number): string {
  return searchCopy.count.shown(COUNT.format(shown), COUNT.format(total));
}

/** Filter values in the order a reader expects: newest year first, names alphabetically. */
export function sortFilterValues(param: string, values: string[], label: (value: string) => string = (v) => v): string[] {
  const copy = [...values];
  if (param === 'aar' || param === 'budgetaar') return copy.sort((a, b) => b.localeCompare(a, 'da-DK', { numeric: true }));
  if (param === 'type') {
    const order = ['brev', 'bilag', 'konferencerapport', 'idekatalog', 'indikator', 'omraade', 'maal', 'side'];
    return copy.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return copy.sort((a, b) => label(a).localeCompare(label(b), 'da-DK'));
}
