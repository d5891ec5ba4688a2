/**
 * A file name as the check prints it: one error is one line, so a name holding a line break, a tab
 * or another control or direction character (possible on Linux and macOS) is shown escaped – \n,
 * \t, <U+202E> – instead of breaking the line or reordering it. Only for printing: the error keeps
 * the real name for everything else.
 */
// eslint-disable-next-line no-control-regex -- the characters a terminal or a line-based reader would act on
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function shownPath(path: string): string {
  return path.replace(INVISIBLE, (c) => NAMED[c] ?? `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
