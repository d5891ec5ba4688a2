/**
 * Words that run together across inline elements in built HTML: Astro drops the line break between
 * two JSX elements on their own lines, so »På rette kurs</span><span>siden 2014« was indexed,
 * copied and read by screen readers as »kurssiden«, though CSS margin showed a gap. Regular
 * expressions over the markup, not a DOM: the check reads every page of the built site.
 */

const INLINE = 'a|abbr|b|code|em|i|mark|q|small|span|strong|time';
/** Text ends in a word or punctuation, an inline element closes, another opens, a word begins. */
const ACROSS = new RegExp(`([\\p{L}\\p{N}.,:;)])</(?:${INLINE})>((?:<(?:${INLINE})\\b[^>]*>)+)([\\p{L}\\p{N}(])`, 'gu');
/** Text ends in a word or punctuation and an inline element with a word opens at once. */
const INTO = new RegExp(`([\\p{L}\\p{N}.,:;)])((?:<(?:${INLINE})\\b[^>]*>)+)([\\p{L}\\p{N}(])`, 'gu');
/** Regions whose text is not prose (or not read as part of the page's text). */
const SKIP = /<(style|script|svg|template)\b[\s\S]*?<\/\1>/g;

/** Each run-together place as »…before|after…« (the letters either side, markup left out). */
export function runTogether(html: string): string[] {
  const text = html.replace(SKIP, '');
  const out: string[] = [];
  for (const re of [ACROSS, INTO]) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index).replace(/<[^>]*>/g, '');
      const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30).replace(/<[^>]*>/g, '');
      const lastWord = /[\p{L}\p{N}.,:;)]*$/u.exec(before)?.[0] ?? '';
      const nextWord = /^[\p{L}\p{N}]*/u.exec(after)?.[0] ?? '';
      out.push(`${lastWord}${m[1]}|${m[3]}${nextWord}`);
    }
  }
  return out;
}
