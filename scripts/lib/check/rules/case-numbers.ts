/**
 * Rule: case, document and journal numbers (sagsnr, doknr, jnr) are text. Unquoted, YAML reads
 * 0012345 as the number 12345 (the zeros are lost) and 2009-04-02 as a date, and the site would
 * publish another number or stop; the editor is told to put the value in quotes.
 */
import jsYaml from 'js-yaml';
import { isScalar } from 'yaml';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';

export const CASE_NUMBER_PATHS: readonly (readonly string[])[] = [['sagsnr'], ['doknr'], ['jnr'], ['receivedStamp', 'jnr']];

/** What YAML made of the value, in words: "tallet 12345", "en dato". */
function readAs(value: unknown): string | undefined {
  if (typeof value === 'number') return `tallet ${String(value)}`;
  if (value instanceof Date) return 'en dato';
  if (typeof value === 'boolean') return `sandhedsværdien ${String(value)}`;
  return undefined;
}

export function checkCaseNumbers(fm: FrontMatter, file: string): ValidationError[] {
  // Astro reads front matter with js-yaml's default schema, which also turns 2009-04-02 into a date.
  let astroData: unknown;
  try {
    astroData = jsYaml.load(fm.yamlText);
  } catch {
    return [];
  }
  const errors: ValidationError[] = [];
  for (const path of CASE_NUMBER_PATHS) {
    const what = readAs(valueAt(astroData, path));
    if (!what) continue;
    const node = fm.positioned().doc.getIn(path, true);
    const written = isScalar(node) && typeof node.source === 'string' ? node.source : String(valueAt(fm.data, path));
    const name = path[path.length - 1] ?? '';
    const at = locate(fm, path);
    errors.push({
      file,
      line: at.line,
      column: at.column,
      message: `${name} skal stå i anførselstegn: YAML læser ${written} som ${what}`,
      got: written,
      expected: `${name}: "${written}"`,
    });
  }
  return errors;
}
