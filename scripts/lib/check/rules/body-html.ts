/**
 * Rule: raw HTML in a Markdown body follows the content policy (src/lib/content-policy/): no
 * <script>, <iframe>, <form>, <meta>, <style> or other elements outside the allowlist, no on…=,
 * no style=, and addresses only by the link policy. The Markdown processor decides what is HTML
 * (an HTML block swallows a ``` fence inside it; `code` stays text), and every tag is judged on
 * its own, with entities decoded as a browser decodes them – so attributes split over lines or
 * written as java&#9;script: are caught. The sanitiser removes the same things from the HTML.
 */
import { Parser } from 'htmlparser2';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { isStrippedElement, judgeElement } from '../../../../src/lib/content-policy/html-policy.ts';
import type { BodyScan, ScannedNode } from '../body-scan.ts';
import { violationText } from '../policy-messages.ts';

interface Tag {
  node: ScannedNode;
  offset: number;
  source: string;
  name: string;
  attributes: Record<string, string>;
  /** Inside an element removed with its content whose end tag is written: that element's message covers it. */
  covered?: boolean;
}

/**
 * Open elements removed with their content, across the HTML nodes of one scope. Only a written end
 * tag covers the content: an element left open (or closed by the end of its scope) covers nothing,
 * so a stray <script> cannot hide what follows it.
 */
class RemovedElements {
  private readonly tags: Tag[] = [];
  private readonly open: { name: string; from: number }[] = [];
  /** Every tag of the body, in document order. */
  private readonly all: Tag[];
  constructor(all: Tag[]) {
    this.all = all;
  }

  opened(tag: Tag): void {
    this.all.push(tag);
    this.tags.push(tag);
    if (isStrippedElement(tag.name)) this.open.push({ name: tag.name, from: this.tags.length });
  }

  closed(name: string): void {
    const at = this.open.findLastIndex((e) => e.name === name);
    if (at < 0) return;
    for (let i = this.open[at]!.from; i < this.tags.length; i++) this.tags[i]!.covered = true;
    this.open.length = at;
  }
}

const parserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true };

/** Inline HTML is one tag per node (CommonMark), so an end tag is the whole node. */
const END_TAG = /^<\/([a-z][a-z0-9-]*)\s*>$/i;

/** Block parents: an HTML node under one of these is an HTML block, complete in itself. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Whether an HTML node is a block (complete tags) rather than one tag inside a paragraph. */
export function isHtmlBlock(node: ScannedNode): boolean {
  return BLOCK_PARENTS.has(node.parentType ?? 'root') || node.parentId === undefined;
}

/** The start tags of one HTML node; `inBlock`: the node's own end tags close its elements. */
function readNode(node: ScannedNode, html: string, removed: RemovedElements, inBlock: boolean): void {
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const offset = parser.startIndex;
        removed.opened({ node, offset, name, attributes, source: html.slice(offset, parser.endIndex + 1) });
      },
      onclosetag(name, implied) {
        // The end of the block closes open tags implicitly; only a written </tag> ends the element.
        if (inBlock && !implied) removed.closed(name);
      },
    },
    parserOptions,
  );
  parser.write(html);
  parser.end();
  // A lone </script> has no start tag in its node, so the parser drops it; it closes the paragraph's.
  const end = inBlock ? null : END_TAG.exec(html.trim());
  if (end) removed.closed(end[1]!.toLowerCase());
}

/**
 * Every start tag of the body's raw HTML. Markdown gives inline HTML one node per tag, so
 * <svg><circle/></svg> mid-sentence is three nodes: those of one paragraph (one parent) are read
 * together. Nothing carries from one paragraph or HTML block to the next.
 */
function tagsOf(nodes: readonly ScannedNode[]): Tag[] {
  const all: Tag[] = [];
  const paragraphs = new Map<number, RemovedElements>();
  for (const node of nodes) {
    if (node.type !== 'html' || typeof node.value !== 'string') continue;
    const inBlock = isHtmlBlock(node);
    let removed = inBlock ? undefined : paragraphs.get(node.parentId!);
    if (!removed) {
      removed = new RemovedElements(all);
      if (!inBlock) paragraphs.set(node.parentId!, removed);
    }
    readNode(node, node.value, removed, inBlock);
  }
  return all.filter((t) => !t.covered);
}

/** File line and column of an offset in the node's HTML (an HTML block may span lines). */
export function position(
  node: ScannedNode,
  html: string,
  offset: number,
  bodyLines: readonly string[],
  bodyStartLine: number,
): { line: number; column: number } {
  const before = html.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const line = node.position.start.line + newlines;
  const computed = newlines === 0 ? node.position.start.column + offset : offset - before.lastIndexOf('\n');
  // Inside a quote or list the processor strips "> " from each line; find the tag in the real line.
  const source = bodyLines[line - bodyStartLine] ?? '';
  const snippet = html.slice(offset, html.indexOf('\n', offset) < 0 ? undefined : html.indexOf('\n', offset)).slice(0, 40);
  // Stripped markers only come before the tag, so it lies at or after the computed column (and a
  // line of identical tags is not mistaken for its first one).
  const found = snippet ? source.indexOf(snippet, Math.max(0, computed - 1)) : -1;
  return { line, column: found >= 0 ? found + 1 : computed };
}

/** Where an attribute is written inside its tag, so the column points at it. */
function attributeOffset(tag: Tag, attribute: string): number {
  const m = new RegExp(`[\\s"'/]${attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s=/>]|$)`, 'i').exec(tag.source);
  return m ? m.index + 1 : 0;
}

function shown(text: string): string {
  return text.replace(/\t/g, '\\t');
}

export function checkBodyHtml(scan: BodyScan, body: string, bodyStartLine: number, file: string): ValidationError[] {
  const bodyLines = body.split('\n');
  const errors: ValidationError[] = [];
  for (const tag of tagsOf(scan.nodes)) {
    const html = tag.node.value as string;
    for (const v of judgeElement(tag.name, tag.attributes)) {
      const attribute = v.kind === 'element' ? undefined : v.kind === 'style' ? 'style' : v.attribute;
      const offset = tag.offset + (attribute ? attributeOffset(tag, attribute) : 0);
      const { message, expected } = violationText(v);
      const got = attribute ? `${attribute}="${shown(tag.attributes[attribute] ?? '')}"` : shown(tag.source);
      errors.push({ file, ...position(tag.node, html, offset, bodyLines, bodyStartLine), message, got, expected });
    }
  }
  return errors;
}
