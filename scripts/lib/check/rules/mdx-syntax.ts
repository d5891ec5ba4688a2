/**
 * Rule: an MDX body can be read at all. The MDX parser's English error becomes a Danish cause
 * with the line it stopped at. The parser stops at its first error, so the check reads on past it
 * (readPastSyntaxErrors): the editor sees every such line, and the other rules' errors, in one run.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { componentUsage } from '../../../../src/lib/content-policy/components.ts';
import { ALLOWED_ELEMENTS } from '../../../../src/lib/content-policy/html-policy.ts';
import { scanBody, type BodyFormat, type BodyScan } from '../body-scan.ts';

const CAUSES: readonly { test: RegExp; message: string; expected: string }[] = [
  {
    test: /comment in MDX/,
    message: 'en HTML-kommentar (<!-- … -->) kan ikke bruges i MDX',
    expected: 'teksten uden kommentaren',
  },
  {
    test: /Unexpected character .*after `<`|before name|expected a valid JSX tag/,
    message: 'tegnet < begynder en komponent i MDX, men her følger ingen gyldig komponent',
    expected: `en komponent som ${componentUsage('eller')}, eller \\< for at vise tegnet <`,
  },
  {
    test: /closing brace for `\{`|Could not parse expression|in expression/,
    message: 'tegnet { begynder kode i MDX, som ikke er tilladt',
    expected: 'almindelig tekst; skriv \\{ og \\} for at vise krøllede parenteser',
  },
  {
    test: /Expected a closing tag|Unexpected closing tag|closing slash|self-closing/,
    message: 'en komponent er ikke lukket rigtigt',
    expected: 'komponenten skrevet som <Navn egenskab="…" /> på en linje for sig',
  },
  {
    test: /attribute|Unexpected character .* (in|after) (attribute|name)/,
    message: 'en egenskab i en komponent er skrevet forkert',
    expected: `egenskaber som i ${componentUsage()}`,
  },
];

/** The MDX parser's English reason in Danish: what is wrong, and what to write instead. */
export function mdxSyntaxCause(reason: string): { message: string; expected: string } {
  const cause = CAUSES.find((c) => c.test.test(reason));
  return {
    message: cause?.message ?? 'MDX-filen kan ikke læses',
    expected: cause?.expected ?? `gyldig MDX: tekst, Markdown og ${componentUsage()} (MDX: ${reason.replace(/\s*\([\w:-]+\)$/, '')})`,
  };
}

/** Elements HTML writes without a closing tag, which MDX (JSX) needs closed: <br />. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr']);
/** Parser reasons about a tag, where an HTML element on the line is the likely cause. */
const TAG_REASON = /closing tag|closing slash|self-closing|attribute|after `<`|before name|JSX tag/;

/**
 * An HTML element on the line the parser stopped at, said as the editor's real problem: one the
 * content policy refuses (»<form>«: »a component is not closed« would send the editor to close it),
 * or an allowed one written as in HTML, which MDX cannot read unclosed (»<br>«).
 */
export function htmlElementCause(reason: string, line: string): { message: string; expected: string } | undefined {
  if (!TAG_REASON.test(reason)) return undefined;
  const tags = [...line.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1] as string);
  const refused = tags.find((t) => !ALLOWED_ELEMENTS.includes(t));
  if (refused)
    return {
      message: `HTML-elementet <${refused}> er ikke tilladt i teksten, og MDX kan ikke læse linjen`,
      expected: `almindelig tekst og Markdown uden <${refused}>, eller en komponent som ${componentUsage('eller')}`,
    };
  const open = tags.find((t) => VOID_ELEMENTS.has(t) && !new RegExp(`<${t}\\b[^>]*/>`).test(line));
  return open ? { message: `<${open}> skal lukkes i MDX`, expected: `<${open} />` } : undefined;
}

export function checkMdxSyntax(scan: BodyScan, body: string, bodyStartLine: number, file: string): ValidationError[] {
  const e = scan.syntaxError;
  if (!e) return [];
  const got = (body.split('\n')[e.line - bodyStartLine] ?? '').trim();
  return [{ file, line: e.line, column: e.column, ...(htmlElementCause(e.reason, got) ?? mdxSyntaxCause(e.reason)), got }];
}

/** Lines the check blanks, one at a time, to read past syntax errors; more is one broken file. */
const MAX_SYNTAX_ERRORS = 10;

/**
 * Every line the MDX parser stops at, found by blanking each in turn and reading again (blanked,
 * not removed, so later positions stay true), and the scan of the body without them for the other
 * rules. `scan` is undefined when the body still cannot be read (the parser points at a line with
 * nothing left to blank, or more than MAX_SYNTAX_ERRORS lines): then the other rules would only guess.
 */
export function readPastSyntaxErrors(
  body: string,
  format: BodyFormat,
  bodyStartLine: number,
  file: string,
  first: BodyScan = scanBody(body, format, bodyStartLine - 1),
): { errors: ValidationError[]; scan?: BodyScan; body: string } {
  const errors: ValidationError[] = [];
  const lines = body.split('\n');
  let scan = first;
  while (scan.syntaxError) {
    errors.push(...checkMdxSyntax(scan, lines.join('\n'), bodyStartLine, file));
    const at = scan.syntaxError.line - bodyStartLine;
    if (errors.length >= MAX_SYNTAX_ERRORS || !lines[at]?.trim()) return { errors, body };
    lines[at] = '';
    scan = scanBody(lines.join('\n'), format, bodyStartLine - 1);
  }
  return { errors, scan, body: lines.join('\n') };
}
