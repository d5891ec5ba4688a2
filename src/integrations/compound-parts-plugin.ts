/**
 * Sätteri hast plugin (astro.config.mjs → markdown.processor): at the end of each paragraph, list
 * item, heading or cell of a letter's or report's text, a hidden element with the parts of the
 * Danish compounds in it, so the search finds »integrationspriser« by »pris« and
 * »budgetforhandlingerne« by »forhandlinger«. At the end, not after each word, so a phrase that
 * runs through a compound (»ramadanarrangementet i Tingbjerg«) still stands word after word in the
 * index; in the same passage, so a match on a part still links to the paragraph it is in. Readers
 * and screen readers never see it (hidden); Pagefind indexes it with a lower weight than the word
 * itself. Code, and anything Pagefind ignores (the "¶" links), is left alone.
 */
import { danishLexicon } from '../loaders/danish-lexicon.ts';
import { createSplitter, type Split } from '../lib/search/compound-split.ts';
import { PART_WEIGHT, partsText } from '../lib/search/index-only.ts';
import { ILLUSTRATIVE_FACTOR } from '../lib/search/weights.ts';

/** A hast node as the plugins read it: a Sätteri view node or plain hast. */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly HastNode[];
}

/** What adding parts needs from a tree: Sätteri's visitor context, or document-pass.ts's editor. */
export interface PartsEditor {
  appendChild(node: HastNode, child: HastNode): void;
}

interface BlockContext extends PartsEditor {
  parent(node: HastNode): HastNode | undefined;
}

/** Pagefind's own weights for headings; parts in a heading get half of it. */
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
/** Elements whose text is left out of the search or is not prose. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);
/** Elements that are one passage: each gets the parts of its own words, once. */
const BLOCKS = ['p', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
export const BLOCK_SET = new Set(BLOCKS);

let splitter: ((word: string) => Split | undefined) | undefined;

/** The splitter over the Danish dictionary, created on first use (reading it takes a second). */
export function compoundSplitter(): (word: string) => Split | undefined {
  splitter ??= createSplitter(danishLexicon());
  return splitter;
}

/** True for an element whose text the search leaves out (and so does this plugin, with all inside it). */
export function ignored(node: HastNode): boolean {
  const props = node.properties ?? {};
  return SKIP.has(node.tagName ?? '') || 'dataPagefindIgnore' in props || !!props.hidden;
}

/** The block's own text: nested blocks (a list inside a list item) speak for themselves. */
export function ownText(node: HastNode): string {
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') text += child.value ?? '';
    else if (child.type === 'element' && !ignored(child) && !BLOCK_SET.has(child.tagName ?? '')) text += ` ${ownText(child)} `;
  }
  return text;
}

/**
 * The distinct parts of the compounds in a text that a search would not find otherwise: all but
 * the first. The search already matches a word by its beginning (»budget« finds
 * »budgetforhandlingerne«), so indexing first parts would only grow the index, and the chunk of
 * »integration«, which begins half the archive's compounds, with it.
 */
export function partsOf(text: string, split: (word: string) => Split | undefined): string[] {
  const parts = new Set<string>();
  for (const w of text.match(/\p{L}{6,}/gu) ?? []) {
    const index = split(w)?.index;
    if (index) for (let i = 1; i < index.length; i++) parts.add(index[i] as string);
  }
  return [...parts];
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

/** True when the document's body is illustrative: its front matter (Astro's data) or its source says so. */
export function isIllustrative(source = '', frontmatter?: Record<string, unknown>): boolean {
  return frontmatter?.illustrative === true || isIllustrativeSource(source);
}

/**
 * Parts for one document: call it on each block (BLOCK_SET) that has no ignored element
 * (ignored()) above it or is one itself.
 */
export function createPartsAdder(illustrative: boolean): (node: HastNode, edit: PartsEditor) => void {
  return (node, edit) => {
    const parts = partsOf(ownText(node), compoundSplitter());
    if (parts.length === 0) return;
    // On an illustrative page the body's weight is set for everything in it, headings included.
    const weight = illustrative ? PART_WEIGHT * ILLUSTRATIVE_FACTOR : PART_WEIGHT * (HEADING_WEIGHT[node.tagName ?? ''] ?? 1);
    edit.appendChild(node, partsElement(parts, weight));
  };
}

/**
 * The parts as a plugin of their own (the site runs them in document-pass.ts). Whether the
 * document is illustrative decides the weights: Astro hands the Markdown processor the body alone
 * and the front matter as data (`frontmatter`); a source that still has its front matter (a test,
 * a plain Markdown render) is read too.
 */
export function compoundParts(source = '', frontmatter?: Record<string, unknown>) {
  const addParts = createPartsAdder(isIllustrative(source, frontmatter));
  return {
    name: 'ib-compound-parts',
    element: {
      filter: BLOCKS,
      visit(node: HastNode, ctx: BlockContext) {
        for (let p: HastNode | undefined = node; p; p = ctx.parent(p)) if (p.type === 'element' && ignored(p)) return;
        addParts(node, ctx);
      },
    },
  };
}
