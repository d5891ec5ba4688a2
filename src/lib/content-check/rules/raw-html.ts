/**
 * Rule: Markdown bodies carry no raw <script>, <iframe>, inline event handlers (onclick= …) or
 * javascript: links. Published pages must stay free of injected code; code examples inside `…`
 * or fenced code blocks are allowed, since they are printed as text.
 */
import type { ValidationError } from '../../data/errors.ts';

const PATTERNS: readonly { re: RegExp; message: string }[] = [
  { re: /<\s*script\b/gi, message: 'rå <script> er ikke tilladt i teksten' },
  { re: /<\s*iframe\b/gi, message: 'rå <iframe> er ikke tilladt i teksten' },
  { re: /<[a-z][^>]*?\s(on[a-z]+\s*=)/gi, message: 'inline hændelseskode (on…=) er ikke tilladt i teksten' },
  // Only where a link or attribute starts, so prose such as "JavaScript: …" stays allowed.
  { re: /(?<=\]\(\s*|<|(?:href|src|action|formaction)\s*=\s*["']?\s*)javascript\s*:/gi, message: 'javascript:-links er ikke tilladt i teksten' },
];

const SUSPECT = /<|javascript/i;

/** Blank out `inline code` so its content is not matched, keeping columns where they are. */
function maskInlineCode(line: string): string {
  return line.replace(/(`+)(.+?)\1/g, (m) => ' '.repeat(m.length));
}

/** The offending text up to the end of its tag, or for a javascript: URL up to a space or quote. */
function snippet(line: string, start: number): string {
  const rest = line.slice(start, start + 60);
  if (/^javascript/i.test(rest)) return rest.split(/[\s"'>]/)[0] ?? rest;
  const close = rest.indexOf('>');
  return close < 0 ? rest : rest.slice(0, close + 1);
}

export function checkRawHtml(body: string, bodyStartLine: number, file: string): ValidationError[] {
  const errors: ValidationError[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    // Most prose lines hold neither a tag nor a URL scheme: skip them cheaply (large archives).
    if (fence || !SUSPECT.test(line)) return;
    const text = line.includes('`') ? maskInlineCode(line) : line;
    for (const { re, message } of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const start = (m.index ?? 0) + (m[1] ? m[0].lastIndexOf(m[1]) : 0);
        errors.push({
          file,
          line: bodyStartLine + i,
          column: start + 1,
          message,
          got: snippet(line, start),
          expected: 'almindelig Markdown uden <script>, <iframe>, on…= og javascript:',
        });
      }
    }
  });
  return errors;
}
