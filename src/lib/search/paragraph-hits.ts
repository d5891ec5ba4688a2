/**
 * Which paragraphs of a page matched, with an excerpt each, so a result can link straight to the
 * paragraph. Pagefind's own sub_results only split pages on headings with ids; letters carry ids on
 * their paragraphs, which Pagefind reports as anchors, so the split is done here from the same data
 * (content split on whitespace, word locations, anchors), as Pagefind's documentation suggests.
 * Index-only compound parts (index-only.ts) never show: a match in them marks the compound.
 */
import { ownerOfWords } from './index-only.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { escapeXml } from '../format/escape.ts';
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
  text?: string;
}

export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

export interface ParagraphHit {
  /** Element id to link to, or undefined for text before the first anchor (link to the page). */
  id: string | undefined;
  /** HTML-escaped excerpt with the matching words in <mark>. */
  excerpt: string;
  /** The matching words as they stand in the text (a compound for a match on its part), to highlight. */
  words: string[];
  score: number;
  /** True when the anchor is a paragraph-like element rather than a section heading or the page. */
  precise: boolean;
}

/** Elements whose id marks one passage; a heading's id marks everything up to the next anchor. */
const PRECISE = new Set(['p', 'li', 'blockquote', 'dd', 'td', 'figcaption']);

export interface HitOptions {
  /** At most this many paragraphs per page. */
  max: number;
  /** Words in each excerpt. */
  excerptWords: number;
}

/** A word without the punctuation glued to it ("konferencen," → "konferencen"). */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Index of the last anchor at or before a word location, or -1 before the first anchor. */
function regionOf(starts: number[], location: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= location) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function paragraphHits(
  content: string,
  locations: readonly WeightedLocation[],
  anchors: readonly PagefindAnchor[],
  options: HitOptions,
): ParagraphHit[] {
  // Pagefind counts word locations over the content split on whitespace.
  const words = content.split(/[\r\n\s]+/g);
  const { owner, hidden } = ownerOfWords(words);
  // Several anchors can start at one location (a section and its first paragraph); the innermost,
  // i.e. the last one listed, is the most precise link.
  const sorted = [...anchors].filter((a) => a.id).sort((a, b) => a.location - b.location);
  const byStart = new Map<number, PagefindAnchor>();
  for (const a of sorted) byStart.set(a.location, a);
  const regions = [...byStart.values()];
  const starts = regions.map((a) => a.location);

  const groups = new Map<number, WeightedLocation[]>();
  for (const raw of locations) {
    if (raw.location < 0 || raw.location >= words.length) continue;
    // A match on a compound's hidden part counts as a match on the compound.
    const loc = { ...raw, location: owner[raw.location] ?? raw.location };
    const r = regionOf(starts, loc.location);
    const list = groups.get(r) ?? [];
    list.push(loc);
    groups.set(r, list);
  }

  const hits: ParagraphHit[] = [];
  for (const [r, locs] of groups) {
    const from = r < 0 ? 0 : (starts[r] ?? 0);
    const to = r + 1 < starts.length ? (starts[r + 1] ?? words.length) : words.length;
    const sortedLocs = [...locs].sort((a, b) => a.location - b.location);
    const best = locs.reduce((a, b) => (b.balanced_score > a.balanced_score ? b : a));
    hits.push({
      id: r < 0 ? undefined : regions[r]?.id,
      excerpt: excerptAround(words, hidden, from, to, best.location, sortedLocs, options.excerptWords),
      words: matchedWords(words, sortedLocs),
      score: locs.reduce((sum, l) => sum + l.balanced_score, 0),
      precise: r >= 0 && PRECISE.has(regions[r]?.element ?? ''),
    });
  }
  // A link to the very paragraph beats one to a section heading (a letter's metadata block, say).
  return hits.sort((a, b) => Number(b.precise) - Number(a.precise) || b.score - a.score).slice(0, options.max);
}

/** The distinct words matched in a paragraph, as written there, longest first. */
function matchedWords(words: readonly string[], locs: readonly WeightedLocation[]): string[] {
  const found = new Set<string>();
  for (const l of locs) {
    const w = bareWord(words[l.location] ?? '');
    if (w) found.add(w);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function excerptAround(
  words: readonly string[],
  hidden: readonly boolean[],
  from: number,
  to: number,
  centre: number,
  locs: readonly WeightedLocation[],
  length: number,
): string {
  let start = Math.max(from, centre - Math.floor(length / 3));
  const end = Math.min(to, start + length);
  start = Math.max(from, end - length);
  const marked = new Set(locs.map((l) => l.location));
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const w = words[i] ?? '';
    if (w === '' || hidden[i]) continue;
    parts.push(marked.has(i) ? markedWord(w) : escapeXml(w));
  }
  return `${start > from ? '… ' : ''}${parts.join(' ')}${end < to ? ' …' : ''}`;
}

/** A matched word marked without the punctuation glued to it: »<mark>Hougaard</mark>.«, not »<mark>Hougaard.</mark>«. */
export function markedWord(word: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word);
  const [lead = '', core = '', trail = ''] = m ? m.slice(1) : ['', word, ''];
  if (core === '') return escapeXml(word);
  return `${escapeXml(lead)}<mark>${escapeXml(core)}</mark>${escapeXml(trail)}`;
}

/**
 * Pagefind's own excerpt (shown for a result without a matched paragraph to link to) with its marks
 * drawn tight in the same way: punctuation, or an escaped quote, moved out of the mark.
 */
export function tightMarks(html: string): string {
  const PUNCT = String.raw`(?:&(?:[a-z]+|#\d+);|[^\p{L}\p{N}<&])`;
  return html
    .replace(new RegExp(String.raw`<mark>(${PUNCT}+)(?=[^<]*[\p{L}\p{N}][^<]*</mark>)`, 'gu'), '$1<mark>')
    .replace(new RegExp(String.raw`(<mark>[^<]*?[\p{L}\p{N}])(${PUNCT}+)</mark>`, 'gu'), '$1</mark>$2');
}

/**
 * Link to the paragraph that matched: its anchor (never a text fragment, which browsers resolve to
 * the first occurrence anywhere on the page), and the matched words for the page to highlight in
 * that paragraph (`?fremhaev=…`, read by archive/highlight.ts).
 */
export function paragraphUrl(pageUrl: string, hit: Pick<ParagraphHit, 'id' | 'words'>): string {
  const base = (pageUrl.split('#')[0] ?? pageUrl).split('?')[0] ?? pageUrl;
  const words = hit.words.slice(0, 8);
  const query = words.length ? `?${new URLSearchParams([[HIGHLIGHT_PARAM, words.join(' ')]]).toString()}` : '';
  return `${base}${query}${hit.id ? `#${encodeURIComponent(hit.id)}` : ''}`;
}
