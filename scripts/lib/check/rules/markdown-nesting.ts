/**
 * Rule: quotes (>) and lists lie at most MAX_NESTING levels inside each other. The build turns a
 * body into a tree and walks it recursively, so a line of 1,000 ">" passes the processor but stops
 * the build with "Maximum call stack size exceeded". The depth is measured from the source text,
 * line by line with an explicit stack, in time linear in the body: the check itself never recurses.
 *
 * The measure follows CommonMark's container blocks closely enough to count what an editor wrote:
 * a ">" or a list marker at most three spaces in, a list item continued by indented lines (and by
 * lazy lines of its paragraph), nothing inside a fenced or indented code block.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';

/**
 * Real letters quote or list three or four levels deep at most; the build copes with about 300.
 * Twenty is far from both: no letter reaches it, and no page is near the build's limit.
 */
export const MAX_NESTING = 20;

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
