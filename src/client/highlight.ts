/**
 * On a document reached from a search result (`…/?fremhaev=integrationspriser#afsnit-3`), mark the
 * matched words in the paragraph the link points at, so the reader sees at once why it matched.
 * Only that paragraph (or the section a heading anchor opens), never the first occurrence elsewhere
 * on the page, which is what a text fragment would light up. The words come from the result list.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight-param.ts';

/** The words to look for: letters and digits, at least two characters, at most eight words. */
export function highlightWords(param: string | null): string[] {
  if (!param) return [];
  const words = param
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 8);
}

/** A pattern matching any of the words as a whole word, case-insensitive. */
export function wordPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function scopeOf(target: Element): Element {
  // A heading's anchor stands for its section.
  return /^H[1-6]$/.test(target.tagName) && target.parentElement ? target.parentElement : target;
}

function mark(scope: Element, pattern: RegExp): number {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('[hidden], .ib-anchor, script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      frag.append(text.slice(last, at));
      const el = document.createElement('mark');
      el.className = 'ib-hit';
      el.textContent = m[0];
      frag.append(el);
      last = at + m[0].length;
      count++;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  return count;
}

function run(): void {
  const words = highlightWords(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM));
  const pattern = wordPattern(words);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!pattern || !target) return;
  if (mark(scopeOf(target), pattern) > 0) target.setAttribute('data-highlighted', '');
  const box = target.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight) target.scrollIntoView({ block: 'start' });
}

run();
