/**
 * Text into GitHub Markdown (job summaries, pull-request comments) so it reads as written: an editor's
 * `<script>` or `*` stays visible text, a `|` does not split a table cell, a line break does not end a
 * list item. GitHub renders summaries and comments as GitHub Flavored Markdown with HTML allowed.
 */

/** Inline text: HTML and Markdown punctuation escaped, line breaks as spaces. */
export function mdText(s: string): string {
  return s
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1');
}

/**
 * A code span that holds any text, backticks included (CommonMark: a longer fence, padded). For
 * paths and ids: a "|" in it would still end a table cell, and none of those can hold one.
 */
export function mdCode(s: string): string {
  const text = s.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link whose text is escaped; the address must already be a URL. */
export function mdLink(text: string, url: string): string {
  return `[${mdText(text)}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

/** A GFM table; cells are already Markdown (escape them with mdText/mdCode). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
