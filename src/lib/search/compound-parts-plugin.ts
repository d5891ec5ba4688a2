/**
 * Sätteri hast plugin (astro.config.mjs → markdown.processor): after each Danish compound in a
 * letter's or report's text, a hidden element with its parts, so the search finds
 * «integrationspriser» by «pris» and «budgetforhandlingerne» by «forhandlinger». Readers and screen
 * readers never see it (hidden); Pagefind indexes it with a lower weight than the word itself.
 * Code, and anything Pagefind ignores (the "¶" links), is left alone.
 */
import { danishLexicon } from './danish-lexicon.ts';
import { createSplitter, type Split } from './compound-split.ts';
import { PART_WEIGHT, partsText } from './index-only.ts';
import { ILLUSTRATIVE_FACTOR } from './weights.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly HastNode[];
}

interface TextContext {
  parent(node: HastNode): HastNode | undefined;
  replaceNode(node: HastNode, replacement: HastNode[]): void;
}

/** Pagefind's own weights for headings; parts in a heading get half of it. */
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

let splitter: ((word: string) => Split | undefined) | undefined;

/** The splitter over the Danish dictionary, created on first use (reading it takes a second). */
export function compoundSplitter(): (word: string) => Split | undefined {
  splitter ??= createSplitter(danishLexicon());
  return splitter;
}

export interface TextPiece {
  text: string;
  /** Parts to index after this piece, if its last word is a compound. */
  parts?: string[];
}

/** Cut a text after each compound: "Om integrationspriser, og" → ["Om integrationspriser,", parts], [" og"]. */
export function splitText(text: string, split: (word: string) => Split | undefined): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  // A word and the punctuation glued to it, so the parts follow "integrationspriser," as one token.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*[^\s]*/gu)) {
    const words = m[0].match(/\p{L}+/gu) ?? [];
    const parts = words.flatMap((w) => split(w)?.index ?? []);
    if (parts.length === 0) continue;
    const end = (m.index ?? 0) + m[0].length;
    pieces.push({ text: text.slice(from, end), parts });
    from = end;
  }
  if (pieces.length === 0) return [{ text }];
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

/** Elements that are one passage: a compound's parts are indexed once per passage. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function context(node: HastNode, ctx: TextContext, factor: number): { skip: boolean; weight: number; block: HastNode | undefined } {
  let weight = PART_WEIGHT * factor;
  let block: HastNode | undefined;
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
    if (p.type !== 'element') continue;
    const props = p.properties ?? {};
    if (SKIP.has(p.tagName ?? '') || 'dataPagefindIgnore' in props || props.hidden) return { skip: true, weight, block };
    block ??= BLOCKS.has(p.tagName ?? '') ? p : undefined;
    const heading = HEADING_WEIGHT[p.tagName ?? ''];
    if (heading) weight = heading * PART_WEIGHT * factor;
  }
  return { skip: false, weight, block };
}

export function partsElement(parts: readonly string[], weight: number): HastNode {
  return {
    type: 'element',
    tagName: 'span',
    properties: { hidden: true, dataPagefindWeight: String(weight) },
    children: [{ type: 'text', value: partsText([...new Set(parts)]) }],
  };
}

/** True when a document's front matter marks it as illustrative example data. */
export function isIllustrativeSource(source: string): boolean {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return !!fm && /^illustrative:\s*true\s*$/m.test(fm[1] ?? '');
}

/** The plugin for one document; `source` (its Markdown with front matter) decides the weights. */
export function compoundParts(source = '') {
  const factor = isIllustrativeSource(source) ? ILLUSTRATIVE_FACTOR : 1;
  // Parts already indexed in a passage: once per passage is enough to find it and to link to it,
  // and repeating them would only grow the index.
  const seen = new Map<HastNode | undefined, Set<string>>();
  return {
    name: 'ib-compound-parts',
    text(node: HastNode, ctx: TextContext) {
      const value = node.value ?? '';
      if (!/\p{L}{6}/u.test(value)) return;
      const pieces = splitText(value, compoundSplitter());
      if (pieces.length === 1 && !pieces[0]?.parts) return;
      const { skip, weight, block } = context(node, ctx, factor);
      if (skip) return;
      const done = seen.get(block) ?? new Set<string>();
      seen.set(block, done);
      const out: HastNode[] = [];
      let text = '';
      for (const p of pieces) {
        text += p.text;
        const fresh = (p.parts ?? []).filter((part) => !done.has(part));
        if (fresh.length === 0) continue;
        for (const part of fresh) done.add(part);
        out.push({ type: 'text', value: text }, partsElement(fresh, weight));
        text = '';
      }
      if (out.length === 0) return;
      if (text) out.push({ type: 'text', value: text });
      ctx.replaceNode(node, out);
    },
  };
}
