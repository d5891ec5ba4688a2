/**
 * Rule: every HTML element a letter or page opens is closed by its end tag. The build reads an
 * element left open as holding everything after it, so an unclosed <details> folds the rest of the
 * letter into a closed box, and an unclosed <div>, <table> or <blockquote> swallows it as well.
 * Each is told at its start tag. Read as the build nests HTML (markdown-nesting.ts): the blocks of
 * the body form one stream, so <details> … Markdown … </details> is closed; an element opened inside
 * a paragraph ends with it when it is inline (<span>), but a block (<details>, <div>) leaves the
 * paragraph and stays open. Elements whose end tag HTML lets out (<p>, <li>, <td> …) are closed by
 * what follows them; elements the policy refuses are reported by body-html.ts instead.
 */
import { Parser } from 'htmlparser2';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { isAllowedElement } from '../../../../src/lib/content-policy/html-policy.ts';
import type { BodyScan, ScannedNode } from '../body-scan.ts';
import { isHtmlBlock, position } from './body-html.ts';

/** End tags HTML lets out: the next element or the parent's end closes them. */
const OPTIONAL_END = new Set('p li dt dd tr td th thead tbody tfoot colgroup caption option optgroup rb rp rt rtc'.split(' '));
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements that end a paragraph when they start: opened inside one, they stay open after it. */
const BLOCKS = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup listing main menu nav ol pre section summary table ul xmp'
  ).split(' '),
);

interface Open {
  name: string;
  node: ScannedNode;
  offset: number;
  source: string;
}

/** One stream of HTML (the body's blocks, or one paragraph's inline tags) and what it leaves open. */
class Stream {
  readonly open: Open[] = [];
  private node: ScannedNode | undefined;
  private html = '';
  private written = 0;
  private readonly parser: Parser;
  constructor() {
    const parser = new Parser(
      {
        onopentag: (name) => {
          if (VOID.has(name)) return;
          const offset = Math.max(0, parser.startIndex - this.written);
          this.open.push({ name, node: this.node!, offset, source: this.html.slice(offset, parser.endIndex + 1 - this.written) });
        },
        // Closes come innermost first, implied ones (a <p> before a <div>) included.
        onclosetag: (name) => {
          const at = this.open.findLastIndex((o) => o.name === name);
          if (at >= 0) this.open.splice(at, 1);
        },
      },
      // As a browser reads it: <details/> opens a <details>; the "/" counts only on void elements.
      { lowerCaseTags: true, recognizeSelfClosing: false },
    );
    this.parser = parser;
  }

  write(node: ScannedNode, html: string): void {
    this.node = node;
    // Comments are blanked (html-comments.ts reports them), so one left open does not hide the tags after it.
    this.html = html.replace(/<!--[\s\S]*?(?:--!?>|$)|<[!?][^>]*>?/g, (m) => ' '.repeat(m.length));
    this.parser.write(this.html);
    // A tag never spans two nodes: the line break ends an unfinished one.
    this.parser.write('\n');
    this.written += html.length + 1;
  }
}

export function checkUnclosedHtml(scan: BodyScan, body: string, bodyStartLine: number, file: string): ValidationError[] {
  const blocks = new Stream();
  const unclosed: Open[] = [];
  let paragraph: { id: number | undefined; stream: Stream } | undefined;
  // What a paragraph leaves open: its blocks stay open (reported), its inline elements end with it.
  const endParagraph = () => {
    if (paragraph) unclosed.push(...paragraph.stream.open.filter((o) => BLOCKS.has(o.name)));
    paragraph = undefined;
  };
  for (const node of scan.nodes) {
    if (node.type !== 'html' || typeof node.value !== 'string') continue;
    if (isHtmlBlock(node)) {
      endParagraph();
      blocks.write(node, node.value);
      continue;
    }
    let current = paragraph;
    if (!current || current.id !== node.paragraphId) {
      endParagraph();
      current = paragraph = { id: node.paragraphId, stream: new Stream() };
    }
    current.stream.write(node, node.value);
  }
  endParagraph();
  unclosed.push(...blocks.open);
  const bodyLines = body.split('\n');
  return unclosed
    .filter((o) => !OPTIONAL_END.has(o.name) && isAllowedElement(o.name))
    .map((o) => ({
      file,
      ...position(o.node, o.node.value as string, o.offset, bodyLines, bodyStartLine),
      message: `<${o.name}> lukkes aldrig, så resten af teksten kommer til at ligge i den${o.name === 'details' ? ' og skjules i en lukket boks' : ''}`,
      got: o.source,
      expected: `</${o.name}> efter det, der skal stå i <${o.name}>`,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
