/**
 * On a page reached from a search result (`…/?fremhaev=integrationspriser#afsnit-3`), mark the
 * matched words in the paragraph the link points at, so the reader sees at once why it matched.
 * Only that paragraph (or the passage a heading or a caption opens, up to the next anchor, as the
 * result's excerpt was cut), never the first occurrence elsewhere on the page, which is what a text
 * fragment would light up; without an anchor, the page's indexed content (data-pagefind-body), never
 * its menu or footer. Loaded on every page in the search index
 * (SearchHighlight.astro). The words come from the result list.
 */
import { anchorId, HIGHLIGHT_PARAM } from '../lib/search/highlight-param.ts';

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

/** Text a reader sees: not the index-only compound parts, the ¶ links, or marks already made. */
const skipped = (n: Node) => Boolean(n.parentElement?.closest('[hidden], .ib-anchor, script, style, mark'));

/**
 * The text of the passage an anchor opens, as Pagefind counts it (paragraph-hits.ts): from the
 * element with the id to the next element with an id. A paragraph is itself; a heading or a table's
 * caption goes on to the rows and paragraphs under it (»#ordbog-goals-caption« on /data/).
 */
function passage(target: Element, within: Element): Text[] {
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = target;
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Element) {
      if (n.id) break;
    } else if (!skipped(n)) nodes.push(n as Text);
  }
  return nodes;
}

/** Every text of an element a reader sees. */
function textsOf(scope: Element): Text[] {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (skipped(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function mark(nodes: readonly Text[], pattern: RegExp): number {
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
  const id = anchorId(location.hash);
  const body = document.querySelector('[data-pagefind-body]');
  const found = id ? document.getElementById(id) : null;
  const target = found && body?.contains(found) ? found : null;
  if (!pattern || !body) return;
  if (!target) {
    // A result without a paragraph to point at: the words wherever the page's content has them.
    mark(textsOf(body), pattern);
    openAround(body);
    return;
  }
  let shown: Element = target;
  if (mark(passage(target, body), pattern) > 0) target.setAttribute('data-highlighted', '');
  else {
    // Pagefind counted the words to this anchor, but they stand just before it (a figure's heading
    // above its description): the words of the figure or section around it, and the first shown.
    const around = target.closest('figure, section, details') ?? body;
    if (mark(textsOf(around), pattern) > 0) shown = around.querySelector('mark.ib-hit') ?? target;
  }
  openAround(body);
  const box = shown.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight) shown.scrollIntoView({ block: 'start' });
}

/** A marked word inside a closed »Vis ændringerne« (<details>) is opened, or the reader sees no mark at all. */
function openAround(body: Element): void {
  for (const m of body.querySelectorAll('mark.ib-hit'))
    for (let d = m.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}

run();
