/**
 * When a query word is not in the index, Pagefind backs off to shorter index words the query word
 * begins with, so a search for "omkostninger" returns every page with "om", "sagsnumre" every page
 * with "så" and "natteravnene" every page with "natten": a miss turns into unrelated hits. A match
 * counts only if a matched word shares at least four letters (or the whole query word, if shorter)
 * with a query word, and all but at most three letters of the query word's stem (a typo late in a
 * word still finds it: "konferense" → "konferencen"), compared part by part ("Sagsnr.2009-9512" has
 * the parts "sagsnr", "2009", "9512").
 * A case or document number is one part, all of it: Pagefind indexes »2009-9512« joined, so a
 * number no page has (»2009-123456«) backed off to »2009« and found every page of that year, as if
 * the archive had the case. The number typed must be the beginning of a matched number (»2009-95«
 * while typing still finds »2009-9512«).
 */
import { pagefindStem, pagefindTerm } from './stem.ts';

const MIN_SHARED = 4;
/** Letters of the query word's stem a matched word may lack. */
const MAX_UNSHARED = 3;

function parts(word: string): string[] {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((p) => p !== '');
}

/** Digit groups joined by hyphens (a case number, »2009-9512«), less punctuation around them. */
const NUMBER_ID = /^\d+(?:-\d+)+$/;

/** Two years, the first the earlier (»2012-2020«): a period, whose years a page may name apart. */
const YEAR_RANGE = /^((?:19|20)\d\d)-((?:19|20)\d\d)$/;

/** A word that is a case or document number, as Pagefind indexes it: its digits joined (»20099512«). */
function numberId(word: string): string | undefined {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const years = YEAR_RANGE.exec(core);
  if (years && Number(years[1]) < Number(years[2])) return undefined;
  return NUMBER_ID.test(core) ? core.replace(/-/g, '') : undefined;
}

/** Digit groups joined by any dash in a page's text (»2009-9512«, »16–64-årige«). */
const NUMBERS_IN_TEXT = /\d+(?:[-\u2010-\u2015\u2212]\d+)+/g;

/** A matched word's parts, and the digits of each number in it joined as one more (»Sagsnr.2009-9512«). */
function wordParts(word: string): string[] {
  const ids = word.match(NUMBERS_IN_TEXT);
  return ids ? [...parts(word), ...ids.map((id) => id.replace(/\D/g, ''))] : parts(word);
}

/** A query part and how many first letters a matched word must share with it. */
interface QueryPart {
  part: string;
  need: number;
}

function queryParts(query: string): QueryPart[] {
  return query
    .replace(/"/g, ' ')
    .split(/\s+/)
    .flatMap((w) => {
      const id = numberId(w);
      if (id) return [{ part: id, need: id.length }];
      return parts(w).map((part) => ({
        part,
        need: Math.max(Math.min(MIN_SHARED, part.length), pagefindStem(part).length - MAX_UNSHARED),
      }));
    });
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** True when a query part and a matched word part plausibly name the same thing. */
function related(q: QueryPart, wordPart: string): boolean {
  return sharedPrefix(q.part, wordPart) >= q.need;
}

/**
 * True when none of the words Pagefind matched on a page relates to any query word. A page matched
 * only through its meta values (a date spelling) has no matched words and is not weak.
 */
export function isWeakMatch(query: string, content: string, locations: readonly number[]): boolean {
  if (locations.length === 0) return false;
  const qps = queryParts(query);
  if (qps.length === 0) return false;
  const words = content.split(/[\r\n\s]+/g);
  for (const loc of locations) {
    for (const wp of wordParts(words[loc] ?? '')) {
      if (qps.some((qp) => related(qp, wp))) return false;
    }
  }
  return true;
}

/**
 * The query words (of three letters or more) that none of the matched words relates to: with
 * "Marianne Oestergaard", Pagefind finds Marianne's letters and "Oestergaard" goes unmatched, so
 * the page asks the vocabulary about it although there are results.
 */
export function unmatchedWords(query: string, content: string, locations: readonly number[]): string[] {
  const words = content.split(/[\r\n\s]+/g);
  const matched = locations.flatMap((loc) => wordParts(words[loc] ?? ''));
  return query
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3)
    .filter((w) => {
      const qp = queryParts(w);
      return qp.length > 0 && !qp.some((p) => matched.some((m) => related(p, m)));
    });
}

/**
 * The query words Pagefind's stemming joins with shorter words: Snowball cuts »sommer« to »som«,
 * »dette« to »det« and »gode« to »god«, so Pagefind finds every page with »som«, »det« or »god« for
 * them, and most of those pages do not have the word searched for. A word is over-stemmed when its
 * stem is shorter than the letters a matched word must share with it (`related`).
 */
export function overStemmedWords(query: string): string[] {
  return query
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((w) =>
      w
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((p) => /^\p{L}+$/u.test(p) && pagefindStem(p).length < Math.min(MIN_SHARED, pagefindTerm(p).length)),
    );
}

/** True when a word Pagefind matched on the page relates to the query word (shares its first letters). */
export function pageHasWord(word: string, content: string, locations: readonly number[]): boolean {
  return relatedLocations(word, content, locations).length > 0;
}

/** The locations whose word relates to a query word (a page's matches less those through a short stem). */
export function relatedLocations(query: string, content: string, locations: readonly number[]): number[] {
  const qps = queryParts(query);
  const words = content.split(/[\r\n\s]+/g);
  return locations.filter((loc) => wordParts(words[loc] ?? '').some((wp) => qps.some((qp) => related(qp, wp))));
}
