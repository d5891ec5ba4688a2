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
  offset: number;
  source: string;
  name: string;
  attributes: Record<string, string>;
}

/**
 * Every start tag, except those inside an element removed with its content (one message for it).
 * `removed` carries the nesting depth inside such an element from one HTML node to the next: a
 * paragraph splits <svg><circle/></svg> into one node per tag.
 */
function tagsOf(html: string, removed: { depth: number }): Tag[] {
  const tags: Tag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const offset = parser.startIndex;
        if (removed.depth === 0) tags.push({ offset, name, attributes, source: html.slice(offset, parser.endIndex + 1) });
        if (isStrippedElement(name) || removed.depth > 0) removed.depth++;
      },
      onclosetag(_name, implied) {
        // The fragment's end closes open tags implicitly; only a written </tag> ends the element.
        if (removed.depth > 0 && !implied) removed.depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}

/** File line and column of an offset in the node's HTML (an HTML block may span lines). */
function position(
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
  const found = snippet ? source.indexOf(snippet) : -1;
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
  const removed = { depth: 0 };
  for (const node of scan.nodes) {
    if (node.type !== 'html' || typeof node.value !== 'string') continue;
    const html = node.value;
    for (const tag of tagsOf(html, removed)) {
      for (const v of judgeElement(tag.name, tag.attributes)) {
        const attribute = v.kind === 'element' ? undefined : v.kind === 'style' ? 'style' : v.attribute;
        const offset = tag.offset + (attribute ? attributeOffset(tag, attribute) : 0);
        const { message, expected } = violationText(v);
        const got = attribute ? `${attribute}="${shown(tag.attributes[attribute] ?? '')}"` : shown(tag.source);
        errors.push({ file, ...position(node, html, offset, bodyLines, bodyStartLine), message, got, expected });
      }
    }
  }
  return errors;
}
