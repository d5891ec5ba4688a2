/**
 * Rule: quotes (>) and lists lie at most MAX_NESTING levels inside each other, HTML elements at
 * most MAX_HTML_NESTING and emphasis and links at most MAX_INLINE_NESTING. The build turns a body
 * into a tree and walks it recursively, so a line of 1,000 ">", 600 nested <span> or 2,000 "*" on
 * each side of a word passes the processor but stops the build with "Maximum call stack size
 * exceeded". Every depth is measured without recursion, in time linear in the body.
 *
 * Quotes and lists are measured from the source text, line by line with an explicit stack. The
 * measure follows CommonMark's container blocks closely enough to count what an editor wrote: a
 * ">" or a list marker at most three spaces in, a list item continued by indented lines (and by
 * lazy lines of its paragraph), nothing inside a fenced or indented code block. HTML and emphasis
 * are measured on what the processor read (body-scan.ts), as the build nests them: an element left
 * open in an HTML block holds the blocks after it, one in a paragraph ends with the paragraph.
 */
import { Parser } from 'htmlparser2';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { BodyScan, ScannedNode } from '../body-scan.ts';
import { isHtmlBlock, position } from './body-html.ts';

/**
 * Real letters quote or list three or four levels deep at most; the build copes with about 300.
 * Twenty is far from both: no letter reaches it, and no page is near the build's limit.
 */
export const MAX_NESTING = 20;

/**
 * A letter's HTML nests a handful of elements (a table in a list: table, tbody, tr, td, p, strong);
 * the build stops at about 560. Forty is far from both.
 */
export const MAX_HTML_NESTING = 40;

/** *Kursiv* in **fed** in a link is three levels; the build stops at about 1,000. */
export const MAX_INLINE_NESTING = 20;

interface Container {
  quote: boolean;
  /** List items: the column a continuation line must be indented to. */
  content: number;
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})/;

/**
 * The positions from which the rest of the line is a thematic break (---, * * *): "- - -" is a
 * rule, not three lists. Found in one pass from the end, so a long line is read once.
 */
function thematicBreak(line: string): { from: number; to: number } {
  let char = '';
  let count = 0;
  let from = line.length;
  let to = -1;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i]!;
    if (c !== ' ' && c !== '\t') {
      if (char === '') char = c;
      if (c !== char || !'-*_'.includes(c)) break;
      if (++count === 3) to = i;
    }
    from = i;
  }
  return { from, to };
}

/** A cursor over one line; columns count a tab to the next multiple of four, as CommonMark does. */
class Cursor {
  i = 0;
  col = 0;
  /** Column from which the next block's indentation is measured. */
  base = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  /** Index and column of the next character that is not a space or tab. */
  peek(): { j: number; c: number } {
    let j = this.i;
    let c = this.col;
    while (j < this.text.length && (this.text[j] === ' ' || this.text[j] === '\t')) {
      c = this.text[j] === '\t' ? c + 4 - (c % 4) : c + 1;
      j++;
    }
    return { j, c };
  }

  /** Step over spaces up to a column, so each space is read once however deep the list. */
  advanceTo(column: number): void {
    while (this.col < column && (this.text[this.i] === ' ' || this.text[this.i] === '\t')) {
      this.col = this.text[this.i] === '\t' ? this.col + 4 - (this.col % 4) : this.col + 1;
      this.i++;
    }
    this.base = column;
  }

  /** Step over a ">" at j and the one space that may follow it. */
  takeQuote(j: number, c: number): void {
    this.i = j + 1;
    this.col = c + 1;
    if (this.text[this.i] === ' ' || this.text[this.i] === '\t') {
      this.i++;
      this.col++;
    }
    this.base = this.col;
  }

  /** Step over a list marker at j; returns the column its content starts at. */
  takeListMarker(j: number, c: number, marker: string): number {
    this.i = j + marker.length;
    this.col = c + marker.length;
    const after = this.peek();
    // "-  text" puts the content under the text; five spaces or more start code inside the item.
    const content = after.j >= this.text.length || after.c - this.col > 4 ? this.col + 1 : after.c;
    this.advanceTo(content);
    return content;
  }

  get blank(): boolean {
    return this.peek().j >= this.text.length;
  }
}

function tooDeep(depth: number, line: number, column: number, text: string, file: string): ValidationError {
  return {
    file,
    line,
    column,
    message: `citater og lister ligger for dybt inden i hinanden (${depth} niveauer), så siden kan ikke bygges`,
    // Enough of the line to recognise it; formatError shortens it to about 80 characters.
    got: text.slice(0, 100),
    expected: `højst ${MAX_NESTING} niveauer af citater (>) og lister inden i hinanden`,
  };
}

export function checkMarkdownNesting(body: string, bodyStartLine: number, file: string): ValidationError[] {
  const errors: ValidationError[] = [];
  // Kept to one more than the limit: deeper levels are only counted, so no line costs more than its length.
  const open: Container[] = [];
  let fence: { marker: string; length: number; depth: number } | undefined;
  let previousBlank = true;
  // A deep passage is reported once, where it becomes too deep, not on every line of it.
  let reported = false;
  const lines = body.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = new Cursor(lines[n]!.replace(/\r$/, ''));
    const text = line.text;
    // Continue the open containers: a quote needs its ">", a list item indentation or a blank line.
    let matched = 0;
    for (const container of open) {
      const { j, c } = line.peek();
      if (container.quote) {
        if (c - line.base > 3 || text[j] !== '>') break;
        line.takeQuote(j, c);
      } else if (j < text.length) {
        if (c < container.content) break;
        line.advanceTo(container.content);
      }
      matched++;
    }
    if (fence && matched < fence.depth) fence = undefined;
    const { j, c } = line.peek();
    const head = text.slice(j, j + 11);
    const startsBlock = j < text.length && c - line.base < 4 && (head[0] === '>' || LIST_MARKER.test(head) || FENCE.test(head));
    // A lazy line continues the paragraph inside the containers it did not repeat.
    const lazy = !fence && matched < open.length && !line.blank && !previousBlank && !startsBlock;
    if (!lazy) open.length = matched;
    if (fence) {
      const rest = text.slice(j).trimEnd();
      if (c - line.base < 4 && rest.length >= fence.length && rest === fence.marker.repeat(rest.length)) fence = undefined;
    } else if (!lazy) {
      const rule = thematicBreak(text);
      let depth = open.length;
      let deepAt = -1;
      // New containers at the start of the line, one marker after the other.
      for (;;) {
        const { j, c } = line.peek();
        if (j >= text.length || c - line.base >= 4 || (j >= rule.from && j <= rule.to)) break;
        let container: Container;
        if (text[j] === '>') {
          line.takeQuote(j, c);
          container = { quote: true, content: 0 };
        } else {
          const marker = LIST_MARKER.exec(text.slice(j, j + 11));
          if (!marker) {
            const f = FENCE.exec(text.slice(j, j + 3));
            if (f) fence = { marker: f[1]![0]!, length: /^(`+|~+)/.exec(text.slice(j))![1]!.length, depth: open.length };
            break;
          }
          container = { quote: false, content: line.takeListMarker(j, c, marker[0]) };
        }
        depth++;
        if (open.length <= MAX_NESTING) open.push(container);
        if (depth > MAX_NESTING && deepAt < 0) deepAt = j;
      }
      if (deepAt >= 0 && !reported) {
        errors.push(tooDeep(depth, bodyStartLine + n, deepAt + 1, text, file));
        reported = true;
      }
    }
    if (open.length <= MAX_NESTING) reported = false;
    previousBlank = line.blank;
  }
  return errors;
}

/** One report per deep passage, at the place it first becomes too deep, with the deepest level it reaches. */
class DeepPassages {
  readonly errors: ValidationError[] = [];
  private current: { error: ValidationError; depth: number } | undefined;
  private readonly limit: number;
  private readonly describe: (depth: number) => string;
  constructor(limit: number, describe: (depth: number) => string) {
    this.limit = limit;
    this.describe = describe;
  }

  /** A node at `depth`; `at` gives the error for the place, asked only when a passage starts. */
  seen(depth: number, at: () => Omit<ValidationError, 'message'>): void {
    if (depth <= this.limit) {
      this.current = undefined;
      return;
    }
    if (!this.current) {
      this.current = { error: { ...at(), message: '' }, depth: 0 };
      this.errors.push(this.current.error);
    }
    if (depth > this.current.depth) {
      this.current.depth = depth;
      this.current.error.message = this.describe(depth);
    }
  }
}

/** Elements that never hold anything, so they add no level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * A running HTML parser that counts its open elements. htmlparser2 closes what HTML closes by
 * itself (a <p> ends the open <p>, a <li> the open <li>), so unclosed paragraphs do not add up.
 * Its cost per tag grows with the depth, so the rule stops reading at the first place too deep.
 */
class OpenElements {
  depth = 0;
  private written = 0;
  private readonly parser: Parser;
  constructor(onOpen: (offset: number, end: number) => boolean) {
    const parser = new Parser(
      {
        onopentag: (name) => {
          if (VOID.has(name)) return;
          this.depth++;
          // Told it is too deep: read no further (pause() ends this write and ignores later ones).
          if (onOpen(Math.max(0, parser.startIndex - this.written), parser.endIndex + 1 - this.written)) parser.pause();
        },
        onclosetag: (name) => {
          if (!VOID.has(name)) this.depth = Math.max(0, this.depth - 1);
        },
      },
      { lowerCaseTags: true, recognizeSelfClosing: true },
    );
    this.parser = parser;
  }

  /** Start again with nothing open (a new paragraph): cheaper than a new parser. */
  reset(): void {
    this.parser.reset();
    this.depth = 0;
    this.written = 0;
  }

  /** Offsets passed to onOpen are within this text. */
  write(text: string): void {
    this.parser.write(text);
    // A tag never spans two nodes: the line break ends an unfinished one.
    this.parser.write('\n');
    this.written += text.length + 1;
  }
}

/**
 * Rule: HTML elements lie at most MAX_HTML_NESTING levels inside each other. The elements an HTML
 * block leaves open hold everything after it (the build parses them that way), so the blocks of
 * the body are read as one; the inline tags of a paragraph count on top of them and end with it.
 * One error per file, at the first tag too deep.
 */
export function checkHtmlNesting(scan: BodyScan, body: string, bodyStartLine: number, file: string): ValidationError[] {
  let found: ValidationError | undefined;
  let node: ScannedNode | undefined;
  let html = '';
  const opened = (nested: () => number) => (offset: number, end: number) => {
    if (found) return true;
    if (nested() <= MAX_HTML_NESTING) return false;
    found = {
      file,
      ...position(node!, html, offset, body.split('\n'), bodyStartLine),
      message: `HTML-elementer ligger mere end ${MAX_HTML_NESTING} niveauer inden i hinanden, så siden kan ikke bygges`,
      got: html.slice(offset, end),
      expected: `højst ${MAX_HTML_NESTING} HTML-elementer inden i hinanden: luk hvert element med sit sluttag (fx </div>), før det næste åbnes`,
    };
    return true;
  };
  const blocks: OpenElements = new OpenElements(opened(() => blocks.depth));
  const inline: OpenElements = new OpenElements(opened(() => blocks.depth + inline.depth));
  // The paragraph whose inline HTML `inline` holds; a block in between ends it.
  let paragraph: number | undefined;
  for (const n of scan.nodes) {
    if (n.type !== 'html' || typeof n.value !== 'string') continue;
    node = n;
    html = n.value;
    if (isHtmlBlock(n)) {
      paragraph = undefined;
      blocks.write(html);
    } else {
      if (paragraph === undefined || paragraph !== n.paragraphId) inline.reset();
      paragraph = n.paragraphId;
      inline.write(html);
    }
    if (found) return [found];
  }
  return [];
}

/** Rule: emphasis, strong, strikethrough and links lie at most MAX_INLINE_NESTING levels inside each other. */
export function checkInlineNesting(scan: BodyScan, body: string, bodyStartLine: number, file: string): ValidationError[] {
  const bodyLines = body.split('\n');
  const passages = new DeepPassages(
    MAX_INLINE_NESTING,
    (depth) => `fremhævninger og links ligger for dybt inden i hinanden (${depth} niveauer), så siden kan ikke bygges`,
  );
  for (const span of scan.inline) {
    passages.seen(span.depth, () => ({
      file,
      line: span.line,
      column: span.column,
      got: (bodyLines[span.line - bodyStartLine] ?? '').slice(span.column - 1, span.column + 99),
      expected: `højst ${MAX_INLINE_NESTING} niveauer af *kursiv*, **fed**, ~~overstregning~~ og links inden i hinanden`,
    }));
  }
  return passages.errors;
}
