/**
 * The content policy's sanitiser for every document (.md and .mdx), after raw HTML has been parsed
 * into elements (features.rawHtml) and before the site's own steps add their anchors and heading
 * ids: document-pass.ts runs cleanBlock on each top-level block, in the same pass as those steps.
 *
 * Sätteri keeps the tree in Rust and hands plugins a lazily read view. Each top-level block is
 * read into a plain hast tree and cleaned with hast-util-sanitize (sanitize-tree.ts); a block is
 * written back only when cleaning changed it, so an ordinary letter costs one read.
 * MDX components (<IndicatorFigure />) are left alone: mdx-guard-plugin.ts has already refused
 * every component, expression and import that is not allowed, before any code is generated.
 */
import { isDeepStrictEqual } from 'node:util';
import type { RootContent } from 'hast';
import { sanitizeNode } from '../lib/content-policy/sanitize-tree.ts';

interface ViewNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly ViewNode[];
}

const MDX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** A plain copy of a view node (no positions: the cleaned tree gets none). */
export function plainNode(node: ViewNode): RootContent {
  const out: Record<string, unknown> = { type: node.type };
  if (node.tagName !== undefined) out.tagName = node.tagName;
  if (node.value !== undefined) out.value = node.value;
  if (node.properties) {
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
  }
  if (node.children) out.children = node.children.map(plainNode);
  return out as unknown as RootContent;
}

/** True for the nodes the sanitiser leaves to others: whitespace between blocks, and MDX (see above). */
export function leftAlone(node: ViewNode): boolean {
  return node.type === 'text' || MDX_NODES.has(node.type);
}

/** A top-level block cleaned by the policy: the nodes that replace it, or undefined when it is clean. */
export function cleanBlock(node: ViewNode): RootContent[] | undefined {
  const plain = plainNode(node);
  const clean = sanitizeNode(plain);
  return clean.length === 1 && isDeepStrictEqual(clean[0], plain) ? undefined : clean;
}
