import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sameValue } from '../../src/lib/history/cell-values.ts';
import { parseBatch, parseLog, readGitHistory } from '../../src/loaders/git-versions.ts';
import { indicatorHistory, type HistoryColumns } from '../../src/lib/history/indicator-history.ts';
import { formatCell, historyView } from '../../src/lib/history/history-view.ts';
import { folderPrefix, isEditorCommit } from '../../src/lib/history/commit-kind.ts';
import { readCsvRecords } from '../../src/lib/data/read-csv.ts';
import { fixtureGitEnv } from '../helpers/git-env.ts';

const columns: HistoryColumns = {
  measurements: {
    indicator: 'indicator',
    period: 'period',
    breakdown: 'breakdown',
    value: 'value',
    flag: 'flag',
    note: 'note',
    source: 'source',
    sourceUrl: 'source_url',
  },
  indicators: { id: 'id' },
};
const BOM = '\uFEFF';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ib-history-'));
  dirs.push(d);
  return d;
}

/** Environment for git in the fixture: no GIT_DIR from an outer hook, fixed identity. */
function env(date?: string): NodeJS.ProcessEnv {
  return fixtureGitEnv({ date });
}

function git(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', args, { cwd, env: env(date), stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
}

function commit(repo: string, files: Record<string, string>, message: string, date: string): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(repo, 'data'), { recursive: true });
    writeFileSync(join(repo, 'data', name), text);
  }
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
}

const indicatorsV1 = `${BOM}id;area;target_value\nbesk;beskaeftigelse;60\nbolig;bolig;10\n`;
const indicatorsV2 = `${BOM}id;area;target_value\nbesk;beskaeftigelse;65\nbolig;bolig;10\n`;
const m1 = `${BOM}indicator;period;breakdown;value;note\nbesk;2020;;50,5;\nbesk;2021;;51;\nbolig;2021;;8;\n`;
// Revises 2021 (51 → 52,25), adds 2022 for two breakdowns, leaves bolig untouched, edits a note only.
const m2 = `${BOM}indicator;period;breakdown;value;note\nbesk;2020;;50,50;ny note\nbesk;2021;;52,25;\nbesk;2022;Kvinder;49;\nbesk;2022;Mænd;53;\nbolig;2021;;8;\n`;
// Removes a breakdown row and the bolig row.
const m3 = `${BOM}indicator;period;breakdown;value;note\nbesk;2020;;50,5;\nbesk;2021;;52,25;\nbesk;2022;Kvinder;49;\n`;

function fixtureRepo(): string {
  const repo = tempDir();
  git(repo, ['init', '-q', '-b', 'main']);
  commit(repo, { 'indicators.csv': indicatorsV1, 'measurements.csv': m1 }, 'Første tal', '2024-01-10T10:00:00+01:00');
  commit(repo, { 'measurements.csv': m2 }, 'Tal for 2022; 2021 revideret af DST', '2024-03-05T09:30:00+01:00');
  commit(repo, { 'README.md': 'ikke data\n' }, 'Tekst', '2024-03-06T09:30:00+01:00');
  commit(repo, { 'indicators.csv': indicatorsV2 }, 'Nyt mål for beskæftigelse', '2024-04-01T12:00:00+02:00');
  commit(repo, { 'measurements.csv': m3 }, 'Fjern fejlindtastning', '2024-05-02T08:00:00+02:00');
  return repo;
}

describe('git versions of a file', () => {
  const repo = fixtureRepo();
  const files = [join(repo, 'data/measurements.csv'), join(repo, 'data/indicators.csv')];
  const history = readGitHistory(files);

  it('lists each commit that changed the file, newest first, with message and date', () => {
    expect(history.available).toBe(true);
    if (!history.available) return;
    const m = history.versions[files[0]!]!;
    expect(m.map((v) => v.message)).toEqual(['Fjern fejlindtastning', 'Tal for 2022; 2021 revideret af DST', 'Første tal']);
    expect(m[0]!.content).toBe(m3);
    expect(m[0]!.parentContent).toBe(m2);
    expect(m[2]!.parentContent).toBe('');
    expect(m[1]!.date).toBe('2024-03-05T09:30:00+01:00');
    expect(history.versions[files[1]!]!.map((v) => v.message)).toEqual(['Nyt mål for beskæftigelse', 'Første tal']);
  });

  it('computes per indicator: added, revised old → new, removed, changed fields', () => {
    if (!history.available) throw new Error('expected history');
    const byId = indicatorHistory(history.versions[files[0]!]!, history.versions[files[1]!]!, columns);
    const besk = byId.get('besk')!;
    expect(besk.map((e) => e.message)).toEqual([
      'Fjern fejlindtastning',
      'Nyt mål for beskæftigelse',
      'Tal for 2022; 2021 revideret af DST',
      'Første tal',
    ]);
    const [removal, target, update, first] = besk;
    expect(removal!.removed).toEqual([{ period: '2022', breakdown: 'Mænd', value: '53' }]);
    expect(target!.fields).toEqual([{ field: 'target_value', old: '60', new: '65' }]);
    // 50,5 → 50,50 is the same number and a changed note is not a value change, but a change of its own.
    expect(update!.revised).toEqual([{ period: '2021', breakdown: '', old: '51', new: '52,25' }]);
    expect(update!.details).toEqual([{ detail: 'note', period: '2020', breakdown: '', old: '', new: 'ny note' }]);
    expect(update!.added.map((p) => p.breakdown)).toEqual(['Kvinder', 'Mænd']);
    expect(first!.indicator).toBe('added');
    expect(first!.added).toHaveLength(2);
    const bolig = byId.get('bolig')!;
    expect(bolig.map((e) => e.message)).toEqual(['Fjern fejlindtastning', 'Første tal']);
    expect(bolig[0]!.removed).toEqual([{ period: '2021', breakdown: '', value: '8' }]);
  });

  it('renders Danish dates, numbers and summaries', () => {
    if (!history.available) throw new Error('expected history');
    const byId = indicatorHistory(history.versions[files[0]!]!, history.versions[files[1]!]!, columns);
    const view = historyView(true, byId.get('besk'));
    if (!view.available) throw new Error('expected view');
    const update = view.items[2]!;
    expect(update.dateLabel).toBe('5. marts 2024');
    // The note is published with the value (a footnote), so its change is shown, counted apart from values.
    expect(update.summary).toBe('2 værdier tilføjet, 1 værdi rettet, 1 note ændret');
    expect(update.lines.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Rettet: 2021: 51 → 52,25',
      'Tilføjet: 2022, Kvinder: 49',
      'Tilføjet: 2022, Mænd: 53',
      'Note: 2020: – → ny note',
    ]);
    expect(update.anchor).toBe(`aendring-${byId.get('besk')![2]!.sha.slice(0, 12)}`);
    expect(view.items[1]!.summary).toBe('1 felt i beskrivelsen ændret');
    expect(view.items[3]!.summary).toBe('Indikatoren oprettet, 2 værdier tilføjet');
    // The commit that created the files says so in Danish; an editor's commit keeps its message.
    expect([view.items[3]!.message, view.items[3]!.note]).toEqual(['', 'Første udgave: tallene kom på sitet.']);
    expect(update.message).toBe('Tal for 2022; 2021 revideret af DST');
    expect(historyView(true, undefined)).toEqual({ available: true, items: [], empty: expect.stringContaining('ikke registreret') });
  });

  it("shows every change to the values but never a developer's words, decided by the files the commit touches", () => {
    const r = tempDir();
    git(r, ['init', '-q', '-b', 'main']);
    commit(
      r,
      { 'indicators.csv': indicatorsV1, 'measurements.csv': m1 },
      'Data pipeline: CSV schema, papaparse reader',
      '2024-01-01T00:00:00Z',
    );
    // A developer changes code and a figure in one commit, then adds an indicator with code.
    mkdirSync(join(r, 'src'), { recursive: true });
    writeFileSync(join(r, 'src', 'reader.ts'), 'export {};\n');
    commit(
      r,
      { 'measurements.csv': m1.replace('besk;2021;;51;', 'besk;2021;;51,5;') },
      'Refactor reader, fix fixture value',
      '2024-02-01T00:00:00Z',
    );
    writeFileSync(join(r, 'src', 'reader.ts'), 'export const x = 1;\n');
    commit(r, { 'indicators.csv': `${indicatorsV1}ny;tryghed;5\n` }, 'Add tryghed indicator + tests', '2024-03-01T00:00:00Z');
    // An editor's commit touches only data/.
    commit(
      r,
      { 'measurements.csv': m1.replace('besk;2021;;51;', 'besk;2021;;52;') },
      'Beskæftigelse 2021 revideret af Danmarks Statistik',
      '2024-04-01T00:00:00Z',
    );
    const h = readGitHistory([join(r, 'data/measurements.csv'), join(r, 'data/indicators.csv')]);
    if (!h.available) throw new Error('expected history');
    const byId = indicatorHistory(h.versions[join(r, 'data/measurements.csv')]!, h.versions[join(r, 'data/indicators.csv')]!, columns);
    expect(byId.get('besk')!.map((e) => e.files)).toEqual([
      ['data/measurements.csv'],
      ['data/measurements.csv', 'src/reader.ts'],
      ['data/indicators.csv', 'data/measurements.csv'],
    ]);
    const besk = historyView(true, byId.get('besk'));
    if (!besk.available) throw new Error('expected view');
    // The developer's value fix changed a published number: it is shown, in the site's words.
    expect(besk.items.map((i) => i.message || i.note)).toEqual([
      'Beskæftigelse 2021 revideret af Danmarks Statistik',
      'Ændret sammen med en opdatering af sitet.',
      'Første udgave: tallene kom på sitet.',
    ]);
    expect(besk.items[1]!.lines.map((l) => `${l.label}: ${l.text}`)).toEqual(['Rettet: 2021: 51 → 51,5']);
    const ny = historyView(true, byId.get('ny'));
    if (!ny.available) throw new Error('expected view');
    expect(ny.items.map((i) => [i.message, i.note, i.summary])).toEqual([['', 'Indikatoren kom på sitet.', 'Indikatoren oprettet']]);
    const shown = JSON.stringify([besk, ny]);
    for (const developerWords of ['Data pipeline', 'Refactor', 'Add tryghed']) expect(shown).not.toContain(developerWords);
  });

  it('follows a renamed file', () => {
    const r = tempDir();
    git(r, ['init', '-q', '-b', 'main']);
    commit(r, { 'maalinger.csv': m1 }, 'Gammelt navn', '2024-01-01T00:00:00Z');
    renameSync(join(r, 'data/maalinger.csv'), join(r, 'data/measurements.csv'));
    git(r, ['add', '-A']);
    git(r, ['commit', '-q', '-m', 'Omdøb'], '2024-01-02T00:00:00Z');
    commit(r, { 'measurements.csv': m2 }, 'Nye tal', '2024-01-03T00:00:00Z');
    const h = readGitHistory([join(r, 'data/measurements.csv')]);
    if (!h.available) throw new Error('expected history');
    // The pure rename changes no bytes and is left out; the history before it is kept.
    expect(Object.values(h.versions)[0]!.map((v) => v.message)).toEqual(['Nye tal', 'Gammelt navn']);
  });
});

describe('history unavailable', () => {
  it('outside a git checkout: unavailable, no throw', () => {
    const d = tempDir();
    mkdirSync(join(d, 'data'));
    writeFileSync(join(d, 'data/measurements.csv'), m1);
    expect(readGitHistory([join(d, 'data/measurements.csv')])).toEqual({ available: false, reason: 'not-a-repository' });
    expect(historyView(false, undefined)).toEqual({
      available: false,
      message: 'Historikken er ikke tilgængelig i denne udgave af sitet.',
    });
  });

  it('in a shallow clone: unavailable', () => {
    const repo = fixtureRepo();
    const clone = join(tempDir(), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(readGitHistory([join(clone, 'data/measurements.csv')])).toEqual({ available: false, reason: 'shallow' });
  });

  it('without a git binary: unavailable', () => {
    const d = tempDir();
    writeFileSync(join(d, 'x.csv'), m1);
    const path = process.env.PATH;
    process.env.PATH = d; // no git here
    try {
      expect(readGitHistory([join(d, 'x.csv')])).toEqual({ available: false, reason: 'no-git' });
    } finally {
      process.env.PATH = path;
    }
  });

  it('files no commit has touched (a generated corpus, a fresh repository): unavailable', () => {
    const fresh = tempDir();
    git(fresh, ['init', '-q', '-b', 'main']);
    writeFileSync(join(fresh, 'm.csv'), m1);
    expect(readGitHistory([join(fresh, 'm.csv')])).toEqual({ available: false, reason: 'untracked' });
    const r = tempDir();
    git(r, ['init', '-q', '-b', 'main']);
    commit(r, { 'other.csv': m1 }, 'Noget andet', '2024-01-01T00:00:00Z');
    writeFileSync(join(r, 'm.csv'), m1);
    expect(readGitHistory([join(r, 'm.csv')])).toEqual({ available: false, reason: 'untracked' });
    // One file with history is enough; a new, uncommitted file next to it simply has none yet.
    const h = readGitHistory([join(r, 'data/other.csv'), join(r, 'm.csv')]);
    expect(h.available && h.versions[join(r, 'm.csv')]).toEqual([]);
    expect(h.available && h.versions[join(r, 'data/other.csv')]!.length).toBe(1);
  });
});

describe('parsers', () => {
  it('reads Danish Excel CSV and plain CSV', () => {
    expect(readCsvRecords(`${BOM}a;b\r\n1,5;x\r\n\r\n`)).toEqual({ header: ['a', 'b'], rows: [{ a: '1,5', b: 'x' }] });
    expect(readCsvRecords('a,b\n"1,5",y\n')).toEqual({ header: ['a', 'b'], rows: [{ a: '1,5', b: 'y' }] });
  });

  it('compares numbers by value and text exactly', () => {
    expect(sameValue('50,5', '50.50')).toBe(true);
    expect(sameValue('50,5', '50,6')).toBe(false);
    expect(sameValue('abc', 'abd')).toBe(false);
    expect(formatCell('-1234.5')).toBe('\u22121234,5');
    expect(formatCell('70,0')).toBe('70,0');
    expect(formatCell('')).toBe('–');
  });

  it('parses git log records and cat-file batches', () => {
    const log =
      '\x1eabc\x1fp1 p2\x1f2024-01-01T00:00:00Z\x1fBesked\n\ndata/m.csv\n\x1edef\x1f\x1f2023-01-01T00:00:00Z\x1fFørste\n\ndata/old.csv\n';
    expect(parseLog(log)).toEqual([
      { sha: 'abc', parent: 'p1', date: '2024-01-01T00:00:00Z', message: 'Besked', path: 'data/m.csv' },
      { sha: 'def', parent: undefined, date: '2023-01-01T00:00:00Z', message: 'Første', path: 'data/old.csv' },
    ]);
    const body = Buffer.from('æø\n', 'utf8');
    const out = Buffer.concat([Buffer.from(`0000:- missing\n${'a'.repeat(40)} blob ${body.length}\n`), body, Buffer.from('\n')]);
    expect(parseBatch(out, 2)).toEqual([undefined, 'æø\n']);
  });
});

describe('whose commit it is', () => {
  it("is an editor's only when every file lies in an editors' folder", () => {
    expect(isEditorCommit(['data/measurements.csv'])).toBe(true);
    expect(isEditorCommit(['data/measurements.csv', 'content/letters/x.md', 'public/bilag/a.pdf'])).toBe(true);
    expect(isEditorCommit(['data/measurements.csv', 'src/lib/data/load.ts'])).toBe(false);
    expect(isEditorCommit(['data/measurements.csv', 'README.md'])).toBe(false);
    expect(isEditorCommit([])).toBe(false);
    expect(isEditorCommit(['korpus/data/measurements.csv'], ['korpus/data', 'korpus/content'])).toBe(true);
    expect(folderPrefix('./data/')).toBe('data/');
  });
});
