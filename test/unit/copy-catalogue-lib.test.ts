/**
 * One copy catalogue, also for lib modules: a Danish sentence or label a visitor reads is typed in
 * src/lib/copy/, and the module that prints it takes it from there. The string literals of every
 * src/lib module outside the catalogue are read with the TypeScript parser; a Danish phrase, a
 * capitalised Danish label or a piece of a Danish sentence fails the test unless the folder or file is
 * one of the kinds of Danish that are not copy (below, each with its reason; README »Kodekort«).
 */
import { describe, expect, it } from 'vitest';
import { COVERAGE_IDS } from '../../src/lib/registry/coverage.ts';
import { FLAG_IDS } from '../../src/lib/registry/flags.ts';
import { GOAL_KIND_IDS } from '../../src/lib/registry/goal-kinds.ts';
import { GOAL_STATUS_IDS } from '../../src/lib/registry/goal-statuses.ts';
import { danishLiterals, isDanishText } from '../helpers/danish-literals.ts';
import { codeFiles } from '../helpers/import-graph.ts';

/** Folders (ending in /) and files whose Danish is not visitor copy. */
const NOT_COPY: Record<string, string> = {
  'src/lib/copy/': 'the catalogue itself',
  // Messages to editors, from the checks they run (npm run check, the pre-commit hook, the build):
  'src/lib/data/rules/': "the data validator's messages",
  'src/lib/data/csv-schema/': 'column descriptions and expected values (the check, README, /data/ dictionary source)',
  'src/lib/data/errors.ts': 'the formatting of validator messages (»"a", "b" eller "c"«)',
  'src/lib/data/read-csv.ts': 'CSV parse errors',
  'src/lib/data/parse-period.ts': 'what a period cell should hold, in validator messages',
  'src/lib/goals/rules/': "the goals validator's messages",
  'src/lib/content-policy/': 'refusals of unsafe content in letters',
  'src/lib/content-schemas.ts': 'front-matter errors in content/',
  'src/lib/editions/editions-file.ts': 'errors in the editions file',
  'src/lib/attachments/kinds.ts': "the attachment check's words for a file's actual content (»en ZIP-fil«)",
  'src/lib/attachments/extract-pdf.ts': 'why an attachment cannot be read',
  'src/lib/attachments/file-bytes.ts': "the checks' words for what a file's bytes are (»et PNG-billede«)",
  'src/lib/attachments/pdf-active.ts': 'PDF dictionary key names (/Type), not words',
  'src/lib/attachments/ooxml-active.ts': 'Office package element names (Default, Override), not words',
  'src/lib/attachments/extract-sheet.ts': 'why an attachment cannot be read',
  // Names, which are data (the real names of organisations, municipalities and policy areas):
  'src/lib/registry/organisations.ts': 'committees and administrations by name',
  'src/lib/registry/municipalities.ts': 'municipalities by name',
  'src/lib/registry/areas.ts': "the integration policy's six areas by name",
  // The search's lexicon of Danish word parts, not text anyone reads:
  'src/lib/search/compound-split.ts': 'the compound lexicon',
};

/** Single literals that are data, in the file that holds them. */
const DATA_LITERALS: Record<string, readonly string[]> = {
  // d3-format's da-DK currency definition.
  'src/lib/format/danish-number.ts': [' kr.'],
  // The publisher's name.
  'src/lib/open-data/licence.ts': ['Københavns Kommune'],
};

/** Value vocabularies an editor types in CSV (»brud i serien«, »ikke opfyldt«): data wherever they appear. */
const VOCABULARY = new Set<string>([...FLAG_IDS, ...GOAL_KIND_IDS, ...GOAL_STATUS_IDS, ...COVERAGE_IDS]);

const notCopy = (file: string) => Object.keys(NOT_COPY).some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

function copyOutsideCatalogue(file: string, source?: string): string[] {
  return danishLiterals(file, source)
    .filter((l) => !VOCABULARY.has(l.text) && !(DATA_LITERALS[file] ?? []).includes(l.text))
    .map((l) => `${l.file}:${l.line}: »${l.text.trim().slice(0, 70)}«`);
}

describe('Danish copy in lib modules', () => {
  it('tells visitor words from code and data', () => {
    for (const text of ['Vis alle breve', 'Forvaltning', 'Budget', 'Område', 'Konferencerapport', 'Word-dokument', ' til ', 'Nyeste tal: '])
      expect(isDanishText(text), text).toBe(true);
    for (const text of [
      'afholdt',
      'år',
      'da-DK',
      'Europe/Copenhagen',
      'ib-chart__marker ib-chart__marker--hollow',
      'graf-titel graf-beskrivelse',
      'UTF-8',
      'PDF',
      'Quotes',
      'perPage must be a positive integer (got ',
    ])
      expect(isDanishText(text), text).toBe(false);
    // In markup, element and attribute names are not words.
    expect(isDanishText('<xsl:template name="dato"><p id="om-feedet">')).toBe(false);
    expect(isDanishText('<h2>Seneste nyt</h2>')).toBe(true);
  });

  it('finds a label typed in a lib module, and not an error thrown at a developer', () => {
    const source = [
      "import { x } from './område.ts';",
      "export const more = 'Vis alle breve';",
      'export const head = (n: number) => `Viser ${n} breve`;',
      "export type Kind = 'ikke opfyldt';",
      "export const keys = { 'Ukendt år': 1 };",
      "export function f(): never { throw new Error('Filen mangler: forventede en fil'); }",
    ].join('\n');
    expect(copyOutsideCatalogue('src/lib/archive/example.ts', source)).toEqual([
      'src/lib/archive/example.ts:2: »Vis alle breve«',
      'src/lib/archive/example.ts:3: »Viser«',
      'src/lib/archive/example.ts:3: »breve«',
    ]);
  });

  it('no lib module outside the catalogue types a Danish sentence or label', () => {
    const files = codeFiles('src/lib').filter((f) => f.endsWith('.ts') && !notCopy(f));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => copyOutsideCatalogue(f))).toEqual([]);
  });

  it('every folder or file kept out of the scan exists', () => {
    const all = codeFiles('src/lib');
    for (const p of [...Object.keys(NOT_COPY), ...Object.keys(DATA_LITERALS)])
      expect(
        all.some((f) => (p.endsWith('/') ? f.startsWith(p) : f === p)),
        p,
      ).toBe(true);
  });
});
