/**
 * A lean reading of the JSON Pagefind's WebAssembly hands pagefind.js for a search, for the build's
 * precomputed answers (first-results-worker.ts) only.
 *
 * For a word on every page of a 20,000-letter archive that JSON holds every page with every match
 * of the word: 18 MB for »og«. pagefind.js parses all of it and makes an object per match, though an
 * answer uses the count, the first ten results and, for an over-stemmed word, the first
 * OVER_STEMMED_CHECK (engine.ts). Parsing, mapping and collecting that garbage were about a quarter
 * of the answers step's time. Here the first `keep` results are parsed in full and every later one
 * is read as its page, group and score only, with no matches, so the count and the order stay
 * Pagefind's; so is every later one that is among the first `keep` real or example pages, which the
 * engine may show first (realFirst). Anything not in the expected shape gives undefined, and the
 * caller parses it whole.
 */
import { illustrativeId } from '../../../src/lib/search/ordering.ts';

/** What pagefind.js reads from its WebAssembly's search (the fields this file relies on). */
export interface RawSearch {
  results: { p: string; g: string; s: number; l: unknown[] }[];
  unfiltered_total: number;
  [key: string]: unknown;
}

const HEAD = '{"filtered_counts":';
const RESULTS = ',"results":[';
const TAIL = '],"unfiltered_total":';
// A result starts so and nowhere else: inside a JSON string a quote is always escaped, and no
// nested object (a match is {"w":…,"s":…,"l":…}) has the key "p".
const START = '{"p":"';

/** The search JSON with results after the first `keep` lacking their matches; undefined when it is not a search's JSON. */
export function leanSearchJson(json: string, keep: number): RawSearch | undefined {
  if (!json.startsWith(HEAD)) return undefined;
  try {
    const open = json.indexOf(RESULTS);
    const close = json.lastIndexOf(TAIL);
    if (open < 0 || close < open) return undefined;
    const head = JSON.parse(`${json.slice(0, open)}}`) as Record<string, unknown>;
    const tail = JSON.parse(`{${json.slice(close + 2)}`) as Record<string, unknown>;
    const body = json.slice(open + RESULTS.length, close);
    const starts: number[] = [];
    for (let at = body.indexOf(START); at >= 0; at = body.indexOf(START, at + START.length)) starts.push(at);
    if ((starts.length === 0) !== (body === '') || (starts.length > 0 && starts[0] !== 0)) return undefined;
    const cut = starts[keep];
    const kept = JSON.parse(`[${cut === undefined ? body : body.slice(0, cut - 1)}]`) as RawSearch['results'];
    if (kept.length !== Math.min(keep, starts.length)) return undefined;
    const results = kept;
    // The engine puts real pages before example pages (ordering.ts, realFirst): a later result among
    // the first `keep` of its kind can come into the first `keep` shown, so it is read in full too.
    let real = kept.filter((r) => !illustrativeId(r.p)).length;
    let example = kept.length - real;
    for (let i = keep; i < starts.length; i++) {
      const at = starts[i] as number;
      const r = leanResult(body, at);
      if (!r) return undefined;
      const needed = illustrativeId(r.p) ? example++ < keep : real++ < keep;
      results.push(
        needed
          ? (JSON.parse(
              body.slice(at, i + 1 < starts.length ? (starts[i + 1] as number) - 1 : body.length),
            ) as RawSearch['results'][number])
          : r,
      );
    }
    return { ...head, results, ...tail } as RawSearch;
  } catch {
    return undefined;
  }
}

/** Page, group and score of the result at `at` ({"p":"…","g":"…","s":…,"l":…), in Pagefind's key order. */
function leanResult(body: string, at: number): RawSearch['results'][number] | undefined {
  const pFrom = at + START.length;
  const pTo = body.indexOf('"', pFrom);
  if (!body.startsWith('","g":"', pTo)) return undefined;
  const gFrom = pTo + 7;
  const gTo = body.indexOf('"', gFrom);
  if (!body.startsWith('","s":', gTo)) return undefined;
  const sFrom = gTo + 6;
  const sTo = body.indexOf(',"l":[', sFrom);
  const p = body.slice(pFrom, pTo);
  const g = body.slice(gFrom, gTo);
  const s = Number(body.slice(sFrom, sTo));
  // An escape in the page or group id, or a score that is no number, is not the shape read here.
  if (sTo < 0 || p.includes('\\') || g.includes('\\') || !Number.isFinite(s)) return undefined;
  return { p, g, s, l: [] };
}
