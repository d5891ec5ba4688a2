/**
 * A data file is read only when it is a regular file of a sensible size (src/loaders/data-file.ts):
 * a symbolic link – to a secret, to the process's environment, or to a good CSV elsewhere – a folder
 * or a special file with a data file's name, and a file over the size limit are refused with a
 * message by every reader the check and the build use, before a byte of the target is read. The
 * message never quotes what the link points to, only where.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_TABLES, EDITIONS_TABLE, MEASUREMENTS_TABLE, SPENDING_TABLE } from '../../src/lib/data/csv-schema.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { dataFileKindError, SYMLINK_MESSAGE } from '../../src/lib/data/rules/file-kind.ts';
import { dataFileSizeError, MAX_DATA_FILE_BYTES } from '../../src/lib/data/rules/file-size.ts';
import { loadBarometer, readIndicatorIds } from '../../src/loaders/barometer.ts';
import { dataFilePresent, readDataFile } from '../../src/loaders/data-file.ts';
import { loadDataset, loadDatasets } from '../../src/loaders/datasets.ts';
import { loadEditionsFile } from '../../src/loaders/editions.ts';
import { loadGoals } from '../../src/loaders/goals.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';

const root = mkdtempSync(join(tmpdir(), 'data-file-kind-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const today = new Date('2026-12-01T12:00:00Z');
const CANARY = 'CANARY_SECRET=hemmelig-noegle-42';

/** A copy of data/ where `change` replaces some files; a secret file lies beside it. */
function dataDir(name: string, change: (dir: string, secret: string) => void): string {
  const dir = join(root, name, 'data');
  cpSync('data', dir, { recursive: true });
  const secret = join(root, name, 'secret.txt');
  writeFileSync(secret, `${CANARY}\nPATH=/usr/bin\n`);
  change(dir, secret);
  return dir;
}

function replaceWithLink(dir: string, file: string, target: string): void {
  rmSync(join(dir, file));
  symlinkSync(target, join(dir, file));
}

/** Every error the data check's readers give for the folder, as printed. */
function allErrors(dir: string): string[] {
  const data = loadBarometer(dir, { today });
  const editions = loadEditionsFile(dir, today);
  const goals = loadGoals(dir, {
    indicatorsFile: 'data/indicators.csv',
    indicatorIds: readIndicatorIds(dir),
    indicators: data.barometer.indicators,
    letters: diskLetterLookup('content'),
    today,
  });
  return [...data.errors, ...editions.errors, ...goals.errors].map(formatError);
}

describe('a data file that is not a regular file', () => {
  it.each(CSV_TABLES.map((t) => t.file))('%s as a link to a secret: refused by name, the secret never read', (file) => {
    const dir = dataDir(`link-${file}`, (d, secret) => replaceWithLink(d, file, secret));
    const errors = allErrors(dir);
    expect(errors).toContain(
      `${dir}/${file}:1:1: ${SYMLINK_MESSAGE} (fik "${join(root, `link-${file}`, 'secret.txt')}", forventede selve CSV-filen i datamappen, ikke en henvisning)`,
    );
    expect(errors.join('\n')).not.toContain('hemmelig');
    expect(errors.join('\n')).not.toContain('PATH=');
    // The build's readers: the published dataset is never the target.
    const spec = CSV_TABLES.find((t) => t.file === file)!;
    expect(() => loadDataset(spec, dir)).toThrow(SYMLINK_MESSAGE);
    expect(() => loadDatasets(dir)).toThrow(SYMLINK_MESSAGE);
  });

  it("a link to the process's environment, and to a good CSV elsewhere, are refused alike", () => {
    const dir = dataDir('environ', (d) => {
      replaceWithLink(d, EDITIONS_TABLE.file, '/proc/self/environ');
      const good = join(root, 'environ', 'measurements-elsewhere.csv');
      cpSync('data/measurements.csv', good);
      replaceWithLink(d, MEASUREMENTS_TABLE.file, good);
    });
    const errors = allErrors(dir);
    expect(errors.filter((e) => e.includes(SYMLINK_MESSAGE))).toHaveLength(2);
    expect(errors.join('\n')).not.toMatch(/PATH=|HOME=|ukendt kolonne/);
    expect(readIndicatorIds(dir).size).toBeGreaterThan(0);
  });

  it('a link that leads nowhere is refused too, not taken for a missing optional file', () => {
    const dir = dataDir('dangling', (d) => replaceWithLink(d, SPENDING_TABLE.file, '/findes/ikke.csv'));
    expect(dataFilePresent(join(dir, SPENDING_TABLE.file))).toBe(true);
    expect(allErrors(dir)).toEqual([
      `${dir}/spending.csv:1:1: ${SYMLINK_MESSAGE} (fik "/findes/ikke.csv", forventede selve CSV-filen i datamappen, ikke en henvisning)`,
    ]);
  });

  it('indicators.csv as a link gives the content check no ids from the target', () => {
    const dir = dataDir('ids', (d, secret) => {
      writeFileSync(secret, 'id;area\nhemmelig-id;bolig\n');
      replaceWithLink(d, 'indicators.csv', secret);
    });
    expect(readIndicatorIds(dir)).toEqual(new Set());
  });

  it("a folder with a data file's name is refused with a message, not a crash (EISDIR)", () => {
    const dir = dataDir('folder', (d) => {
      rmSync(join(d, EDITIONS_TABLE.file));
      mkdirSync(join(d, EDITIONS_TABLE.file));
    });
    expect(allErrors(dir)).toEqual([
      `${dir}/editions.csv:1:1: editions.csv er en mappe, ikke en almindelig fil, så den kan ikke læses som en tabel (fik "editions.csv", forventede en almindelig CSV-fil med det navn i datamappen)`,
    ]);
    expect(() => loadDatasets(dir)).toThrow('er en mappe');
  });

  it('a special file (a named pipe, a device) is refused before it is opened: reading a pipe would wait for ever', () => {
    expect(formatError(dataFileKindError('data/goals.csv', 'other')!)).toBe(
      'data/goals.csv:1:1: goals.csv er en særlig fil (fx en navngiven pipe eller en enhed), ikke en almindelig fil, så den kan ikke læses som en tabel (fik "goals.csv", forventede en almindelig CSV-fil med det navn i datamappen)',
    );
    // /dev/null is a character device: lstat says so, and nothing is read.
    const read = readDataFile('/dev/null', 'data/goals.csv');
    expect(read.state).toBe('refused');
    expect(dataFileKindError('data/goals.csv', 'file')).toBeUndefined();
  });

  it('a missing optional file is still simply missing', () => {
    const dir = dataDir('missing', (d) => rmSync(join(d, EDITIONS_TABLE.file)));
    expect(readDataFile(join(dir, EDITIONS_TABLE.file), 'data/editions.csv')).toEqual({ state: 'missing' });
    expect(allErrors(dir)).toEqual([]);
  });

  it('the data folder itself may be a link (a corpus elsewhere): only its files are judged', () => {
    const real = dataDir('linked-folder', () => undefined);
    const link = join(root, 'linked-folder', 'via-link');
    symlinkSync(real, link);
    expect(allErrors(link)).toEqual([]);
    expect(loadDatasets(link).map((d) => d.spec.file)).toEqual(CSV_TABLES.map((t) => t.file));
  });
});

describe('a data file over the size limit', () => {
  it('is refused by its size, without being read, by the check and the build', () => {
    const dir = dataDir('large', (d) => {
      const text = readFileSync(join(d, 'editions.csv'), 'utf8');
      writeFileSync(join(d, 'editions.csv'), text + 'x'.repeat(MAX_DATA_FILE_BYTES));
    });
    const size = readFileSync(join(dir, 'editions.csv')).length.toLocaleString('da-DK');
    expect(allErrors(dir)).toEqual([
      `${dir}/editions.csv:1:1: filen er for stor: sitet udgiver tabellen i flere formater, så en så stor fil ville gøre byggeriet langsomt og downloads og sider tunge (fik "10 MB (${size} byte)", forventede højst 10 MB (10.000.000 byte) – se efter en celle med en hel indsat tekst eller et helt regneark, og gem filen igen)`,
    ]);
    expect(() => loadDatasets(dir)).toThrow('filen er for stor');
  });

  it('names the size and the limit; the real files are far below it', () => {
    expect(dataFileSizeError('data/measurements.csv', MAX_DATA_FILE_BYTES)).toBeUndefined();
    expect(formatError(dataFileSizeError('data/measurements.csv', 52_428_800)!)).toContain(
      '(fik "52,4 MB (52.428.800 byte)", forventede højst 10 MB',
    );
    for (const t of CSV_TABLES) expect(readFileSync(join('data', t.file)).length).toBeLessThan(MAX_DATA_FILE_BYTES / 20);
  });
});
