/**
 * Data safety on its own: formula cells (OWASP CSV injection) recognised and neutralised in every
 * CSV the site publishes, bytes read as UTF-8 before anything else, periods in the future, and
 * quoted values kept short.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../src/lib/data/formula.ts';
import { formulaCellErrors } from '../../src/lib/data/rules/formula-cells.ts';
import { safeCsvBytes } from '../../src/lib/open-data/safe-csv.ts';
import { indicatorCsv } from '../../src/lib/barometer/indicator-download.ts';
import { decodeUtf8File } from '../../src/lib/data/rules/encoding.ts';
import { periodStart } from '../../src/lib/data/rules/future-period.ts';
import { parsePeriod } from '../../src/lib/data/parse-period.ts';
import { formatError, shorten } from '../../src/lib/data/errors.ts';
import { isoDay } from '../../src/lib/format/iso-day.ts';
import { indicator, rows } from './status-fixtures.ts';

describe('formula cells', () => {
  // After a line break or a no-break space too: the site trims a cell before it shows and republishes it.
  it.each([
    '=1+1',
    "+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    ' =1',
    '＝1',
    '＋1',
    '－1',
    '＠x',
    '- se note',
    '\n=HYPERLINK(1)',
    '\r\n=1',
    '\u00a0=1+1',
    '\u3000=1+1',
    '\t x',
  ])('%j is a formula', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
  });
  it.each(['', 'Danmarks Statistik', '-2,5', '+3', '-12.5', '2014', 'Hele landet – kvinder', 'a=b', ' -2,5', '\n', 'Note\n=1'])(
    '%j is not',
    (cell) => {
      expect(looksLikeFormula(cell)).toBe(false);
    },
  );

  it('names the blank before the formula\u2019s character in the check\u2019s message', () => {
    const ref = (raw: string) => ({ file: 'data/measurements.csv', line: 4, cells: { note: { column: 6, raw } } });
    const [hidden] = formulaCellErrors(ref('\n=HYPERLINK("x")'), ['note']);
    expect(hidden && formatError(hidden)).toMatch(
      /^data\/measurements\.csv:4:6: teksten begynder med "=" efter et linjeskift eller usynligt mellemrum, så et regneark læser den som en formel \(fik "\\n=HYPERLINK/,
    );
    const [plain] = formulaCellErrors(ref(' =1'), ['note']);
    expect(plain && formatError(plain)).toMatch(/teksten begynder med "=", så et regneark/);
    expect(formulaCellErrors(ref('\u00a0@x'), ['note'])).toHaveLength(1);
  });

  it('publishes a checked CSV byte for byte, and neutralises formula cells in one that was not', () => {
    const clean = Buffer.from('\uFEFFindicator;note\r\na;Fald på -2 pct.\r\nb;-2,5\r\n', 'utf8');
    expect(safeCsvBytes(clean, ';')).toBe(clean);
    const hostile = Buffer.from(
      '\uFEFFindicator;note\r\na;"=HYPERLINK(""https://evil.example"";""x"")"\r\nb;@SUM(1)\r\nc;-2,5\r\n',
      'utf8',
    );
    const safe = safeCsvBytes(hostile, ';').toString('utf8');
    expect(safe.startsWith('\uFEFF')).toBe(true);
    expect(safe.endsWith('\r\n')).toBe(true);
    const cells = Papa.parse<string[]>(safe.slice(1), { delimiter: ';', skipEmptyLines: true }).data.flat();
    expect(cells.filter(looksLikeFormula)).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("https://evil.example";"x")');
    expect(cells).toContain('-2,5');
  });

  it('writes an indicator\u2019s download with formula notes escaped and numbers as numbers', () => {
    const barometer = {
      indicators: [indicator({ id: 'x' })],
      measurements: [...rows('x', '', [['2014', -2.5]]).map((m) => ({ ...m, note: '=HYPERLINK("https://evil.example")' }))],
    };
    const csv = indicatorCsv(barometer, 'x');
    const [, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(row?.[3]).toBe('-2,5');
    expect(row?.[5]).toBe('\'=HYPERLINK("https://evil.example")');
  });
});

describe('encoding', () => {
  const file = 'data/measurements.csv';
  it('reads UTF-8 with and without a byte-order mark (the mark is dropped)', () => {
    expect(decodeUtf8File(Buffer.from('\uFEFFa;ø\n', 'utf8'), file, 'csv')).toEqual({ text: 'a;ø\n' });
    expect(decodeUtf8File(Buffer.from('a;ø\n', 'utf8'), file, 'csv')).toEqual({ text: 'a;ø\n' });
  });
  it('names UTF-16 in either byte order, with or without a mark, and UTF-32', () => {
    const le = Buffer.from('a;b\r\nc;d\r\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le]) {
      expect(decodeUtf8File(bytes, file, 'csv').error?.message).toBe('filen er gemt som UTF-16, ikke UTF-8');
    }
    expect(decodeUtf8File(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), file, 'csv').error?.message).toBe(
      'filen er gemt som UTF-32, ikke UTF-8',
    );
  });
  it('points at the first broken letter of a Windows-1252 row', () => {
    const bytes = Buffer.concat([Buffer.from('a;b\nc;Målt\n', 'utf8'), Buffer.from('d;S\xf8nderbro\n', 'latin1')]);
    const error = decodeUtf8File(bytes, file, 'csv').error;
    expect(error && formatError(error)).toBe(
      'data/measurements.csv:3:4: linje 3 er gemt som Windows-1252/Latin-1, mens resten af filen er UTF-8 (fik "d;Sønderbro", forventede UTF-8: åbn filen i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«)',
    );
  });
});

describe('periods and days', () => {
  it('gives each kind of period its first day', () => {
    expect(['2014', '2014K1', '2014K3', '2014-03', '2014-12'].map((p) => periodStart(parsePeriod(p) ?? { label: '', time: 0 }))).toEqual([
      '2014-01-01',
      '2014-01-01',
      '2014-07-01',
      '2014-03-01',
      '2014-12-01',
    ]);
  });
  it('counts days in Copenhagen time', () => {
    expect(isoDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('quoted values', () => {
  it('are cut to about 80 characters, whole characters only', () => {
    expect(shorten('ø'.repeat(79))).toBe('ø'.repeat(79));
    expect(shorten('ø'.repeat(200))).toBe(`${'ø'.repeat(79)}…`);
    expect(formatError({ file: 'f', line: 1, column: 1, message: 'm', got: 'a\tb\nc' })).toBe('f:1:1: m (fik "a\\tb\\nc")');
  });
});
