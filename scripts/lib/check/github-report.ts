/**
 * What `npm run check` adds when it runs in GitHub Actions: every error as an annotation on its line,
 * and a table of the errors in the job summary ($GITHUB_STEP_SUMMARY). Outside Actions it does
 * nothing, so the check prints exactly what it always printed. A passing check writes no summary:
 * the check also runs inside `npm test` and the build, and one job summary should not say it thrice.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { ValidationError } from '../../../src/lib/data/errors.ts';
import { errorAnnotation, errorDetail } from './annotations.ts';
import { errorCount, errorTable, type LocatedMessage } from './error-table.ts';
import { blobUrl, inGitHubActions, workflowCommand } from './workflow-commands.ts';

export interface ReportIo {
  print: (line: string) => void;
  /** The file's text, or undefined when it cannot be read. */
  readFile: (file: string) => string | undefined;
  appendSummary: (path: string, markdown: string) => void;
}

const nodeIo: ReportIo = {
  print: (line) => console.log(line),
  readFile: (file) => {
    try {
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  appendSummary: (path, markdown) => appendFileSync(path, markdown),
};

export function located(errors: readonly ValidationError[]): LocatedMessage[] {
  return errors.map((e) => ({ file: e.file, line: e.line, column: e.column, text: errorDetail(e) }));
}

/** The job summary section for these errors (Danish Markdown). */
export function errorSummary(errors: readonly ValidationError[], env: Record<string, string | undefined>): string {
  const list = located(errors);
  return [
    `## Tjek af data og indhold: ${errorCount(list)}`,
    '',
    'Intet er udgivet. Fejlene står også ved linjerne under »Files changed« i pull requesten.',
    '',
    errorTable(list, (file, line) => blobUrl(env, file, line)),
    '',
  ].join('\n');
}

/** GitHub shows at most 10 error annotations per step; the rest are only in the log and the summary. */
export const ANNOTATIONS_PER_STEP = 10;

/** Annotations on stdout and the summary table; a no-op outside GitHub Actions or without errors. */
export function reportToGitHub(errors: readonly ValidationError[], env: Record<string, string | undefined>, io: ReportIo = nodeIo): void {
  if (!inGitHubActions(env) || errors.length === 0) return;
  const texts = new Map<string, string | undefined>();
  for (const e of errors) {
    if (!texts.has(e.file)) texts.set(e.file, io.readFile(e.file));
    io.print(errorAnnotation(e, texts.get(e.file)));
  }
  if (errors.length > ANNOTATIONS_PER_STEP) {
    // Notices have their own quota, so this one is shown even when the error annotations ran out.
    const message = `Tjekket fandt ${errors.length} fejl; GitHub viser kun de første ${ANNOTATIONS_PER_STEP} ved linjerne. Alle fejl står i jobbets opsummering og i loggen.`;
    io.print(workflowCommand('notice', { title: 'Flere fejl end GitHub viser ved linjerne' }, message));
  }
  if (env.GITHUB_STEP_SUMMARY) io.appendSummary(env.GITHUB_STEP_SUMMARY, errorSummary(errors, env));
}

/** The check itself failed (not the editor's files): one annotation for the job, no file or line. */
export function reportCrashToGitHub(reason: string | undefined, env: Record<string, string | undefined>, io: ReportIo = nodeIo): void {
  if (!inGitHubActions(env)) return;
  io.print(
    workflowCommand(
      'error',
      { title: 'Tjekket stoppede uventet' },
      `${reason ?? 'ukendt fejl'}. Det er en fejl i selve tjekket, ikke nødvendigvis i dine filer. Kontakt en udvikler.`,
    ),
  );
}
