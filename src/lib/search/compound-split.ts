/**
 * Splits Danish compounds into the words they are made of, with the hunspell lexicon of
 * danish-lexicon.ts: "integrationspriser" → integration + priser, "budgetforhandlingerne" →
 * budget + forhandlingerne. The parts are indexed (not shown) so a search for "pris" finds the
 * compound. Danish puts the meaning in the last part, so that part keeps its inflection and the
 * search's stemmer treats it as any other word.
 *
 * Guarding against false splits ("betale" is not be + tale, "deltagere" not delta + gere): a word
 * the dictionary knows on its own is split only into parts of at least four letters, and only where
 * every first part has a linking -s-/-e- ("beskæftigelses-") or all parts have five letters or more;
 * never after a prefix or verb particle ("frem-", "gennem-"), and never into a derivational ending
 * that happens to be a word too ("mulig" + "heder").
 */
import { BEGIN, END, MIDDLE, STANDALONE, type Lexicon } from './danish-lexicon.ts';

/** Shortest word worth splitting: two parts of three letters. */
const MIN_WORD = 6;
const MIN_PART = 3;
/** Parts of a word the dictionary knows by itself must be this long. */
const MIN_PART_KNOWN = 4;
const MAX_PARTS = 4;

/**
 * Last parts that are in the dictionary as words but in a compound are nearly always a suffix
 * or an inflection of the word before them.
 */
const SUFFIX_LIKE = new Set([
  'hed',
  'heden',
  'heder',
  'hederne',
  'heds',
  'else',
  'elsen',
  'elser',
  'elserne',
  'ende',
  'ender',
  'ning',
  'ninger',
  'skab',
  'skabet',
  'skaber',
  'dom',
  'domme',
  'lige',
  'ligt',
  'lighed',
  'ere',
  'erne',
  'ene',
  'ste',
  'isk',
  'iske',
  'agtig',
  'agtige',
  'bar',
  'bare',
  'sam',
  'somme',
  'inde',
  'inden',
  'ner',
  'tion',
  'tioner',
  'sion',
  'ant',
  'ent',
  'ist',
  'ister',
  'ismen',
  'isme',
  'ind',
  'ud',
  'ens',
  'ers',
  'ets',
]);

/**
 * First parts that are prefixes or verb particles rather than words: "fremgår", "gennemføres",
 * "sammenhæng" are particle verbs and their nouns, not compounds a reader would search by part.
 */
const PREFIX_LIKE = new Set([
  'for',
  'fore',
  'be',
  'er',
  'ge',
  'und',
  'mis',
  'van',
  'u',
  'sam',
  'an',
  'af',
  'bag',
  'bort',
  'efter',
  'fast',
  'fra',
  'frem',
  'gennem',
  'hen',
  'hjem',
  'ind',
  'løs',
  'med',
  'mod',
  'ned',
  'om',
  'op',
  'over',
  'på',
  'sammen',
  'til',
  'tilbage',
  'ud',
  'under',
  'ved',
  'inter',
  'forud',
]);
/**
 * Parts of a known word without a linking -s-/-e- must be this long to split it (or the first of
 * two parts longer: "kontor" + "chef").
 */
const MIN_PART_UNLINKED = 5;
/**
 * A word the dictionary does not know and cannot split may still end in a word it knows: its first
 * part is a word the dictionary lacks (»bogstarts«pakkerne) or does not join (»indkaldes«cirkulæret,
 * a verb with a linking -s-). The longest such last part is indexed when it has this many letters
 * and the first part at least MIN_PART_UNLINKED and is no prefix: the dictionary lacks some verb
 * forms too, and »indeholder« is not inde + holder.
 */
const MIN_TAIL_UNKNOWN = 6;

export interface Split {
  /** The parts as they stand in the word, with linking letters ("integrations", "priser"). */
  surface: string[];
  /** The words to index: begin/middle parts as dictionary words, the last part as written. */
  index: string[];
}

interface Candidate {
  parts: string[];
  /** Length of the shortest part: among equally short splits, the one with even parts wins. */
  shortest: number;
}

function better(a: Candidate | undefined, b: Candidate): boolean {
  if (!a) return true;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length;
  return b.shortest > a.shortest;
}

export function createSplitter(lexicon: Lexicon): (word: string) => Split | undefined {
  const { roles, lemmaOf } = lexicon;
  const cache = new Map<string, Split | undefined>();

  /** Best split of word[from..] where the first part may begin (first) or continue a compound. */
  function search(word: string, from: number, first: boolean, minPart: number, memo: Map<string, Candidate | null>): Candidate | undefined {
    const key = `${from}:${first ? 1 : 0}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit ?? undefined;
    let best: Candidate | undefined;
    const rest = word.length - from;
    for (let end = from + minPart; end <= word.length - minPart; end++) {
      const head = word.slice(from, end);
      const role = roles.get(head) ?? 0;
      if (!(role & (first ? BEGIN : MIDDLE))) continue;
      if (first && PREFIX_LIKE.has(head)) continue;
      const tail = word.slice(end);
      const tailRole = roles.get(tail) ?? 0;
      if (tailRole & END && !SUFFIX_LIKE.has(tail)) {
        const c = { parts: [head, tail], shortest: Math.min(head.length, tail.length) };
        if (better(best, c)) best = c;
      }
      if (rest - head.length >= 2 * minPart) {
        const sub = search(word, end, false, minPart, memo);
        if (sub && sub.parts.length + 1 <= MAX_PARTS) {
          const c = { parts: [head, ...sub.parts], shortest: Math.min(head.length, sub.shortest) };
          if (better(best, c)) best = c;
        }
      }
    }
    memo.set(key, best ?? null);
    return best;
  }

  /** The longest known last part of an unknown word (MIN_TAIL_UNKNOWN), the rest as its first part. */
  function knownTail(word: string): Split | undefined {
    for (let end = MIN_PART_UNLINKED; end <= word.length - MIN_TAIL_UNKNOWN; end++) {
      const tail = word.slice(end);
      const head = word.slice(0, end);
      if ((roles.get(tail) ?? 0) & END && !SUFFIX_LIKE.has(tail) && !PREFIX_LIKE.has(head)) {
        return { surface: [head, tail], index: [head, tail] };
      }
    }
    return undefined;
  }

  return (raw: string): Split | undefined => {
    const word = raw.toLowerCase();
    if (cache.has(word)) return cache.get(word);
    let result: Split | undefined;
    if (word.length >= MIN_WORD && /^\p{L}+$/u.test(word)) {
      const known = ((roles.get(word) ?? 0) & STANDALONE) !== 0;
      const found = search(word, 0, true, known ? MIN_PART_KNOWN : MIN_PART, new Map());
      const plausible =
        found &&
        (!known ||
          found.parts.slice(0, -1).every((p) => lemmaOf.get(p) !== undefined && lemmaOf.get(p) !== p) ||
          found.parts.every((p) => p.length >= MIN_PART_UNLINKED) ||
          (found.parts.length === 2 && (found.parts[0]?.length ?? 0) > MIN_PART_UNLINKED));
      if (found && plausible) {
        const index = found.parts.map((p, i) => {
          if (i === found.parts.length - 1) return p;
          // "integrations" stands alone as a genitive; "fælle" + s would lose the word "fælles".
          return (roles.get(p) ?? 0) & STANDALONE ? p : (lemmaOf.get(p) ?? p);
        });
        result = { surface: found.parts, index };
      } else if (!known && !found) {
        result = knownTail(word);
      }
    }
    cache.set(word, result);
    return result;
  };
}
