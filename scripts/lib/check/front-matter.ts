/**
 * Split a Markdown file into its YAML front matter and body.
 * Data is read with js-yaml, the parser Astro itself uses for front matter (so the check accepts
 * exactly what the build accepts), and it is several times faster on a large archive. The `yaml`
 * package, which keeps source positions, is only run when an error has to be located.
 */
import jsYaml from 'js-yaml';
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ValidationError } from '../../../src/lib/data/errors.ts';
import { checkRawControlChars } from './rules/control-chars.ts';
import { yamlErrors } from './yaml-errors.ts';

export interface PositionedYaml {
  doc: Document;
  lineCounter: LineCounter;
}

export interface FrontMatter {
  /** The YAML parsed with source positions, built on first use. */
  positioned: () => PositionedYaml;
  /** File line of the first YAML line (the line after the opening ---). */
  yamlStartLine: number;
  /** File line of the closing ---. */
  endLine: number;
  /** Plain data as YAML reads it (core schema: dates stay text). */
  data: unknown;
  /** The YAML text between the two --- lines. */
  yamlText: string;
  body: string;
  /** File line where the body starts. */
  bodyStartLine: number;
}

function positionedYaml(text: string): () => PositionedYaml {
  let cached: PositionedYaml | undefined;
  return () => {
    if (!cached) {
      const lineCounter = new LineCounter();
      cached = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return cached;
  };
}

/**
 * Anchors (&navn) and aliases (*navn), one error per line. Nine nested lines of ten aliases each
 * expand to a billion values for any rule that walks the data (and for the build), so they are
 * refused before anything reads the data; editors never need them. Found on the `yaml` package's
 * tree, which keeps an alias as one node, and only when the text has & or * at all.
 */
function anchorErrors(fm: FrontMatter, file: string): ValidationError[] {
  if (!/[&*]/.test(fm.yamlText)) return [];
  const { doc, lineCounter } = fm.positioned();
  const lines = new Map<number, ValidationError>();
  visit(doc, (_key, node) => {
    if (!isNode(node) || (!isAlias(node) && node.anchor === undefined)) return;
    const offset = node.range?.[0];
    if (offset === undefined) return;
    // An anchor is written before its node: "&a [x]" starts at the "[". Point at the "&" instead.
    const mark = isAlias(node) ? `*${node.source}` : `&${node.anchor ?? ''}`;
    const at = isAlias(node) ? offset : Math.max(0, fm.yamlText.lastIndexOf(mark, offset));
    const pos = lineCounter.linePos(at);
    const line = pos.line + fm.yamlStartLine - 1;
    const earlier = lines.get(line);
    if (earlier && earlier.column <= pos.col) return;
    lines.set(line, {
      file,
      line,
      column: pos.col,
      message: `YAML-ankre og -henvisninger (&navn, *navn) er ikke tilladt i front matter: få linjer med dem kan vokse til milliarder af værdier`,
      got: mark,
      expected: 'værdien skrevet ud, hvor den skal stå',
    });
  });
  return [...lines.values()].sort((a, b) => a.line - b.line);
}

export function splitFrontMatter(text: string, file: string): { fm?: FrontMatter; errors: ValidationError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.every((l) => l.trim() === '')) {
    return {
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: 'filen er tom',
          expected: 'front matter mellem to linjer med --- og derefter teksten (se Redaktørvejledningen)',
        },
      ],
    };
  }
  // Old Mac files end lines with CR alone: the whole file is one line, so say so instead of »mangler front matter«.
  if (lines.length === 1 && /\r(?!\n)/.test(lines[0] ?? '')) {
    return {
      errors: [
        {
          file,
          line: 1,
          column: (lines[0] ?? '').indexOf('\r') + 1,
          message: 'filen har gammeldags Mac-linjeskift (kun CR), så den læses som én lang linje',
          expected: 'almindelige linjeskift (LF eller CRLF): gem filen igen i en teksteditor med Unix- eller Windows-linjeskift',
        },
      ],
    };
  }
  if (lines[0]?.trim() !== '---') {
    return {
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: 'filen mangler front matter',
          got: lines[0] ?? '',
          expected: 'en første linje med ---, derefter felterne og så --- igen',
        },
      ],
    };
  }
  // Astro ends front matter at the first line that begins with --- (or +++), whatever follows it.
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\+\+\+)/.test(l));
  if (close < 0) {
    return {
      errors: [{ file, line: 1, column: 1, message: 'front matter slutter aldrig', expected: 'en linje med --- efter det sidste felt' }],
    };
  }
  if ((lines[close] ?? '').trim() !== '---') {
    return {
      errors: [
        {
          file,
          line: close + 1,
          column: 1,
          message: 'front matter slutter her, men linjen har mere end ---',
          got: lines[close] ?? '',
          expected: 'en linje med kun ---',
        },
      ],
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const fm: FrontMatter = {
    positioned: positionedYaml(yamlText),
    yamlStartLine: 2,
    endLine: close + 1,
    data: undefined,
    yamlText,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
  // Typed control characters: js-yaml refuses them with a message that does not name them.
  const controls = checkRawControlChars(yamlText, file, fm.yamlStartLine);
  if (controls.length > 0) return { fm, errors: controls };
  // Data stays undefined, as after a YAML error: no rule walks it.
  const anchors = anchorErrors(fm, file);
  if (anchors.length > 0) return { fm, errors: anchors };
  let data: unknown;
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch (err) {
    return { fm, errors: yamlErrors(fm, file, err) };
  }
  // A list ("- title: …") or a lone value is valid YAML but no fields: say that, not »feltet ""«.
  if (typeof data !== 'object' || Array.isArray(data)) return { fm, errors: [notFields(fm, file, data)] };
  fm.data = data;
  return { fm, errors: [] };
}

const KINDS: Record<string, string> = { string: 'en tekst', number: 'et tal', boolean: 'true eller false' };

/** Front matter that is a list or a single value instead of fields, told at its first line. */
function notFields(fm: FrontMatter, file: string, data: unknown): ValidationError {
  const { doc, lineCounter } = fm.positioned();
  const offset = doc.contents?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  const kind = Array.isArray(data) ? 'en liste' : (KINDS[typeof data] ?? 'en enkelt værdi');
  return {
    file,
    line: pos.line + fm.yamlStartLine - 1,
    column: pos.col,
    message: `front matter skal være felter (navn: værdi), men er ${kind}`,
    got: fm.yamlText.slice(offset).split('\n')[0]!.trimEnd(),
    expected: 'ét felt pr. linje, fx title: Brev om boliger (uden - foran)',
  };
}
