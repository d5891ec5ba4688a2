/**
 * Front matter that is not valid YAML, told in Danish at its line and column. Neither YAML library's
 * own text reaches the editor: every error code of the `yaml` package has a Danish message here, a
 * tag js-yaml does not know (»!!js/function«) is named as written, and any other js-yaml failure is
 * translated where its reason is known or told as a Danish generic message with the line.
 */
import jsYaml from 'js-yaml';
import { Parser } from 'yaml';
import type { ValidationError } from '../../../src/lib/data/errors.ts';
import type { FrontMatter } from './front-matter.ts';
import { duplicateKeys } from './yaml-duplicates.ts';
import { YAML_CODES, jsYamlHint, NESTING, PLAIN_FIELDS, type YamlHint } from './yaml-hints.ts';

/** Tags js-yaml's core schema reads (the one Astro's front matter is read with); others are refused. */
const CORE_TAGS = new Set([
  '!',
  ...['str', 'seq', 'map', 'null', 'bool', 'int', 'float'].flatMap((t) => [`!!${t}`, `!<tag:yaml.org,2002:${t}>`]),
]);

const lineText = (fm: FrontMatter, line: number): string => (fm.yamlText.split('\n')[line - 1] ?? '').trim();

/** A YAML line and column (1-based, in yamlText) as the file's, with the line for »fik«. */
function at(fm: FrontMatter, file: string, line: number, col: number, hint: YamlHint): ValidationError {
  const got = hint.got ?? lineText(fm, line);
  return {
    file,
    line: line + fm.yamlStartLine - 1,
    column: col,
    message: hint.alone ? hint.message : `front matter er ikke gyldig YAML: ${hint.message}`,
    ...(got ? { got } : {}),
    expected: hint.expected,
  };
}

/** Nesting is told where it begins: the first [ or { of the line, not where a parser gave up. */
function nestingColumn(fm: FrontMatter, line: number, col: number): number {
  const i = (fm.yamlText.split('\n')[line - 1] ?? '').search(/[[{]/);
  return i >= 0 ? i + 1 : col;
}

/** Every tag the core schema does not know, as written, at its place (found on the token stream). */
function tagErrors(fm: FrontMatter, file: string): ValidationError[] {
  if (!fm.yamlText.includes('!')) return [];
  const { lineCounter } = fm.positioned();
  const found: { offset: number; source: string }[] = [];
  // An explicit stack: the token tree is as deep as the text's nesting.
  const stack: unknown[] = [...new Parser().parse(fm.yamlText)];
  while (stack.length > 0) {
    const t = stack.pop();
    if (!t || typeof t !== 'object') continue;
    const tok = t as { type?: unknown; offset?: unknown; source?: unknown };
    if (tok.type === 'tag' && typeof tok.offset === 'number' && typeof tok.source === 'string') {
      if (!CORE_TAGS.has(tok.source)) found.push({ offset: tok.offset, source: tok.source });
      continue;
    }
    for (const v of Object.values(t)) if (v && typeof v === 'object') stack.push(...(Array.isArray(v) ? v : [v]));
  }
  return found
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, source }) => {
      const pos = lineCounter.linePos(offset);
      const hint = {
        alone: true,
        message: `mærket ${source} er ikke tilladt i front matter`,
        got: source,
        expected: 'almindelig tekst uden mærke',
      };
      return at(fm, file, pos.line, pos.col, hint);
    });
}

/** YAML errors located by the `yaml` package; tags and js-yaml's own mark when it alone refuses. */
export function yamlErrors(fm: FrontMatter, file: string, jsError: unknown): ValidationError[] {
  const { doc, lineCounter } = fm.positioned();
  const duplicates = doc.errors.some((e) => e.code === 'DUPLICATE_KEY') ? duplicateKeys(doc, lineCounter) : undefined;
  // Past the parser's depth its other errors are noise from the same overflow: the nesting alone.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  const errors = (exhausted ? [exhausted] : doc.errors).map((e): ValidationError => {
    const pos = lineCounter.linePos(e.pos[0]);
    const duplicate = duplicates?.get(e.pos[0]);
    if (duplicate) {
      const first = duplicate.firstLine + fm.yamlStartLine - 1;
      const message = `feltet "${duplicate.field}" står to gange (første gang på linje ${first})`;
      return at(fm, file, pos.line, pos.col, { message, expected: 'feltet én gang: slet den ene linje, eller ret navnet' });
    }
    const hint = YAML_CODES[e.code] ?? PLAIN_FIELDS;
    const col = e.code === 'RESOURCE_EXHAUSTION' ? nestingColumn(fm, pos.line, pos.col) : pos.col;
    return at(fm, file, pos.line, col, hint);
  });
  // One message per line: a parser that lost its place reports every later token of the line too.
  if (errors.length > 0) return errors.filter((e, i) => errors.findIndex((o) => o.line === e.line) === i);
  const tags = tagErrors(fm, file);
  const reason = jsError instanceof jsYaml.YAMLException ? jsError.reason : '';
  // js-yaml stops at its first error: a tag it did not know is told above, anything else as well.
  if (tags.length > 0 && reason.startsWith('unknown tag')) return tags;
  const mark = jsError instanceof jsYaml.YAMLException ? jsError.mark : undefined;
  const line = (mark?.line ?? 0) + 1;
  const hint = jsYamlHint(reason);
  const col = hint === NESTING ? nestingColumn(fm, line, (mark?.column ?? 0) + 1) : (mark?.column ?? 0) + 1;
  return [...tags, at(fm, file, line, col, hint)];
}
