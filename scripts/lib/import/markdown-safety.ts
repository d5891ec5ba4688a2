/**
 * The body is Markdown, and a received letter is not. A PDF's or DOCX's text is literal: what the
 * sender typed (»<script>«, »*stjerne*«, »# 1«) must show as typed, so the characters Markdown
 * and HTML read are escaped. A text export is Markdown already (the archive's have bold, headings
 * and links), so only what must never reach a page is neutralised – raw HTML tags, and links to
 * javascript:, data: or vbscript: – and the editor is told.
 */

/** Web and e-mail addresses: escaping inside one would break the link a reader clicks. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function escapePlain(s: string): string {
  return (
    s
      .replace(/[\\`*[\]<>]/g, '\\$&')
      // Inside a word (anne_jensen) an underscore is not emphasis; at a word's edge it is.
      .replace(/_/g, (m, i: number, all: string) =>
        /[\p{L}\p{N}]/u.test(all[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[i + 1] ?? '') ? m : '\\_',
      )
  );
}

/** One line of literal text as Markdown that shows it as it is. */
export function escapeLiteralLine(line: string): string {
  let out = '';
  let at = 0;
  for (const m of line.matchAll(ADDRESS)) {
    const i = m.index ?? 0;
    out += escapePlain(line.slice(at, i)) + m[0].replace(/[<>]/g, '\\$&');
    at = i + m[0].length;
  }
  out += escapePlain(line.slice(at));
  // "#" starts a heading only at the start of a line.
  return out.replace(/^(\s*)#/, '$1\\#');
}

/** Literal text (a PDF's or a DOCX's), line by line, tabs and page breaks kept. */
export function escapeLiteral(text: string): string {
  return text
    .split(/([\n\f])/)
    .map((l, i) => (i % 2 === 1 ? l : l.split('\t').map(escapeLiteralLine).join('\t')))
    .join('');
}

const SCHEME = String.raw`(?:javascript|data|vbscript)\s*:`;
/** [tekst](javascript:…) and ![alt](data:…): the text stays, the link goes. */
const BAD_LINK = new RegExp(String.raw`(!?)\[([^\]]*)\]\(\s*<?\s*${SCHEME}(?:[^()]|\([^()]*\))*\)`, 'gi');
/** <javascript:…> as an autolink. */
const BAD_AUTOLINK = new RegExp(String.raw`<\s*${SCHEME}[^>]*>`, 'gi');
/** [1]: javascript:… as a link reference definition. */
const BAD_DEFINITION = new RegExp(String.raw`^\s{0,3}\[[^\]]+\]:\s*<?\s*${SCHEME}.*$`, 'i');
/** The start of an HTML tag, comment or declaration (not an autolink such as <https://kk.dk>). */
const TAG = /<(?=\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|!--|![A-Za-z]|\?)/g;

export interface Neutralised {
  text: string;
  /** 1-based lines that were changed. */
  lines: number[];
}

/** Raw HTML and script links in a Markdown text made harmless; code spans are left as they are. */
export function neutraliseMarkdown(text: string): Neutralised {
  const changed: number[] = [];
  const out = text.split('\n').map((line, i) => {
    if (BAD_DEFINITION.test(line)) {
      changed.push(i + 1);
      return '';
    }
    // Code spans show their text as typed already; only the text between them is read as Markdown.
    const fixed = line
      .split(/(`+[^`]*`+)/)
      .map((part, k) =>
        k % 2 === 1
          ? part
          : part
              .replace(BAD_LINK, (_, _bang: string, label: string) => label)
              .replace(BAD_AUTOLINK, (m) => m.slice(1, -1))
              .replace(TAG, '\\<'),
      )
      .join('');
    if (fixed !== line) changed.push(i + 1);
    return fixed;
  });
  return { text: out.join('\n'), lines: changed };
}
