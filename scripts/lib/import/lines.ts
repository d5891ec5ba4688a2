/**
 * A received letter's text as lines, with Markdown markup (bold, headings, links) stripped so the
 * parsers see the words. Text exports of archive letters carry such markup; PDF and DOCX readers
 * produce the same shape. Blocks are runs of non-blank lines (the letter's visual paragraphs).
 */
export interface Line {
  /** 1-based line number in the extracted text (shown to the editor). */
  no: number;
  /** The line as read, without its line break. */
  raw: string;
  /** Plain text: markup stripped, spaces collapsed, trimmed; cells joined by a space. */
  text: string;
  /** Tab-separated cells (a table row, e.g. a routing slip); one cell for ordinary lines. */
  cells: string[];
  /** Markdown heading level (1–6), 0 for none. */
  heading: number;
  blank: boolean;
  /** Index of the block (run of non-blank lines) the line belongs to; -1 for blank lines. */
  block: number;
  /** 1-based page: a form feed (as between a PDF's pages) starts the next. */
  page: number;
}

/** Private-use stand-ins for backslash-escaped characters, so the markup rules below skip them. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const hide = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const HIDDEN = /[\ue000-\ue07f]/g;
const show = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xe000);

/**
 * Strip inline Markdown so "**Telefon**" reads "Telefon", "[kk.dk](http://kk.dk)" reads "kk.dk" and
 * "anne\_jensen" (escaped, as PDF and DOCX text is) reads "anne_jensen".
 */
export function plainText(s: string): string {
  return s
    .replace(ESCAPED, (_, c: string) => hide(c))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\\$/, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(HIDDEN, show)
    .trim();
}

export function toLines(text: string): Line[] {
  const rawLines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // A page break ends a block: a blank line, marked so the lines after it know their page.
    .replace(/\f/g, '\n\f\n')
    .split('\n');
  let block = -1;
  let prevBlank = true;
  let page = 1;
  return rawLines.map((rawLine, i) => {
    if (rawLine === '\f') page++;
    const raw = rawLine === '\f' ? '' : rawLine;
    const headingMatch = /^\s{0,3}(#{1,6})\s+/.exec(raw);
    const body = headingMatch ? raw.slice(headingMatch[0].length).replace(/\s#+\s*$/, '') : raw;
    const cells = body.includes('\t') ? body.split('\t').map(plainText) : [plainText(body)];
    const text = cells.filter((c) => c !== '').join(' ');
    const blank = text === '';
    if (!blank && prevBlank) block++;
    prevBlank = blank;
    return {
      no: i + 1,
      raw,
      text,
      cells,
      heading: headingMatch ? (headingMatch[1] ?? '').length : 0,
      blank,
      block: blank ? -1 : block,
      page,
    };
  });
}

/** The non-blank lines of one block, in order. */
export function blockLines(lines: readonly Line[], block: number): Line[] {
  return lines.filter((l) => l.block === block);
}

/** Next non-blank line after index i (or undefined), skipping at most `maxBlank` blank lines. */
export function nextNonBlank(lines: readonly Line[], i: number, maxBlank = Infinity): Line | undefined {
  let blanks = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (!l) break;
    if (!l.blank) return l;
    if (++blanks > maxBlank) return undefined;
  }
  return undefined;
}

/** Number of non-empty cells: 1 for an ordinary line, even one indented with a tab. */
export function filledCells(line: Line): number {
  return line.cells.filter((c) => c !== '').length;
}

/** Lines with a wrapped continuation (same block, starting in lower case) joined to the line before. */
export function logicalLines(lines: readonly Line[]): string[] {
  const out: string[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    if (l.blank) {
      prev = undefined;
      continue;
    }
    if (prev && prev.block === l.block && /^[a-zæøå]/.test(l.text) && out.length > 0) out[out.length - 1] += ` ${l.text}`;
    else out.push(l.text);
    prev = l;
  }
  return out;
}
