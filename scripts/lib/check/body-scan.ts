/**
 * Read a document body with the same Markdown/MDX processor the site is built with (Sätteri, same
 * features), and collect the nodes the body rules judge: raw HTML, links, images, link
 * definitions and every MDX code node, with file positions. Only those nodes cross from the
 * processor to JavaScript, so a large archive is read quickly. An MDX syntax error is returned,
 * not thrown.
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
  /** Links, images and definitions: the address as the processor decoded it. */
  url?: string;
  /** Definitions and references: the label that joins them. */
  identifier?: string;
}

export interface BodyScan {
  nodes: ScannedNode[];
  syntaxError?: Point & { reason: string };
}

/** The same features as astro.config.mjs, so the check reads a body as the build does. */
export const PROCESSOR_FEATURES = { smartPunctuation: false, gfm: true } as const;

interface RawNode {
  type: string;
  position?: { start: Point };
  value?: unknown;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: readonly GuardAttribute[];
  children?: readonly unknown[];
}

function collector(nodes: ScannedNode[], lineOffset: number) {
  // Within a pass the processor gives the same parent object to siblings, so identity numbers it.
  const parentIds = new Map<object, number>();
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
    if (parent) {
      if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
      scanned.parentId = parentIds.get(parent);
    }
    nodes.push(scanned);
  };
  return {
    name: 'ib-check-collect',
    options: { position: true },
    html: keep,
    link: keep,
    image: keep,
    definition: keep,
    imageReference: keep,
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
  // Front matter is already cut off; a "---" in the body must stay Markdown, as in the build.
  const features = { ...PROCESSOR_FEATURES, frontmatter: false };
  try {
    if (format === 'mdx') mdxToJs(body, { features, mdastPlugins: [collector(nodes, lineOffset)] });
    else markdownToHtml(body, { features, mdastPlugins: [collector(nodes, lineOffset)] });
  } catch (err) {
    return { nodes: [], syntaxError: syntaxError(err, lineOffset) };
  }
  return { nodes };
}
