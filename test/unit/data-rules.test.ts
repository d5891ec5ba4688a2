/**
 * One fixture per data rule under test/fixtures/data/<rule>/, each pinning the exact editor message
 * with file:line:column. Fixtures are the six-area base dataset with one kind of mistake each.
 */
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const dir = (rule: string): string => `test/fixtures/data/${rule}`;
const messages = (rule: string): string[] => loadBarometer(dir(rule)).errors.map(formatError);
const ONE_OF_AREAS = '"beskaeftigelse", "bolig", "tryghed", "uddannelse", "sundhed-og-omsorg" eller "kultur-og-fritid"';
const IND_COLUMNS =
  'id;area;title;definition;unit;direction;main;main_label;baseline_period;baseline_value;target_period;target_value;tolerance;source;source_url;method;illustrative;coverage;baseline_note;next_update;unit_noun';
const PERIOD = 'et år som 2014, et kvartal som 2014K1 eller en måned som 2014-03';

const cases: [string, string[]][] = [
  [
    'headers',
    [
      `${dir('headers')}/indicators.csv:1:1: kolonnen "tolerance" mangler i overskriftsrækken (forventede ${IND_COLUMNS})`,
      `${dir('headers')}/indicators.csv:1:13: ukendt kolonne – mente du "tolerance"? (fik "tolerence", forventede en af kolonnerne ${IND_COLUMNS})`,
      `${dir('headers')}/measurements.csv:1:7: ukendt kolonne (fik "extra", forventede en af kolonnerne indicator;period;breakdown;value;source;note;geo;flag;source_url)`,
    ],
  ],
  ['empty-file', [`${dir('empty-file')}/indicators.csv:1:1: filen er tom (forventede en overskriftsrække: ${IND_COLUMNS})`]],
  [
    'missing-files',
    [
      `${dir('missing-files')}/indicators.csv:1:1: filen findes ikke (forventede en fil indicators.csv i datamappen ${dir('missing-files')})`,
      `${dir('missing-files')}/measurements.csv:1:1: filen findes ikke (forventede en fil measurements.csv i datamappen ${dir('missing-files')})`,
    ],
  ],
  [
    'row-length',
    [
      `${dir('row-length')}/measurements.csv:4:4: rækken har 4 celler, men overskriften har 6 (fik "a-beskaeftigelse;2014;Hele landet;55", forventede 6 celler adskilt af ";")`,
    ],
  ],
  [
    'unclosed-quote',
    [
      `${dir('unclosed-quote')}/measurements.csv:5:6: et citationstegn (") er ikke lukket i rækken (fik "åben citation", forventede et afsluttende " efter cellens tekst)`,
    ],
  ],
  [
    'required-cells',
    [
      `${dir('required-cells')}/indicators.csv:4:3: den påkrævede celle "title" er tom (fik "", forventede en værdi, fx Beskæftigelsesfrekvens for 16–64-årige)`,
      `${dir('required-cells')}/measurements.csv:8:4: den påkrævede celle "value" er tom (fik "", forventede en værdi, fx 70,0)`,
    ],
  ],
  [
    'numbers',
    [
      `${dir('numbers')}/indicators.csv:4:13: værdien er ikke et tal (fik "1 000", forventede et tal, fx 12,5)`,
      `${dir('numbers')}/measurements.csv:3:4: værdien er ikke et tal (fik "12,3,4", forventede et tal, fx 12,5)`,
      `${dir('numbers')}/measurements.csv:9:4: værdien er ikke et tal (fik "abc", forventede et tal, fx 12,5)`,
      `${dir('numbers')}/measurements.csv:11:4: værdien er ikke et tal: filen er adskilt med semikolon, så decimaltegnet skal være komma (fik "41.5", forventede et tal, fx 12,5)`,
    ],
  ],
  [
    'numbers-comma-file',
    [
      `${dir('numbers-comma-file')}/measurements.csv:11:4: værdien er ikke et tal: filen er adskilt med komma, så decimaltegnet skal være punktum (fik "41,5", forventede et tal, fx 12.5)`,
    ],
  ],
  [
    'periods',
    [
      `${dir('periods')}/indicators.csv:4:9: perioden kan ikke læses (fik "basisår", forventede ${PERIOD})`,
      `${dir('periods')}/measurements.csv:9:2: perioden kan ikke læses (fik "2015/16", forventede ${PERIOD})`,
      `${dir('periods')}/measurements.csv:11:2: perioden kan ikke læses (fik "2015K5", forventede ${PERIOD})`,
    ],
  ],
  [
    'period-kinds',
    [
      `${dir('period-kinds')}/measurements.csv:9:2: perioden har en anden form end indikatorens første måling på linje 8 (fik "2015K1", forventede et år som 2014)`,
      `${dir('period-kinds')}/measurements.csv:16:2: perioden har en anden form end indikatorens første måling på linje 10 (fik "2016-03", forventede et år som 2014)`,
    ],
  ],
  [
    'unknown-indicator',
    [
      `${dir('unknown-indicator')}/measurements.csv:5:1: ukendt indikator – mente du "a-beskaeftigelse"? (fik "a-beskaftigelse", forventede et id fra ${dir('unknown-indicator')}/indicators.csv)`,
      `${dir('unknown-indicator')}/measurements.csv:16:1: ukendt indikator (fik "zzz-ukendt", forventede et id fra ${dir('unknown-indicator')}/indicators.csv)`,
    ],
  ],
  [
    'allowed-values',
    [
      `${dir('allowed-values')}/indicators.csv:4:2: ukendt område – mente du "tryghed"? (fik "tryhed", forventede ${ONE_OF_AREAS})`,
      `${dir('allowed-values')}/indicators.csv:5:5: ukendt enhed (fik "procent", forventede "pct", "procentpoint", "antal", "indeks" eller "pr-1000-indbyggere")`,
      `${dir('allowed-values')}/indicators.csv:5:17: skal være ja eller nej (fik "måske", forventede "ja" eller "nej")`,
      `${dir('allowed-values')}/indicators.csv:6:6: ukendt retning (fik "op", forventede "højere" eller "lavere")`,
      `${dir('allowed-values')}/indicators.csv:7:7: skal være ja eller nej – mente du "nej"? (fik "yes", forventede "ja" eller "nej")`,
    ],
  ],
  [
    'id-format',
    [
      `${dir('id-format')}/indicators.csv:4:1: ugyldigt id (fik "Tryghed 1", forventede små bogstaver a-z, tal og bindestreger uden æ, ø, å og mellemrum, fx beskaeftigelsesfrekvens-16-64)`,
      `${dir('id-format')}/measurements.csv:8:1: ugyldigt id (fik "Tryghed 1", forventede små bogstaver a-z, tal og bindestreger uden æ, ø, å og mellemrum, fx beskaeftigelsesfrekvens-16-64)`,
      `${dir('id-format')}/measurements.csv:9:1: ugyldigt id (fik "Tryghed 1", forventede små bogstaver a-z, tal og bindestreger uden æ, ø, å og mellemrum, fx beskaeftigelsesfrekvens-16-64)`,
    ],
  ],
  ['url', [`${dir('url')}/indicators.csv:2:15: ugyldig adresse (fik "www.dst.dk", forventede en fuld adresse, der begynder med https://)`]],
  [
    'duplicate-rows',
    [
      `${dir('duplicate-rows')}/indicators.csv:8:1: indikatoren findes allerede på linje 4 (fik "c-tryghed", forventede et id, der kun bruges én gang)`,
      `${dir('duplicate-rows')}/measurements.csv:16:1: rækken gentager linje 9: samme indikator, periode og opdeling (fik "c-tryghed;2015;", forventede én række pr. indikator × periode × opdeling)`,
      `${dir('duplicate-rows')}/measurements.csv:17:1: rækken gentager linje 4: samme indikator, periode og opdeling (fik "a-beskaeftigelse;2014;Hele landet", forventede én række pr. indikator × periode × opdeling)`,
    ],
  ],
  [
    'unit-range',
    [
      `${dir('unit-range')}/indicators.csv:2:12: værdien er umulig for enheden "pct" (fik "101", forventede et tal mellem 0 og 100)`,
      `${dir('unit-range')}/measurements.csv:9:4: værdien er umulig for enheden "pct" (fik "130", forventede et tal mellem 0 og 100)`,
      `${dir('unit-range')}/measurements.csv:13:4: værdien er umulig for enheden "procentpoint" (fik "-100,5", forventede et tal mellem -100 og 100)`,
      `${dir('unit-range')}/measurements.csv:15:4: værdien er umulig for enheden "antal" (fik "-5", forventede et tal på 0 eller mere)`,
    ],
  ],
  [
    'tolerance',
    [`${dir('tolerance')}/indicators.csv:5:13: tolerancen kan ikke være negativ (fik "-1", forventede et tal på 0 eller mere, fx 0,5)`],
  ],
  [
    'unit-noun',
    [
      `${dir('unit-noun')}/indicators.csv:2:18: et navneord hører kun til enheden "antal", ikke "pct" (fik "område/områder", forventede en tom celle, eller enheden antal)`,
      `${dir('unit-noun')}/indicators.csv:7:18: navneordet skal stå i ental og flertal adskilt af én skråstreg (fik "områder", forventede fx område/områder)`,
    ],
  ],
  [
    'half-filled-pairs',
    [
      `${dir('half-filled-pairs')}/indicators.csv:2:12: target_value er udfyldt, men target_period er tom (fik "60", forventede target_period udfyldt, eller begge tomme)`,
      `${dir('half-filled-pairs')}/indicators.csv:4:10: baseline_value er udfyldt, men baseline_period er tom (fik "70", forventede baseline_period udfyldt, eller begge tomme)`,
    ],
  ],
  [
    'target-without-baseline',
    [
      `${dir('target-without-baseline')}/indicators.csv:4:12: et mål kræver en baseline, men baseline_period er tom (fik "80", forventede baseline_period udfyldt, fx 2014)`,
    ],
  ],
  [
    'target-after-baseline',
    [
      `${dir('target-after-baseline')}/indicators.csv:2:11: målperioden ligger ikke efter basisperioden (fik "2010", forventede en periode efter 2014)`,
    ],
  ],
  [
    'target-direction',
    [
      `${dir('target-direction')}/indicators.csv:2:12: målet ligger på den forkerte side af baseline, når den gode retning er "højere" (fik "45", forventede et mål over baseline 50,5)`,
      `${dir('target-direction')}/indicators.csv:3:12: målet ligger på den forkerte side af baseline, når den gode retning er "lavere" (fik "35", forventede et mål under baseline 30)`,
    ],
  ],
  [
    'main-indicator',
    [
      `${dir('main-indicator')}/indicators.csv:1:7: området "bolig" har ingen hovedindikator (forventede præcis én række med area=bolig og main=ja)`,
      `${dir('main-indicator')}/indicators.csv:8:7: området "tryghed" har allerede en hovedindikator på linje 4 (fik "ja", forventede præcis én hovedindikator pr. område; skriv "nej" her)`,
    ],
  ],
  [
    'illustrative',
    [
      `${dir('illustrative')}/indicators.csv:3:14: indikatoren "b-bolig" er illustrativ (illustrative=ja), så kilden skal sige det (fik "Danmarks Statistik", forventede "Illustrative eksempeldata – ikke en rigtig måling")`,
      `${dir('illustrative')}/indicators.csv:4:14: indikatoren "c-tryghed" er markeret som rigtige tal (illustrative=nej), men kilden siger eksempeldata (fik "Illustrative eksempeldata – ikke en rigtig måling", forventede navnet på den rigtige kilde, eller illustrative=ja)`,
    ],
  ],
  [
    'illustrative-rows',
    [
      `${dir('illustrative-rows')}/indicators.csv:3:15: en illustrativ indikator kan ikke have en kildeadresse (fik "https://example.org", forventede en tom celle)`,
      `${dir('illustrative-rows')}/measurements.csv:7:5: indikatoren "b-bolig" er illustrativ (illustrative=ja), så kilden skal sige det (fik "Danmarks Statistik", forventede "Illustrative eksempeldata – ikke en rigtig måling")`,
      `${dir('illustrative-rows')}/measurements.csv:9:5: indikatoren "c-tryghed" er markeret som rigtige tal (illustrative=nej), men kilden siger eksempeldata (fik "Eksempeldata", forventede navnet på den rigtige kilde, eller illustrative=ja)`,
    ],
  ],
  [
    'baseline-measurement',
    [
      `${dir('baseline-measurement')}/indicators.csv:2:10: baseline_value er ikke lig med målingen på ${dir('baseline-measurement')}/measurements.csv:2 (fik "50,4", forventede 50,5 eller en tom celle)`,
      `${dir('baseline-measurement')}/indicators.csv:4:9: basisperioden har ingen måling af hovedserien i ${dir('baseline-measurement')}/measurements.csv (fik "2013", forventede en række med indicator=c-tryghed, period=2013 og tom breakdown)`,
    ],
  ],
  [
    'main-series',
    [
      `${dir('main-series')}/indicators.csv:5:1: indikatoren har kun målinger med en opdeling (breakdown) i ${dir('main-series')}/measurements.csv (fik "d-uddannelse", forventede mindst én række med indicator=d-uddannelse og tom breakdown)`,
      `${dir('main-series')}/indicators.csv:7:1: indikatoren har ingen målinger i ${dir('main-series')}/measurements.csv (fik "f-kultur", forventede mindst én række med indicator=f-kultur og tom breakdown)`,
    ],
  ],
  [
    'multiline-cells',
    [
      // Row 1 of indicators.csv spans lines 2–4 (a quoted cell with line breaks); row 2 starts on line 5.
      `${dir('multiline-cells')}/indicators.csv:5:5: ukendt enhed (fik "x", forventede "pct", "procentpoint", "antal", "indeks" eller "pr-1000-indbyggere")`,
      `${dir('multiline-cells')}/measurements.csv:8:4: værdien er ikke et tal (fik "x", forventede et tal, fx 12,5)`,
    ],
  ],
];

describe('data validation rules', () => {
  it.each(cases)('%s: pins every message with file:line:column', (rule, expected) => {
    expect(messages(rule)).toEqual(expected);
  });

  it('reports every error of a run, in both files, in file and line order', () => {
    expect(messages('many-errors')).toEqual([
      `${dir('many-errors')}/indicators.csv:3:5: ukendt enhed (fik "kroner", forventede "pct", "procentpoint", "antal", "indeks" eller "pr-1000-indbyggere")`,
      `${dir('many-errors')}/indicators.csv:6:13: tolerancen kan ikke være negativ (fik "-2", forventede et tal på 0 eller mere, fx 0,5)`,
      `${dir('many-errors')}/measurements.csv:2:4: værdien er ikke et tal (fik "abc", forventede et tal, fx 12,5)`,
      `${dir('many-errors')}/measurements.csv:9:2: perioden kan ikke læses (fik "i år", forventede ${PERIOD})`,
      `${dir('many-errors')}/measurements.csv:16:1: rækken gentager linje 8: samme indikator, periode og opdeling (fik "c-tryghed;2014;", forventede én række pr. indikator × periode × opdeling)`,
    ]);
  });
});
