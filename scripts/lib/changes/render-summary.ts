/**
 * The whole change summary as Danish Markdown, for the pull request's comment and job summary and
 * for an editor's terminal: what was compared, the check's verdict (with every error), what a
 * reviewer must look at, then areas, indicators, other tables and documents.
 */
import { errorCount, errorTable } from '../check/error-table.ts';
import { mdCode, mdText } from '../markdown.ts';
import { INDICATORS_TABLE } from '../../../src/lib/data/csv-schema.ts';
import { renderDocuments } from './render-documents.ts';
import { renderAreas, renderIndicators, renderTables } from './render-data.ts';
import type { ChangeSummary } from './summary.ts';

export const SUMMARY_TITLE = 'Hvad ændringen gør ved barometeret';

export interface RenderOptions {
  /** The site's base path, so page addresses read as they will be published. */
  base: string;
  /** Address of a file's line (on GitHub), or undefined to print the path alone. */
  link: (file: string, line: number) => string | undefined;
  /** The command that reproduces this summary, e.g. "npm run changes -- main". */
  command: string;
  /** Path of the indicator table from the repository's top. */
  indicatorsFile?: string;
}

function renderCheck(s: ChangeSummary, link: RenderOptions['link']): string[] {
  const c = s.check;
  if (c.status === 'passed') return ['### ✅ Tjekket fandt ingen fejl', ''];
  if (c.status === 'crashed') {
    return [
      '### ❌ Tjekket stoppede uventet',
      '',
      `${mdText(c.reason)}. Det er en fejl i selve tjekket, ikke nødvendigvis i filerne. Kontakt en udvikler.`,
      '',
    ];
  }
  return [
    `### ❌ Tjekket fandt ${errorCount(c.errors)}`,
    '',
    'Ændringen kan ikke udgives, før fejlene er rettet. Fejlene står også ved linjerne under »Files changed«. ' +
      'Ret filen og gem igen; så bliver denne opsummering opdateret.',
    '',
    errorTable(c.errors, link),
    '',
  ];
}

function renderWarnings(s: ChangeSummary): string[] {
  if (s.warnings.length === 0) return [];
  return ['### ⚠️ Det bør en anmelder se på', '', ...s.warnings.map((w) => `- ${w}`), ''];
}

export function renderSummary(s: ChangeSummary, o: RenderOptions): string {
  const files = s.changedFiles.map(mdCode).join(', ');
  const out = [
    `## ${SUMMARY_TITLE}`,
    '',
    `Sammenligner ${s.headLabel} med ${s.baseLabel}. ` +
      (s.changedFiles.length ? `Ændrede data- og indholdsfiler: ${files}.` : 'Ingen data- eller indholdsfiler er ændret.'),
    '',
    ...renderCheck(s, o.link),
  ];
  if (s.changedFiles.length === 0) {
    out.push('Ændringen rører hverken tal eller dokumenter, så barometeret er det samme som før.', '');
  } else {
    out.push(
      ...renderWarnings(s),
      ...renderAreas(s),
      ...renderIndicators(s, o.indicatorsFile ?? `data/${INDICATORS_TABLE.file}`, o.base),
      ...renderTables(s),
      ...renderDocuments(s, o.base),
    );
  }
  out.push(`<sub>Lavet med ${mdCode(o.command)}, som alle kan køre i en kopi af projektet.</sub>`, '');
  return out.join('\n');
}
