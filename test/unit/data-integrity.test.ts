/**
 * What an editor wrote is what the site publishes, or the check says why not: the main series is
 * Copenhagen's or the whole country's as main_label says (never Aarhus' under Copenhagen's name), one
 * odd municipality code is blamed on its own row, one breakdown is spelt one way, numbers have no
 * more digits than the site keeps, text in decomposed Unicode is the same word, and 2017K1 beside
 * 2017 is one period-kind error, not also a repeated row. Built on the six-area valid fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/lib/data/validate.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const DIR = 'test/fixtures/data/valid-danish-excel';
const INDICATORS = readFileSync(`${DIR}/indicators.csv`, 'utf8');
const MEASUREMENTS = readFileSync(`${DIR}/measurements.csv`, 'utf8');
const today = new Date('2026-12-01');
const IND = 'data/indicators.csv';
const MEA = 'data/measurements.csv';

/**
 * The valid fixture's measurements with a geo column: `geo` maps a line number to its code. Lines 4–5
 * are a-beskaeftigelse's »Hele landet« series (000); 2–3 its main series, 8–9 c-tryghed's.
 */
function withGeo(geo: Record<number, string>, extra: string[] = []): string {
  const lines = MEASUREMENTS.replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  const codes: Record<number, string> = { 4: '000', 5: '000', ...geo };
  return [...lines.map((l, i) => `${l};${i === 0 ? 'geo' : (codes[i + 1] ?? '')}`), ...extra].join('\n');
}

/** c-tryghed's main_label (empty in the fixture) set. */
const label = (text: string) =>
  INDICATORS.replace('Definition af c-tryghed;pct;højere;ja;;', `Definition af c-tryghed;pct;højere;ja;${text};`);

function run(measurements: string, indicators = INDICATORS) {
  return validateData({ file: IND, text: indicators }, { file: MEA, text: measurements }, { today });
}
const check = (measurements: string, indicators = INDICATORS) => run(measurements, indicators).errors.map(formatError);

describe('the main series is Copenhagen’s, or the whole country’s as main_label says', () => {
  const AARHUS =
    'hovedserien (tom breakdown) er Københavns tal, men rækken har kommunekoden 751 (Aarhus) (fik "751", forventede "101", eller "000" når indikatorens main_label er "Hele landet"; tal for Aarhus skrives med breakdown "Aarhus")';

  it('refuses Aarhus’ code on every main-series row that carries it', () => {
    expect(check(withGeo({ 2: '751', 3: '751' }))).toEqual([`${MEA}:2:7: ${AARHUS}`, `${MEA}:3:7: ${AARHUS}`]);
  });

  it('blames only the Aarhus row in a Copenhagen series, once', () => {
    expect(check(withGeo({ 2: '101', 3: '751' }))).toEqual([`${MEA}:3:7: ${AARHUS}`]);
  });

  it('refuses a national main series under a Copenhagen label, and a Copenhagen one under »Hele landet«', () => {
    expect(check(withGeo({ 8: '000', 9: '000' }), label('København'))).toEqual([
      `${IND}:4:8: hovedserien har tal for hele landet (kommunekode 000, fx ${MEA}:8), men main_label siger "København" (fik "København", forventede "Hele landet", eller kommunekoden 101 i hovedserien, hvis tallene er Københavns)`,
    ]);
    expect(check(withGeo({ 8: '000', 9: '000' }))).toEqual([
      `${IND}:4:8: hovedserien har tal for hele landet (kommunekode 000, fx ${MEA}:8), men main_label er tom (vises som "I alt") (fik "", forventede "Hele landet", eller kommunekoden 101 i hovedserien, hvis tallene er Københavns)`,
    ]);
    expect(check(withGeo({ 8: '101', 9: '101' }), label('Hele landet'))).toEqual([
      `${IND}:4:8: hovedserien har Københavns tal (kommunekode 101, fx ${MEA}:8), men main_label siger "Hele landet" (fik "Hele landet", forventede "København", eller kommunekoden 000 i hovedserien, hvis tallene gælder hele landet)`,
    ]);
  });

  it('accepts Copenhagen’s code, the whole country’s with »Hele landet«, and no code at all', () => {
    expect(check(withGeo({ 2: '101', 3: '101', 8: '101', 9: '101' }))).toEqual([]);
    expect(check(withGeo({ 8: '000', 9: '000' }), label('Hele landet'))).toEqual([]);
    expect(check(withGeo({}))).toEqual([]);
  });
});

describe('one odd municipality code is blamed on its own row', () => {
  const more = ['c-tryghed;2016;;72;Danmarks Statistik;;101', 'c-tryghed;2017;;73;Danmarks Statistik;;101'];

  it('names the one row that differs, not the three that agree', () => {
    expect(check(withGeo({ 8: '000', 9: '101' }, more))).toEqual([
      `${MEA}:8:7: hovedserien (tom breakdown) har en anden kommunekode end resten af serien (fik "000", forventede "101" som på 3 af seriens 4 rækker (fx linje 9))`,
    ]);
    expect(check(withGeo({ 8: '101', 9: '' }, more))).toEqual([
      `${MEA}:9:7: hovedserien (tom breakdown) har en anden kommunekode end resten af serien (fik "", forventede "101" som på 3 af seriens 4 rækker (fx linje 8))`,
    ]);
  });

  it('on a tie, the earliest row counts', () => {
    expect(check(withGeo({ 8: '101', 9: '000' }))).toEqual([
      `${MEA}:9:7: hovedserien (tom breakdown) har en anden kommunekode end seriens første række (fik "000", forventede "101" som på linje 8)`,
    ]);
  });
});

describe('one breakdown, one spelling', () => {
  it('names each row spelt with other capitals, and a line that has the spelling most rows use', () => {
    const rows = [
      'c-tryghed;2014;Kvinder;60;Danmarks Statistik;',
      'c-tryghed;2015;Kvinder;61;Danmarks Statistik;',
      'c-tryghed;2016;kvinder;62;Danmarks Statistik;',
    ];
    expect(check(`${MEASUREMENTS.trimEnd()}\n${rows.join('\n')}`)).toEqual([
      `${MEA}:18:3: opdelingen er skrevet med andre store og små bogstaver end "Kvinder" på linje 16, så den ville blive en serie for sig (fik "kvinder", forventede "Kvinder" som på linje 16)`,
    ]);
  });
});

describe('numbers keep what the editor wrote', () => {
  const value = (v: string) => MEASUREMENTS.replace('c-tryghed;2015;;71;', `c-tryghed;2015;;${v};`);

  it('refuses more digits than a double keeps', () => {
    expect(check(value('55,123456789012345678'))).toEqual([
      `${MEA}:9:4: tallet har 20 cifre, men sitet regner kun præcist med 15: siderne og downloads ville vise et andet tal (fik "55,123456789012345678", forventede højst 15 cifre (nuller forrest tæller ikke); rund tallet af)`,
    ]);
    expect(check(value('99999999999999999999999'))).toHaveLength(1);
  });

  it('refuses a number so small that it would be written in exponent form', () => {
    expect(check(value('0,0000001'))).toEqual([
      `${MEA}:9:4: tallet er så lille, at downloads ville skrive det som 1e-7 (fik "0,0000001", forventede 0 eller et tal på mindst 0,000001)`,
    ]);
  });

  it('accepts 15 digits, leading zeros and trailing decimal zeros, and reads them exactly', () => {
    for (const [written, read] of [
      ['55,1234567890123', 55.1234567890123],
      ['0,000001', 0.000001],
      ['71,500000000000000000', 71.5],
    ] as const) {
      const r = run(value(written));
      expect(r.errors).toEqual([]);
      expect(r.barometer.measurements.find((m) => m.indicator === 'c-tryghed' && m.period.label === '2015')?.value).toBe(read);
    }
  });
});

describe('decomposed Unicode (NFD) is the same text as composed (NFC)', () => {
  const nfd = (s: string) => s.normalize('NFD');

  it('reads an NFD breakdown as the NFC one: one series, no case or duplicate errors, published composed', () => {
    const rows = ['c-tryghed;2014;Ældre på landet;60;Danmarks Statistik;', nfd('c-tryghed;2015;Ældre på landet;61;Danmarks Statistik;')];
    expect(rows[1]).not.toBe(rows[1]?.normalize('NFC'));
    const r = run(`${MEASUREMENTS.trimEnd()}\n${rows.join('\n')}`);
    expect(r.errors).toEqual([]);
    const breakdowns = r.barometer.measurements.filter((m) => m.indicator === 'c-tryghed' && m.breakdown !== '').map((m) => m.breakdown);
    expect(breakdowns).toEqual(['Ældre på landet', 'Ældre på landet']);
    expect(breakdowns.every((b) => b === b.normalize('NFC'))).toBe(true);
  });

  it('accepts an NFD value of a fixed list and publishes the composed text', () => {
    const r = run(MEASUREMENTS, nfd(INDICATORS.replace('Titel c-tryghed', 'Tryghed på gaden')));
    expect(r.errors).toEqual([]);
    expect(r.barometer.indicators.find((i) => i.id === 'c-tryghed')?.title).toBe('Tryghed på gaden'.normalize('NFC'));
  });
});

describe('a period of another kind at the same time is one error', () => {
  it('2014K1 beside 2014 is the period-kind error alone, not also »rækken gentager«', () => {
    expect(check(`${MEASUREMENTS.trimEnd()}\nc-tryghed;2014K1;;70;Danmarks Statistik;`)).toEqual([
      `${MEA}:16:2: perioden har en anden form end indikatorens første måling på linje 8 (fik "2014K1", forventede et år som 2014)`,
    ]);
  });
});
