/**
 * What the importer tells the editor, in Danish: the fields to fill in (the check's own errors,
 * with file:line:column), the values it inferred, letterhead lines it did not use, and what to do next.
 */
import { formatError, type ValidationError } from '../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../check/front-matter.ts';
import { locate } from '../check/yaml-locate.ts';
import type { Line } from './lines.ts';
import type { Review } from './review.ts';

export interface ReportInput {
  source: string;
  kind: string;
  draft: string;
  fm: FrontMatter | undefined;
  errors: readonly ValidationError[];
  reviews: readonly Review[];
  unused: readonly Line[];
  /** Where the original (PDF/DOCX) was copied, when it was. */
  copied?: string;
}

/** ["attachments", 0, "title"] → "attachments[0].title", as the check names fields. */
export function pathName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const isMarkerError = (e: ValidationError) => e.got?.startsWith('TODO') === true;

export function importReport(r: ReportInput): string {
  const out: string[] = [`Importerede ${r.source} (${r.kind}) → ${r.draft}`];
  if (r.copied) out.push(`Originalen er kopieret til ${r.copied} og nævnt i kladden som original – den udgives med brevet.`);
  const marked = r.errors.filter(isMarkerError);
  const other = r.errors.filter((e) => !isMarkerError(e));
  if (marked.length > 0) {
    out.push(
      '',
      `Udfyld ${marked.length === 1 ? 'dette felt' : `disse ${marked.length} felter`} – npm run check afviser brevet, indtil det er gjort:`,
    );
    for (const e of marked) {
      const field = /feltet "([^"]+)"/.exec(e.message)?.[1];
      out.push(`  ${e.file}:${e.line}:${e.column}: ${field ? `${field} – ` : ''}${(e.got ?? '').replace(/^TODO:\s*/, '')}`);
    }
  }
  const guesses = r.reviews.filter((v) => v.kind === 'guess');
  if (guesses.length > 0) {
    out.push('', 'Tjek disse værdier, som importen har udledt (markeret med »# tjek:« i filen):');
    for (const g of guesses) {
      const at = r.fm && g.path.length > 0 ? locate(r.fm, g.path) : undefined;
      const where = at ? `${r.draft}:${at.line}:${at.column}` : r.draft;
      out.push(`  ${where}: ${g.path.length > 0 ? `${pathName(g.path)} – ` : ''}${g.message}`);
    }
  }
  if (r.unused.length > 0) {
    out.push('', 'Ikke brugt fra brevhovedet (står hverken i front matter eller i teksten – tilføj det, hvis det er vigtigt):');
    for (const l of r.unused) out.push(`  ${r.source}, linje ${l.no}: ${l.text}`);
  }
  if (other.length > 0) {
    out.push('', 'Tjekket fandt også disse fejl:');
    for (const e of other) out.push(`  ${formatError(e)}`);
  }
  out.push(
    '',
    marked.length + other.length === 0
      ? 'Tjekket godkender kladden. Læs den igennem mod brevet, slet »# tjek:«-kommentarerne, og kør npm run check.'
      : 'Næste skridt: åbn kladden, ret felterne ovenfor ud fra brevet, slet »# tjek:«-kommentarerne, og kør npm run check, til der ikke er flere fejl.',
  );
  return out.join('\n');
}
