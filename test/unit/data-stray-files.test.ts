/**
 * Files in the data folder the site does not read are named, as in content/: a browser's or
 * Excel's copy (»measurements (1).csv«), an old copy in a sub-folder, notes, a misspelt or
 * capitalised name. The five data files, git's and the OS's own files and a spreadsheet's lock
 * file while the file is open are not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/data/errors.ts';
import { strayDataFileErrors } from '../../scripts/lib/check/rules/stray-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'ib-data-stray-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILES = 'indicators.csv, measurements.csv, editions.csv, goals.csv eller spending.csv';

describe('stray files in the data folder', () => {
  const names = [
    'indicators.csv',
    'measurements.csv',
    'editions.csv',
    'goals.csv',
    'spending.csv',
    '.gitkeep',
    '.DS_Store',
    '.~lock.measurements.csv#',
    '~$goals.csv',
    'measurements (1).csv',
    'Kopi af goals.csv',
    'notes.txt',
    'Spending.csv',
    'indikators.csv',
  ];
  mkdirSync(join(dir, 'old'));
  for (const n of [...names, 'old/editions.csv']) writeFileSync(join(dir, n), 'x');
  const at = (name: string) => `${join(dir, name)}:1:1:`;

  it('names each file the site does not read, what it looks like, and the files it reads', () => {
    expect(strayDataFileErrors(dir).map(formatError)).toEqual([
      `${at('Kopi af goals.csv')} filen bliver ikke læst: den ligner en kopi af goals.csv, og sitet læser kun goals.csv (fik "Kopi af goals.csv", forventede rettelserne skrevet i goals.csv og kopien slettet)`,
      `${at('Spending.csv')} filen bliver ikke læst: navnet skal skrives med små bogstaver (fik "Spending.csv", forventede "spending.csv")`,
      `${at('indikators.csv')} filen bliver ikke læst – mente du "indicators.csv"? (fik "indikators.csv", forventede en af filerne ${FILES})`,
      `${at('measurements (1).csv')} filen bliver ikke læst: den ligner en kopi af measurements.csv, og sitet læser kun measurements.csv (fik "measurements (1).csv", forventede rettelserne skrevet i measurements.csv og kopien slettet)`,
      `${at('notes.txt')} filen bliver ikke læst: sitet læser kun sine faste datafiler (fik "notes.txt", forventede en af filerne ${FILES})`,
      `${at('old/editions.csv')} filen ligger i en undermappe af datamappen og bliver ikke læst (fik "old/editions.csv", forventede en af filerne ${FILES} direkte i datamappen)`,
    ]);
  });

  it('reports only the files asked about (the pre-commit hook), and nothing for a folder that is not there', () => {
    expect(strayDataFileErrors(dir, [join(dir, 'notes.txt'), join(dir, 'goals.csv')]).map((e) => e.got)).toEqual(['notes.txt']);
    expect(strayDataFileErrors(join(dir, 'findes-ikke'))).toEqual([]);
  });

  it('the repository’s own data folder has none', () => {
    expect(strayDataFileErrors('data')).toEqual([]);
  });
});
