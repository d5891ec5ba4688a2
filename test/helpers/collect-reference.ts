/**
 * The vocabulary count done the plain way, as a test oracle for scripts/lib/search/collect.ts (which
 * scans the text once, character by character): the content split into tokens at whitespace,
 * index-only tokens found with ownerOfWords, each visible token split into runs of letters. This is
 * what the build did before it was made faster, kept so the fast count is checked against it.
 */
import type { Collected, Fragment, WordStats } from '../../scripts/lib/search/collect.ts';
import { ownerOfWords } from '../../src/lib/search/index-only.ts';
import { MIN_WORD_LENGTH } from '../../src/lib/search/vocabulary.ts';

export function referenceCollect(fragments: Iterable<Fragment>): Collected {
  const words = new Map<string, WordStats>();
  const counts: Record<string, Record<string, number>> = {};
  const months = new Set<string>();
  let pages = 0;
  for (const f of fragments) {
    pages++;
    for (const [filter, values] of Object.entries(f.filters)) {
      if (filter === 'måned') {
        for (const v of values) months.add(v);
        continue;
      }
      const group = (counts[filter] ??= {});
      for (const v of new Set(values)) group[v] = (group[v] ?? 0) + 1;
    }
    const tokens = f.content.split(/\s+/);
    const { hidden } = ownerOfWords(tokens);
    const seen = new Set<string>();
    tokens.forEach((token, i) => {
      if (hidden[i]) return;
      const sentenceStart = i === 0 || /[.!?:]$/.test(tokens[i - 1] ?? '');
      for (const w of token.split(/[^\p{L}]+/u)) {
        if (w.length < MIN_WORD_LENGTH) continue;
        const key = w.toLowerCase();
        let s = words.get(key);
        if (!s) words.set(key, (s = { pages: 0, forms: new Map(), capitalised: 0, total: 0 }));
        s.total++;
        s.forms.set(w, (s.forms.get(w) ?? 0) + 1);
        if (!sentenceStart && /^\p{Lu}/u.test(w)) s.capitalised++;
        if (!seen.has(key)) {
          seen.add(key);
          s.pages++;
        }
      }
    });
  }
  return { words, counts, months: [...months].sort(), pages };
}
