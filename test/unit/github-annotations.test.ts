/**
 * The editor check in GitHub Actions: workflow-command escaping, annotations on the right line and
 * characters, the job-summary table, and nothing at all outside Actions.
 */
import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../src/lib/data/errors.ts';
import { csvCellSpan, errorAnnotation, errorDetail } from '../../scripts/lib/check/annotations.ts';
import { errorSummary, reportCrashToGitHub, reportToGitHub, type ReportIo } from '../../scripts/lib/check/github-report.ts';
import { blobUrl, escapeData, escapeProperty, workflowCommand } from '../../scripts/lib/check/workflow-commands.ts';

describe('workflow commands', () => {
  it('escapes message data: %, CR and LF only', () => {
    expect(escapeData('50% af 2,5: a\r\nb')).toBe('50%25 af 2,5: a%0D%0Ab');
  });

  it('escapes property values: also : and ,', () => {
    expect(escapeProperty('rækken gentager linje 8: samme indikator, periode\n100%')).toBe(
      'rækken gentager linje 8%3A samme indikator%2C periode%0A100%25',
    );
  });

  it('writes ::command key=value,…::message, leaving out undefined properties', () => {
    expect(workflowCommand('error', { file: 'a.csv', line: 3, col: undefined, title: 'x, y' }, 'besked')).toBe(
      '::error file=a.csv,line=3,title=x%2C y::besked',
    );
    expect(workflowCommand('error', {}, 'kun besked')).toBe('::error::kun besked');
  });

  it('links a file line in the checked-out commit, only inside Actions', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'kk/ib', GITHUB_SHA: 'abc' };
    expect(blobUrl(env, 'content/letters/æ ø.md', 4)).toBe('https://github.com/kk/ib/blob/abc/content/letters/%C3%A6%20%C3%B8.md#L4');
    expect(blobUrl({}, 'data/x.csv', 4)).toBeUndefined();
  });
});

describe('CSV cells as character spans', () => {
  const text =
    '\uFEFFindicator;period;breakdown;value;source;note\nbesk;2014;;70,0;"Kilde; med semikolon";\nbesk;"2015";Kvinder;7x;"Kilde ""A""";note\n';

  it('finds a cell after quoted cells that hold the delimiter and escaped quotes', () => {
    expect(csvCellSpan(text, 2, 1)).toEqual({ col: 1, endColumn: 4 });
    expect(csvCellSpan(text, 2, 4)).toEqual({ col: 12, endColumn: 15 });
    expect(csvCellSpan(text, 2, 6)).toEqual({ col: 40, endColumn: 40 });
    expect(csvCellSpan(text, 3, 4)).toEqual({ col: 21, endColumn: 22 });
    expect(csvCellSpan(text, 3, 6)).toEqual({ col: 38, endColumn: 41 });
  });

  it('marks an empty cell as one character and ignores the BOM on line 1', () => {
    expect(csvCellSpan(text, 2, 3)).toEqual({ col: 11, endColumn: 11 });
    expect(csvCellSpan(text, 1, 2)).toEqual({ col: 11, endColumn: 16 });
  });

  it('counts characters, not bytes, after æ, ø and å', () => {
    expect(csvCellSpan('a;b\nbørn;ø;x\n', 2, 3)).toEqual({ col: 8, endColumn: 8 });
  });

  it('reads a comma file by its header, and gives up past the last cell or inside a quoted line break', () => {
    expect(csvCellSpan('a,b\n1,22\n', 2, 2)).toEqual({ col: 3, endColumn: 4 });
    expect(csvCellSpan('a;b\n1;2\n', 2, 3)).toBeUndefined();
    expect(csvCellSpan('a;b;c\n"to\nlinjer";x;y\n', 2, 2)).toBeUndefined();
    expect(csvCellSpan('a;b\n', 9, 1)).toBeUndefined();
  });
});

const csvError: ValidationError = {
  file: 'data/measurements.csv',
  line: 3,
  column: 4,
  message: 'værdien er ikke et tal',
  got: '7x',
  expected: 'et tal, fx 12,5',
};
const mdError: ValidationError = {
  file: 'content/letters/a.md',
  line: 9,
  column: 11,
  message: 'rå <script> er ikke tilladt i teksten',
  got: '<script>',
};

describe('annotations', () => {
  it("the detail is the check's own line without its location", () => {
    expect(errorDetail(csvError)).toBe('værdien er ikke et tal (fik "7x", forventede et tal, fx 12,5)');
  });

  it("a CSV error marks the cell's characters; a Markdown error keeps its column", () => {
    const text = 'indicator;period;breakdown;value;source;note\nx;2014;;1;k;\nbesk;2015;Kvinder;7x;k;\n';
    expect(errorAnnotation(csvError, text)).toBe(
      '::error file=data/measurements.csv,line=3,col=19,endColumn=20,title=Værdien er ikke et tal::værdien er ikke et tal (fik "7x", forventede et tal, fx 12,5)',
    );
    expect(errorAnnotation(mdError)).toBe(
      '::error file=content/letters/a.md,line=9,col=11,title=Rå <script> er ikke tilladt i teksten::rå <script> er ikke tilladt i teksten (fik "<script>")',
    );
  });

  it('a CSV error whose file cannot be read goes on its line without a column', () => {
    expect(errorAnnotation({ ...csvError, line: 1, column: 1, message: 'filen findes ikke', got: undefined, expected: undefined })).toBe(
      '::error file=data/measurements.csv,line=1,title=Filen findes ikke::filen findes ikke',
    );
  });
});

function recorder(files: Record<string, string> = {}): ReportIo & { printed: string[]; summaries: [string, string][] } {
  const printed: string[] = [];
  const summaries: [string, string][] = [];
  return { printed, summaries, print: (l) => printed.push(l), readFile: (f) => files[f], appendSummary: (p, m) => summaries.push([p, m]) };
}

describe('reportToGitHub', () => {
  it('does nothing outside GitHub Actions', () => {
    const io = recorder();
    reportToGitHub([csvError], {}, io);
    reportToGitHub([csvError], { GITHUB_ACTIONS: 'false', GITHUB_STEP_SUMMARY: '/tmp/x' }, io);
    reportCrashToGitHub('EISDIR', {}, io);
    expect(io.printed).toEqual([]);
    expect(io.summaries).toEqual([]);
  });

  it('in Actions: one annotation per error and the table appended to the step summary', () => {
    const io = recorder({ 'data/measurements.csv': 'a;b;c;d\n\n7;8;9;7x\n' });
    reportToGitHub([csvError, mdError], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '/run/summary.md' }, io);
    expect(io.printed).toEqual([
      '::error file=data/measurements.csv,line=3,col=7,endColumn=8,title=Værdien er ikke et tal::værdien er ikke et tal (fik "7x", forventede et tal, fx 12,5)',
      '::error file=content/letters/a.md,line=9,col=11,title=Rå <script> er ikke tilladt i teksten::rå <script> er ikke tilladt i teksten (fik "<script>")',
    ]);
    expect(io.summaries).toHaveLength(1);
    expect(io.summaries[0]?.[0]).toBe('/run/summary.md');
  });

  it('says so in a notice when there are more errors than GitHub shows on the lines', () => {
    const io = recorder();
    const many = Array.from({ length: 12 }, (_, i) => ({ ...mdError, line: i + 1 }));
    reportToGitHub(many, { GITHUB_ACTIONS: 'true' }, io);
    expect(io.printed).toHaveLength(13);
    expect(io.printed.at(-1)).toBe(
      '::notice title=Flere fejl end GitHub viser ved linjerne::Tjekket fandt 12 fejl; GitHub viser kun de første 10 ved linjerne. Alle fejl står i jobbets opsummering og i loggen.',
    );
    reportToGitHub(many.slice(0, 10), { GITHUB_ACTIONS: 'true' }, io);
    expect(io.printed.filter((l) => l.startsWith('::notice'))).toHaveLength(1);
  });

  it('writes no summary when the check passed', () => {
    const io = recorder();
    reportToGitHub([], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '/run/summary.md' }, io);
    expect(io.printed).toEqual([]);
    expect(io.summaries).toEqual([]);
  });

  it('a crash of the check itself is one annotation without a file', () => {
    const io = recorder();
    reportCrashToGitHub('EISDIR: illegal operation', { GITHUB_ACTIONS: 'true' }, io);
    expect(io.printed).toEqual([
      '::error title=Tjekket stoppede uventet::EISDIR: illegal operation. Det er en fejl i selve tjekket, ikke nødvendigvis i dine filer. Kontakt en udvikler.',
    ]);
  });

  it('the summary is a Markdown table that keeps | and <script> as text and links each line', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'kk/ib', GITHUB_SHA: 'abc' };
    const md = errorSummary([{ ...csvError, got: '7|x' }, mdError], env);
    expect(md).toBe(
      [
        '## Tjek af data og indhold: 2 fejl i 2 filer',
        '',
        'Intet er udgivet. Fejlene står også ved linjerne under »Files changed« i pull requesten.',
        '',
        '| Fil | Linje | Kolonne | Fejl |',
        '| --- | --- | --- | --- |',
        '| [data/measurements.csv](https://github.com/kk/ib/blob/abc/data/measurements.csv#L3) | 3 | 4 | værdien er ikke et tal (fik "7\\|x", forventede et tal, fx 12,5) |',
        '| [content/letters/a.md](https://github.com/kk/ib/blob/abc/content/letters/a.md#L9) | 9 | 11 | rå &lt;script&gt; er ikke tilladt i teksten (fik "&lt;script&gt;") |',
        '',
      ].join('\n'),
    );
  });
});
