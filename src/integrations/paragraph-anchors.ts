/**
 * Sätteri hast plugin (astro.config.mjs → markdown.processor): gives every paragraph, list item,
 * quote and heading of a letter or conference report a stable id and a small "¶" link to it, so a
 * journalist can cite one paragraph. Paragraphs are numbered "afsnit-1", "afsnit-2", … in
 * document order; headings get a readable slug. The link's visible "¶" is aria-hidden and its
 * accessible name is short; data-pagefind-ignore keeps it out of the search index.
 *
 * Structural types only: the plugin object is plain data, so this module has no runtime imports
 * from the Markdown engine and unit tests can drive it through the real processor.
 */
import { createSlugger } from '../lib/archive/heading-slug.ts';
import { archiveCopy } from '../lib/copy/index.ts';
import { paragraphId } from '../lib/archive/paragraph-id.ts';

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: readonly HastChild[];
}
type HastChild = HastElement | { type: string; value?: string };

/** What adding anchors needs from a tree: Sätteri's visitor context, or document-pass.ts's editor. */
export interface AnchorEditor {
  textContent(node: HastElement): string;
  setProperty(node: HastElement, key: string, value: unknown): void;
  appendChild(node: HastElement, child: HastElement): void;
}

interface VisitContext extends AnchorEditor {
  parent(node: HastElement): { type: string; tagName?: string } | undefined;
}

export interface AnchorPluginOptions {
  /** Only documents whose path contains one of these folder names get anchors. */
  folders: readonly string[];
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** Every heading level: an editor's »# Indhold« needs a safe id too (Astro's own would be "indhold", the page's). */
export const ALL_HEADINGS = new Set(['h1', ...HEADINGS]);
/** Blocks whose own paragraphs are numbered as one unit with them. */
const CONTAINERS = new Set(['li', 'blockquote', 'td', 'th', 'figcaption']);

/** True when a document at this URL (file path) belongs to one of the anchored folders. */
export function wantsAnchors(fileUrl: string | undefined, folders: readonly string[]): boolean {
  if (!fileUrl) return false;
  const path = decodeURIComponent(fileUrl).replace(/\\/g, '/');
  return folders.some((f) => path.includes(`/${f}/`));
}

export function anchorLink(id: string, label: string): HastElement {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['ib-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '¶' }] },
      { type: 'element', tagName: 'span', properties: { className: ['ib-visually-hidden'] }, children: [{ type: 'text', value: label }] },
    ],
  };
}

/** The last paragraph of a loose list item or a quote, so its "¶" stays on the text's last line. */
function lastParagraph(node: HastElement): HastElement | undefined {
  const elements = (node.children ?? []).filter((c): c is HastElement => c.type === 'element');
  const last = elements[elements.length - 1];
  return last?.tagName === 'p' ? last : undefined;
}

/** The blocks that get an anchor (document-pass.ts visits only these with it). */
export const ANCHORED = new Set(['p', 'li', 'blockquote', ...ALL_HEADINGS]);

/**
 * Anchors for one document: call it on each anchored block in document order (pre-order), with
 * the block's parent as the tree is before any anchor is added.
 */
export function createAnchorer(): (node: HastElement, parent: { tagName?: string } | undefined, edit: AnchorEditor) => void {
  let paragraphs = 0;
  const slug = createSlugger();
  return (node, parent, edit) => {
    if (typeof node.properties?.id === 'string') return;
    // An editor's h1 gets an id but no "¶": the page's own title is the h1 readers cite.
    if (node.tagName === 'h1') {
      edit.setProperty(node, 'id', slug(edit.textContent(node).trim()));
      return;
    }
    if (HEADINGS.includes(node.tagName)) {
      const text = edit.textContent(node).trim();
      const id = slug(text);
      edit.setProperty(node, 'id', id);
      edit.appendChild(node, anchorLink(id, archiveCopy.headingLink(text)));
      return;
    }
    if (node.tagName === 'p' && parent?.tagName && CONTAINERS.has(parent.tagName)) return;
    // A heading that would slug to the same id is prefixed (heading-slug.ts).
    const id = paragraphId(++paragraphs);
    edit.setProperty(node, 'id', id);
    const target = (node.tagName !== 'p' && lastParagraph(node)) || node;
    edit.appendChild(target, anchorLink(id, archiveCopy.paragraphLink(paragraphs)));
  };
}

/**
 * Heading ids alone, for documents without "¶" links (an area's text, a page): the same slugs, so
 * no heading takes an id of the page around it. Astro keeps an id a heading already has.
 */
export function createHeadingIds(): (node: HastElement, edit: AnchorEditor) => void {
  const slug = createSlugger();
  return (node, edit) => {
    if (typeof node.properties?.id !== 'string') edit.setProperty(node, 'id', slug(edit.textContent(node).trim()));
  };
}

/** The anchors as a plugin of their own (the site runs them in document-pass.ts). */
export function paragraphAnchors(options: AnchorPluginOptions) {
  return (doc: { fileURL: URL | undefined }) => {
    if (!wantsAnchors(doc.fileURL?.href, options.folders)) return null;
    const anchor = createAnchorer();
    return {
      name: 'ib-paragraph-anchors',
      element: {
        filter: [...ANCHORED],
        visit(node: HastElement, ctx: VisitContext) {
          anchor(node, ctx.parent(node), ctx);
        },
      },
    };
  };
}
