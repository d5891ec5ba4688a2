/**
 * Split a Markdown file into its YAML front matter and body, keeping the YAML document with source
 * positions so every later error can name the line and column of the offending key.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ValidationError } from '../data/errors.ts';

export interface FrontMatter {
  doc: Document;
  lineCounter: LineCounter;
  /** File line of the first YAML line (the line after the opening ---). */
  yamlStartLine: number;
  /** File line of the closing ---. */
  endLine: number;
  /** Plain data as YAML reads it (dates stay text). */
  data: unknown;
  body: string;
  /** File line where the body starts. */
  bodyStartLine: number;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'feltet står to gange',
  BAD_INDENT: 'forkert indrykning',
  MISSING_CHAR: 'et tegn mangler, fx et afsluttende anførselstegn eller ]',
  BLOCK_AS_IMPLICIT_KEY: 'et felt mangler ": " eller er indrykket forkert',
  MULTILINE_IMPLICIT_KEY: 'et felt mangler ": " eller er indrykket forkert',
  UNEXPECTED_TOKEN: 'et uventet tegn',
  TAB_AS_INDENT: 'tabulator bruges til indrykning; brug mellemrum',
};

export function splitFrontMatter(text: string, file: string): { fm?: FrontMatter; errors: ValidationError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { errors: [{ file, line: 1, column: 1, message: 'filen mangler front matter', got: lines[0] ?? '', expected: 'en første linje med ---, derefter felterne og så --- igen' }] };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    return { errors: [{ file, line: 1, column: 1, message: 'front matter slutter aldrig', expected: 'en linje med --- efter det sidste felt' }] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: ValidationError[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line + 1, column: pos.col, message: `front matter er ikke gyldig YAML: ${YAML_HINTS[e.code] ?? 'kan ikke læses'}`, expected: `gyldig YAML (fejlkode ${e.code})` };
  });
  const fm: FrontMatter = {
    doc,
    lineCounter,
    yamlStartLine: 2,
    endLine: close + 1,
    data: errors.length > 0 ? undefined : doc.toJS(),
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
  return { fm, errors };
}
