/**
 * The columns that carry whom a series covers (coverage), which municipality a series belongs to
 * (geo), each value's flag and where it was read (source_url): one fixture per concern under
 * test/fixtures/data/, each pinning the exact editor message with file:line:column.
 */
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const dir = (rule: string): string => `test/fixtures/data/${rule}`;
const messages = (rule: string): string[] => loadBarometer(dir(rule)).errors.map(formatError);
const CODES = '"101" (København), "751" (Aarhus), "461" (Odense), "851" (Aalborg), "147" (Frederiksberg) eller "000" (Hele landet)';
const FLAGS = '"foreløbig", "revideret", "brud i serien" eller "skønnet"';
const COVERAGE =
  '"alle københavnere", "indvandrere med ikke-vestlig oprindelse", "indvandrere og efterkommere med ikke-vestlig oprindelse", "indvandrere og efterkommere (kildens afgrænsning)", "indvandrere", "indvandrere, der kom til Danmark i alderen 0–12 år" eller "kursister under integrationsloven"';

const cases: [string, string[]][] = [
  [
    'flags',
    [
      `${dir('flags')}/measurements.csv:3:7: ukendt markering – mente du "foreløbig"? (fik "Foreløbig", forventede ${FLAGS})`,
      `${dir('flags')}/measurements.csv:7:6: værdien er markeret "skønnet", men har ingen note (fik "", forventede en note, der siger, hvordan tallet er beregnet eller udledt, eller hvilke kilder der er uenige)`,
      `${dir('flags')}/measurements.csv:9:7: ukendt markering (fik "brud", forventede ${FLAGS})`,
      `${dir('flags')}/measurements.csv:11:6: værdien er markeret "brud i serien", men har ingen note (fik "", forventede en note, der siger, hvad der er ændret i opgørelsen)`,
    ],
  ],
  [
    'geo',
    [
      `${dir('geo')}/measurements.csv:3:7: hovedserien (tom breakdown) er Københavns tal, men rækken har kommunekoden 147 (Frederiksberg) (fik "147", forventede "101", eller "000" når indikatorens main_label er "Hele landet"; tal for Frederiksberg skrives med breakdown "Frederiksberg")`,
      `${dir('geo')}/measurements.csv:3:8: ugyldig adresse (fik "www.statistikbanken.dk/RAS200", forventede en fuld adresse, der begynder med https://)`,
      `${dir('geo')}/measurements.csv:4:7: ukendt kommunekode – koden har tre cifre; Excel fjerner foranstillede nuller, så skriv "000" (fik "0", forventede ${CODES})`,
      `${dir('geo')}/measurements.csv:6:3: opdelingen passer ikke til kommunekoden 751 (Aarhus) (fik "Århus", forventede "Aarhus", eller en anden kommunekode)`,
      `${dir('geo')}/measurements.csv:8:7: serien "Odense" er en kommune, men rækken har ingen kommunekode (fik "", forventede "461")`,
      `${dir('geo')}/measurements.csv:9:7: serien "Aalborg" er en kommune, men rækken har ingen kommunekode (fik "", forventede "851")`,
      `${dir('geo')}/measurements.csv:10:7: kommunekoden 101 bruges allerede af hovedserien (linje 2) (fik "101", forventede én serie pr. kommune i hver indikator)`,
      `${dir('geo')}/measurements.csv:14:7: ukendt kommunekode – mente du "101"? (fik "102", forventede ${CODES})`,
    ],
  ],
  [
    'coverage',
    [
      `${dir('coverage')}/indicators.csv:3:18: den påkrævede celle "coverage" er tom (fik "", forventede en værdi, fx alle københavnere)`,
      `${dir('coverage')}/indicators.csv:4:18: ukendt målgruppe – mente du "alle københavnere"? (fik "alle Københavnere", forventede ${COVERAGE})`,
      `${dir('coverage')}/indicators.csv:5:18: ukendt målgruppe (fik "indvandrere i alt", forventede ${COVERAGE})`,
    ],
  ],
];

describe('data validation: coverage, municipalities, flags and per-value sources', () => {
  it.each(cases)('%s: pins every message with file:line:column', (rule, expected) => {
    expect(messages(rule)).toEqual(expected);
  });

  it('reads what the columns say into the model', () => {
    const flags = loadBarometer(dir('flags')).barometer.measurements;
    const f = (id: string, period: string, breakdown = '') =>
      flags.find((m) => m.indicator === id && m.period.label === period && m.breakdown === breakdown);
    expect(f('a-beskaeftigelse', '2015', 'Hele landet')).toMatchObject({ flag: 'brud i serien', note: 'Ny opgørelse fra 2015.' });
    expect(f('f-kultur', '2015')?.flag).toBe('revideret');
    expect(f('f-kultur', '2014')?.flag).toBeUndefined();
    const geo = loadBarometer(dir('geo')).barometer.measurements;
    expect(geo.find((m) => m.indicator === 'a-beskaeftigelse' && m.period.label === '2014' && m.breakdown === '')).toMatchObject({
      geo: '101',
      sourceUrl: 'https://www.statistikbanken.dk/RAS200',
    });
    const cov = loadBarometer(dir('coverage')).barometer.indicators;
    expect(cov.find((i) => i.id === 'a-beskaeftigelse')?.coverage).toBe('indvandrere med ikke-vestlig oprindelse');
    expect(cov.find((i) => i.id === 'f-kultur')?.baselineNote).toBe('Basisåret er valgt som eksempel.');
  });

  it('accepts files without the newer columns (written before they existed)', () => {
    expect(messages('valid-danish-excel')).toEqual([]);
    expect(loadBarometer(dir('valid-danish-excel')).barometer.indicators.every((i) => i.coverage === undefined)).toBe(true);
  });
});
