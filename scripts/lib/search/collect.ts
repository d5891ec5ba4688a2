/**
 * The archive's vocabulary as the search index holds it, counted page by page from Pagefind's
 * fragments (post-index.ts writes it out): each word (letters only, at least MIN_WORD_LENGTH) of the
 * visible text, lowercased, with the pages it is on, its spellings and how often it is capitalised
 * in the middle of a sentence (a name); compound parts fenced as index-only text (index-only.ts) are
 * left out. The text is scanned once, character by character, instead of split into tokens and the
 * tokens into words: it is most of the build's vocabulary time on a large archive.
 */
import { PARTS_CLOSE, PARTS_OPEN } from '../../../src/lib/search/index-only.ts';
import { MIN_WORD_LENGTH } from '../../../src/lib/search/vocabulary.ts';

export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export interface WordStats {
  pages: number;
  forms: Map<string, number>;
  /** Occurrences capitalised in the middle of a sentence: a name. */
  capitalised: number;
  total: number;
}

export interface Collected {
  words: Map<string, WordStats>;
  counts: Record<string, Record<string, number>>;
  months: string[];
  pages: number;
}

const OTHER = 1;
const LETTER = 2;
const SPACE = 3;
/** Character class by UTF-16 unit, filled as met: \p{L} (as the word split used) or \s (as the token split). */
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return /\p{L}/u.test(ch) ? LETTER : /\s/.test(ch) ? SPACE : OTHER;
}

function classOf(code: number): number {
  let c = classes[code] as number;
  if (c === 0) classes[code] = c = classify(String.fromCharCode(code));
  return c;
}

function astralClass(cp: number): number {
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c;
}

const OPEN = PARTS_OPEN.charCodeAt(0);
const CLOSE = PARTS_CLOSE.charCodeAt(0);
const UPPER = /^\p{Lu}/u;

interface Tally {
  pages: number;
  capitalised: number;
  total: number;
  /** The page this word was last counted on, so a page counts once. */
  lastPage: number;
  forms: Form[];
}

interface Form {
  form: string;
  count: number;
  upper: boolean;
  word: Tally;
}

/**
 * Counts fragments one at a time. The counts are those of the token rule: the content split at
 * whitespace; a token is a sentence start if it is the first or the one before ends in . ! ? or :
 * (a leading space makes an empty first token, so then none is); from a token starting with the
 * open fence to one ending with the close fence, tokens are hidden; a visible token's words are its
 * runs of letters. Words and spellings keep the order they were first met in (the vocabulary's
 * order among equals depends on it).
 */
export class Collector {
  private readonly words = new Map<string, Tally>();
  private readonly forms = new Map<string, Form>();
  private readonly counts: Record<string, Record<string, number>> = {};
  private readonly months = new Set<string>();
  private pages = 0;

  add(f: Fragment): void {
    const page = ++this.pages;
    for (const [filter, values] of Object.entries(f.filters)) {
      if (filter === 'måned') {
        for (const v of values) this.months.add(v);
        continue;
      }
      const group = (this.counts[filter] ??= {});
      for (const v of new Set(values)) group[v] = (group[v] ?? 0) + 1;
    }
    const text = f.content;
    const n = text.length;
    let p = 0;
    let first = true;
    while (p < n && classOf(text.charCodeAt(p)) === SPACE) {
      p++;
      first = false;
    }
    let prevEnds = false;
    let inside = false;
    while (p < n) {
      const sentenceStart = first || prevEnds;
      first = false;
      if (text.charCodeAt(p) === OPEN) inside = true;
      const hidden = inside;
      let run = -1;
      while (p < n) {
        const c = text.charCodeAt(p);
        let cls: number;
        let width = 1;
        if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
          const low = text.charCodeAt(p + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            cls = astralClass((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
            width = 2;
          } else cls = classOf(c);
        } else cls = classOf(c);
        if (cls === SPACE) break;
        if (!hidden) {
          if (cls === LETTER) {
            if (run < 0) run = p;
          } else if (run >= 0) {
            if (p - run >= MIN_WORD_LENGTH) this.word(text.slice(run, p), page, sentenceStart);
            run = -1;
          }
        }
        p += width;
      }
      if (run >= 0 && p - run >= MIN_WORD_LENGTH) this.word(text.slice(run, p), page, sentenceStart);
      const last = text.charCodeAt(p - 1);
      if (inside && last === CLOSE) inside = false;
      prevEnds = last === 46 || last === 33 || last === 63 || last === 58; // . ! ? :
      while (p < n && classOf(text.charCodeAt(p)) === SPACE) p++;
    }
  }

  private word(w: string, page: number, sentenceStart: boolean): void {
    let f = this.forms.get(w);
    if (!f) {
      const key = w.toLowerCase();
      let t = this.words.get(key);
      if (!t) this.words.set(key, (t = { pages: 0, capitalised: 0, total: 0, lastPage: 0, forms: [] }));
      f = { form: w, count: 0, upper: UPPER.test(w), word: t };
      this.forms.set(w, f);
      t.forms.push(f);
    }
    const t = f.word;
    f.count++;
    t.total++;
    if (!sentenceStart && f.upper) t.capitalised++;
    if (t.lastPage !== page) {
      t.lastPage = page;
      t.pages++;
    }
  }

  result(): Collected {
    const words = new Map<string, WordStats>();
    for (const [key, t] of this.words)
      words.set(key, { pages: t.pages, forms: new Map(t.forms.map((f) => [f.form, f.count])), capitalised: t.capitalised, total: t.total });
    return { words, counts: this.counts, months: [...this.months].sort(), pages: this.pages };
  }
}

export function collect(fragments: Iterable<Fragment>): Collected {
  const c = new Collector();
  for (const f of fragments) c.add(f);
  return c.result();
}

/** Several parts' collections as one (every figure adds up; months are a union), in the parts' order. */
export function mergeCollected(parts: readonly Collected[]): Collected {
  const words = new Map<string, WordStats>();
  const counts: Record<string, Record<string, number>> = {};
  const months = new Set<string>();
  let pages = 0;
  for (const part of parts) {
    pages += part.pages;
    for (const m of part.months) months.add(m);
    for (const [filter, values] of Object.entries(part.counts)) {
      const group = (counts[filter] ??= {});
      for (const [v, n] of Object.entries(values)) group[v] = (group[v] ?? 0) + n;
    }
    for (const [key, w] of part.words) {
      const s = words.get(key);
      if (!s) {
        words.set(key, { ...w, forms: new Map(w.forms) });
        continue;
      }
      s.pages += w.pages;
      s.capitalised += w.capitalised;
      s.total += w.total;
      for (const [f, n] of w.forms) s.forms.set(f, (s.forms.get(f) ?? 0) + n);
    }
  }
  return { words, counts, months: [...months].sort(), pages };
}
