/**
 * Read a document body with the same Markdown/MDX processor the site is built with (Sätteri, same
 * features), and collect the nodes the body rules judge: raw HTML, links, images, link
 * definitions and every MDX code node, with file positions, and where code spans and blocks lie.
 * Only those nodes cross from the processor to JavaScript, so a large archive is read quickly. An
 * MDX syntax error is returned, not thrown.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import type { GuardAttribute, GuardNode, Point } from '../../../src/lib/content-policy/mdx-guard.ts';

export type BodyFormat = 'md' | 'mdx';

export interface ScannedNode extends GuardNode {
  type: string;
  position: { start: Point };
  /** Type of the parent node ("root" at top level). */
  parentType?: string;
  /** Same number for nodes with the same parent: inline HTML of one paragraph belongs together. */
  parentId?: number;
  /** HTML: same number for the inline HTML of one paragraph (or heading, or table cell), inside emphasis or not. */
  paragraphId?: number;
  /** Links, images and definitions: the address as the processor decoded it. */
  url?: string;
  /** Definitions and references: the label that joins them. */
  identifier?: string;
}

/** An emphasis, strong, strikethrough or link node and how many of them it lies inside (itself included). */
export interface InlineDepth extends Point {
  depth: number;
}

export interface BodyScan {
  nodes: ScannedNode[];
  /** Every inline span, in document order, with its nesting depth (rules/markdown-nesting.ts). */
  inline: InlineDepth[];
  /** Code spans and blocks as body offsets [from, to): their text is shown as written (no character references). */
  code: { from: number; to: number }[];
  syntaxError?: Point & { reason: string };
}

/** The same features as astro.config.mjs, so the check reads a body as the build does. */
export const PROCESSOR_FEATURES = { smartPunctuation: false, gfm: true } as const;

interface RawNode {
  type: string;
  position?: { start: Point & { offset?: number }; end?: { offset?: number } };
  value?: unknown;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: readonly GuardAttribute[];
  children?: readonly unknown[];
}

/**
 * The depth of each inline span. The processor visits nodes parent first, in document order, with
 * source offsets, so a stack of the open spans' end offsets gives the depth without asking for
 * parents (and without recursion, however deep the text).
 */
function inlineDepths(inline: InlineDepth[], lineOffset: number) {
  const ends: number[] = [];
  return (node: RawNode) => {
    const start = node.position?.start;
    const from = start?.offset ?? 0;
    while (ends.length > 0 && from >= ends[ends.length - 1]!) ends.pop();
    ends.push(node.position?.end?.offset ?? from);
    inline.push({ line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1, depth: ends.length });
  };
}

/** Spans whose content is inline: the paragraph around them holds their HTML too. */
const INLINE_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** Enough to leave any emphasis a letter may have (rules/markdown-nesting.ts refuses deeper). */
const MAX_CLIMB = 64;

function collector(nodes: ScannedNode[], inline: InlineDepth[], code: BodyScan['code'], lineOffset: number) {
  // Within a pass the processor gives the same parent object to siblings, so identity numbers it.
  const parentIds = new Map<object, number>();
  const idOf = (parent: object): number => {
    if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
    return parentIds.get(parent)!;
  };
  const keep = (node: RawNode, ctx: { parent(n: RawNode): { type: string } | undefined }) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const scanned: ScannedNode = { type: node.type, position: { start: { line: start.line + lineOffset, column: start.column } } };
    if (node.value !== undefined) scanned.value = node.value;
    if (node.url !== undefined) scanned.url = node.url;
    if (node.identifier !== undefined) scanned.identifier = node.identifier;
    if (node.name !== undefined) scanned.name = node.name;
    if (node.attributes) {
      scanned.attributes = node.attributes.map((a) => ({
        type: a.type,
        name: a.name,
        value: a.value && typeof a.value === 'object' ? { ...(a.value as object) } : a.value,
      }));
    }
    if (node.children) scanned.children = [...node.children];
    const parent = ctx.parent(node);
    scanned.parentType = parent?.type;
    if (parent) scanned.parentId = idOf(parent);
    if (node.type === 'html' && parent) {
      let block = parent;
      for (let i = 0; i < MAX_CLIMB && INLINE_PARENTS.has(block.type); i++) block = ctx.parent(block as RawNode) ?? block;
      scanned.paragraphId = idOf(block);
    }
    nodes.push(scanned);
  };
  const span = inlineDepths(inline, lineOffset);
  const codeRange = (node: RawNode) => {
    const from = node.position?.start.offset;
    const to = node.position?.end?.offset;
    if (from !== undefined && to !== undefined) code.push({ from, to });
  };
  return {
    name: 'ib-check-collect',
    options: { position: true },
    html: keep,
    link: (node: RawNode, ctx: { parent(n: RawNode): { type: string } | undefined }) => {
      span(node);
      keep(node, ctx);
    },
    linkReference: span,
    emphasis: span,
    strong: span,
    delete: span,
    image: keep,
    definition: keep,
    imageReference: keep,
    code: codeRange,
    inlineCode: codeRange,
    mdxjsEsm: keep,
    mdxFlowExpression: keep,
    mdxTextExpression: keep,
    mdxJsxFlowElement: keep,
    mdxJsxTextElement: keep,
  };
}

/** MDX reports "12:7: reason (code)"; positions are relative to the text it was given. */
function syntaxError(err: unknown, lineOffset: number): BodyScan['syntaxError'] {
  const text = err instanceof Error ? err.message : String(err);
  const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
  if (!m) return { line: 1 + lineOffset, column: 1, reason: text };
  return { line: Number(m[1]) + lineOffset, column: Number(m[2]), reason: (m[3] ?? '').trim() };
}

/** `lineOffset`: lines before the body in the file (the front matter), added to every position. */
export function scanBody(body: string, format: BodyFormat, lineOffset = 0): BodyScan {
  const nodes: ScannedNode[] = [];
  const inline: InlineDepth[] = [];
  const code: BodyScan['code'] = [];
  // Front matter is already cut off; a "---" in the body must stay Markdown, as in the build.
  const features = { ...PROCESSOR_FEATURES, frontmatter: false };
  try {
    if (format === 'mdx') mdxToJs(body, { features, mdastPlugins: [collector(nodes, inline, code, lineOffset)] });
    else markdownToHtml(body, { features, mdastPlugins: [collector(nodes, inline, code, lineOffset)] });
  } catch (err) {
    return { nodes: [], inline: [], code: [], syntaxError: syntaxError(err, lineOffset) };
  }
  return { nodes, inline, code };
}
