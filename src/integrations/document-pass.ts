/**
 * Sätteri hast plugin (markdown-processor.ts): the site's three steps over a document's HTML tree
 * in one pass, in this order and with the same result as three plugins one after the other:
 * 1. the content policy's sanitiser (sanitize-plugin.ts), per top-level block;
 * 2. paragraph anchors (paragraph-anchors.ts), on the cleaned tree – or only heading ids;
 * 3. the parts of Danish compounds (compound-parts-plugin.ts), outside anything the search ignores.
 *
 * Why one pass: Sätteri hands each pass a view of its Rust tree, and the first read of a node's
 * children copies the whole tree out and builds frozen JS objects for it. A pass that changes the
 * tree invalidates that copy, so three plugins read every letter three times, and the element
 * visitors also asked for each block's parent chain. Here the sanitiser's reading is the only
 * one: a clean block is walked as read and edited through the context (id, "¶" link, parts); a
 * block the sanitiser changed is edited as plain hast before it replaces the original, so steps
 * 2 and 3 see exactly the tree they would have seen after step 1.
 */
import type { RootContent } from 'hast';
import { ALL_HEADINGS, ANCHORED, createAnchorer, createHeadingIds } from './paragraph-anchors.ts';
import { BLOCK_SET, createPartsAdder, ignored, type HastNode } from './compound-parts-plugin.ts';
import { cleanBlock, leftAlone } from './sanitize-plugin.ts';

interface HookContext {
  replaceNode(node: HastNode, replacement: RootContent[]): void;
  setProperty(node: HastNode, key: string, value: unknown): void;
  appendChild(node: HastNode, child: HastNode): void;
}

interface Editor {
  textContent(node: HastNode): string;
  setProperty(node: HastNode, key: string, value: unknown): void;
  appendChild(node: HastNode, child: HastNode): void;
}

export interface DocumentPassOptions {
  /** Run the content policy's sanitiser (off only where a pipeline leaves it out: a test, the benchmark). */
  sanitize: boolean;
  /** Number paragraphs and headings with "¶" links. */
  anchors: boolean;
  /** Without anchors: give headings the site's ids, which no page id or footnote id can be. */
  headingIds?: boolean;
  /** Add compound parts for the search; `illustrative` lowers their weight. */
  parts: boolean;
  illustrative: boolean;
}

/** All text below a node, as the engine's textContent gives it. */
export function textContent(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  let text = '';
  for (const child of node.children ?? []) text += textContent(child);
  return text;
}

/** Edits on plain hast that has not reached the engine yet (a block the sanitiser replaced). */
const plainEditor: Editor = {
  textContent,
  setProperty(node, key, value) {
    (node.properties ??= {})[key] = value;
  },
  appendChild(node, child) {
    node.children = [...(node.children ?? []), child];
  },
};

export function documentPass(options: DocumentPassOptions) {
  const anchor = options.anchors ? createAnchorer() : undefined;
  const headingId = !options.anchors && options.headingIds ? createHeadingIds() : undefined;
  const addParts = options.parts ? createPartsAdder(options.illustrative) : undefined;

  /** Pre-order, as the engine's visitors go; `hiddenAbove`: an element above is ignored by search. */
  function walk(node: HastNode, parent: HastNode, hiddenAbove: boolean, edit: Editor): void {
    const children = node.children;
    let hidden = hiddenAbove;
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (anchor && ANCHORED.has(tag)) anchor(node as HastNode & { type: 'element'; tagName: string }, parent, edit);
      if (headingId && ALL_HEADINGS.has(tag)) headingId(node as HastNode & { type: 'element'; tagName: string }, edit);
      hidden ||= ignored(node);
      if (addParts && !hidden && BLOCK_SET.has(tag)) addParts(node, edit);
    }
    if (children) for (const child of children) walk(child, node, hidden, edit);
  }

  return {
    name: 'ib-document',
    after(root: HastNode & { children: readonly HastNode[] }, ctx: HookContext) {
      const walking = anchor !== undefined || headingId !== undefined || addParts !== undefined;
      const viewEditor: Editor = {
        textContent,
        setProperty: (node, key, value) => ctx.setProperty(node, key, value),
        appendChild: (node, child) => ctx.appendChild(node, child),
      };
      for (const child of root.children) {
        const clean = options.sanitize && !leftAlone(child) ? cleanBlock(child) : undefined;
        if (clean === undefined) {
          if (walking && child.type !== 'text') walk(child, root, false, viewEditor);
          continue;
        }
        if (walking) for (const node of clean) walk(node as HastNode, root, false, plainEditor);
        ctx.replaceNode(child, clean);
      }
    },
  };
}
