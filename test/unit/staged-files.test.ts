import { describe, expect, it } from 'vitest';
import { isCheckable, parseNameStatus, planCheck } from '../../scripts/lib/check/staged-files.ts';
import { parseLsFilesStage, splitEntries } from '../../scripts/lib/check/staged-tree.ts';
import { shownPath } from '../../scripts/lib/check/shown-path.ts';

describe('pre-commit: which staged files to check', () => {
  it('parses git name-status -z output, paths with spaces and æøå included', () => {
    expect(parseNameStatus('M\0data/measurements.csv\0A\0content/letters/brev om bolig.md\0D\0content/letters/æble.md\0')).toEqual([
      { status: 'M', path: 'data/measurements.csv' },
      { status: 'A', path: 'content/letters/brev om bolig.md' },
      { status: 'D', path: 'content/letters/æble.md' },
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });

  it('knows data CSV and Markdown content from everything else', () => {
    expect(isCheckable('data/measurements.csv')).toBe(true);
    expect(isCheckable('data/indicators.CSV')).toBe(true);
    expect(isCheckable('content/conferences/2024.md')).toBe(true);
    expect(isCheckable('content/pages/om.mdx')).toBe(true);
    expect(isCheckable('src/data/measurements.csv')).toBe(false);
    expect(isCheckable('data/README.md')).toBe(true); // reported as a file the site does not read
    // A file in content/ that would not be published is checked too, so the check can report it.
    expect(isCheckable('content/letters/bilag.pdf')).toBe(true);
    expect(isCheckable('content/letters/brev.md.txt')).toBe(true);
    expect(isCheckable('README.md')).toBe(false);
    // public/ is published as it is: its files are checked (links, types in public/bilag/).
    expect(isCheckable('public/bilag/kort.png')).toBe(true);
    expect(isCheckable('public/bilag/notat.html')).toBe(true);
  });

  it('skips commits without data or content', () => {
    expect(
      planCheck([
        { status: 'M', path: 'src/pages/index.astro' },
        { status: 'A', path: 'README.md' },
      ]),
    ).toEqual({ action: 'skip' });
    expect(planCheck([])).toEqual({ action: 'skip' });
  });

  it('checks exactly the staged data and content files', () => {
    const plan = planCheck([
      { status: 'M', path: 'data/measurements.csv' },
      { status: 'M', path: 'src/lib/x.ts' },
      { status: 'A', path: 'content/letters/2026-01-05-brev.md' },
    ]);
    expect(plan).toEqual({ action: 'check', files: ['data/measurements.csv', 'content/letters/2026-01-05-brev.md'], warnings: [] });
  });

  it('checks everything when a data or content file is deleted, as references may break', () => {
    expect(
      planCheck([
        { status: 'D', path: 'data/indicators.csv' },
        { status: 'M', path: 'data/measurements.csv' },
      ]),
    ).toMatchObject({ files: 'all' });
    expect(planCheck([{ status: 'D', path: 'content/letters/a.md' }])).toMatchObject({ action: 'check', files: 'all' });
  });

  it('warns when a staged file also has unstaged edits', () => {
    const plan = planCheck([{ status: 'M', path: 'data/measurements.csv' }], ['data/measurements.csv', 'data/other.csv']);
    expect(plan).toMatchObject({ action: 'check', files: ['data/measurements.csv'] });
    if (plan.action !== 'check') throw new Error('expected a check');
    expect(plan.warnings).toEqual([expect.stringContaining('data/measurements.csv har også ændringer')]);
    // The hook checks the staged version (scripts/lib/check/staged-tree.ts), and says so.
    expect(plan.warnings[0]).toContain('Tjekket læser den version, der committes; ændringerne på disken kommer ikke med.');
  });
});

describe('pre-commit: the staged files as the check reads them', () => {
  it('parses git ls-files --stage -z, one entry per path, names with spaces and æøå included', () => {
    const z = [
      '100644 aaa 0\tcontent/letters/brev om bolig.md',
      '120000 bbb 0\tcontent/letters/genvej.md',
      '100644 ccc 1\tdata/x.csv',
      '100644 ddd 2\tdata/x.csv',
      '100644 eee 0\tcontent/letters/æble.md',
      '',
    ].join('\0');
    expect(parseLsFilesStage(z)).toEqual([
      { mode: '100644', path: 'content/letters/brev om bolig.md' },
      { mode: '120000', path: 'content/letters/genvej.md' },
      { mode: '100644', path: 'data/x.csv' },
      { mode: '100644', path: 'content/letters/æble.md' },
    ]);
  });

  it('writes from the index what differs on disk and every link; links the rest; skips submodules', () => {
    const entries = [
      { mode: '100644', path: 'content/letters/a.md' },
      { mode: '100644', path: 'content/letters/b.md' },
      { mode: '120000', path: 'content/letters/c.md' },
      { mode: '160000', path: 'content/modul' },
    ];
    expect(splitEntries(entries, new Set(['content/letters/b.md']))).toEqual({
      fromIndex: ['content/letters/b.md', 'content/letters/c.md'],
      linked: ['content/letters/a.md'],
    });
  });
});

describe('file names as printed', () => {
  it('keeps one error on one line: line breaks, tabs and direction characters are shown escaped', () => {
    expect(shownPath('content/letters/brev\nnavn.md')).toBe('content/letters/brev\\nnavn.md');
    expect(shownPath('content/letters/a\tb\rc.md')).toBe('content/letters/a\\tb\\rc.md');
    expect(shownPath('content/letters/\u202egpj.md')).toBe('content/letters/<U+202E>gpj.md');
    expect(shownPath('content/letters/æble om bolig.md')).toBe('content/letters/æble om bolig.md');
  });
});
