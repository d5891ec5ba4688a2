/**
 * goals.csv and spending.csv: one fixture per rule under test/fixtures/goals/<rule>/, each pinning the
 * exact editor message with file:line:column. The indicators are the six-area fixture dataset; the
 * letters are the archive's own (content/letters), so source documents are looked up as in the check.
 */
import { describe, expect, it } from 'vitest';
import { loadBarometer, readIndicatorIds } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { loadGoals } from '../../src/loaders/goals.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';
import { letterLookup } from '../../src/lib/goals/letter-lookup.ts';
import type { GoalResult } from '../../src/lib/goals/validate.ts';

const DATA = 'test/fixtures/data/valid-danish-excel';
const { barometer } = loadBarometer(DATA);
const letters = diskLetterLookup('content');
const TODAY = new Date('2026-12-01T12:00:00Z');
const dir = (rule: string): string => `test/fixtures/goals/${rule}`;
const sources = {
  indicatorsFile: `${DATA}/indicators.csv`,
  indicatorIds: readIndicatorIds(DATA),
  indicators: barometer.indicators,
  letters,
  today: TODAY,
};
const load = (rule: string): GoalResult => loadGoals(dir(rule), sources);
const messages = (rule: string): string[] => load(rule).errors.map(formatError);
const G_COLUMNS =
  'id;administration;budget_year;kind;title;description;area;indicator;target;target_unit;status;status_text;realistic;initiatives;source_document;illustrative';
const S_COLUMNS = 'administration;budget_year;amount;covers;source;source_document;illustrative';
const ADMINS = '"ØKF", "BUF", "KFF", "SUF", "SOF", "TMF" eller "BIF"';
const LETTER = 'et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters';
const FORMULA =
  'tekst, der ikke begynder med =, +, -, @ eller tabulator: begynd fx med et ord, eller skriv tankestreg (–) i stedet for bindestreg';
const IND = `${DATA}/indicators.csv`;

const cases: [string, string[]][] = [
  [
    'headers',
    [
      `${dir('headers')}/goals.csv:1:1: kolonnen "status" mangler i overskriftsrækken (forventede ${G_COLUMNS})`,
      `${dir('headers')}/goals.csv:1:11: ukendt kolonne – mente du "status"? (fik "staus", forventede en af kolonnerne ${G_COLUMNS})`,
      `${dir('headers')}/spending.csv:1:1: kolonnen "illustrative" mangler i overskriftsrækken (forventede ${S_COLUMNS})`,
    ],
  ],
  ['empty-file', [`${dir('empty-file')}/goals.csv:1:1: filen er tom (forventede en overskriftsrække: ${G_COLUMNS})`]],
  [
    'required-cells',
    [
      `${dir('required-cells')}/goals.csv:2:5: den påkrævede celle "title" er tom (fik "", forventede en værdi, fx Flere tosprogede børn får en sprogvurdering)`,
      `${dir('required-cells')}/goals.csv:3:11: den påkrævede celle "status" er tom (fik "", forventede en værdi, fx delvist opfyldt)`,
      `${dir('required-cells')}/spending.csv:2:3: den påkrævede celle "amount" er tom (fik "", forventede en værdi, fx 2500000)`,
    ],
  ],
  [
    'allowed-values',
    [
      `${dir('allowed-values')}/goals.csv:2:2: ukendt forvaltning – "BIU" er et udvalg; forvaltningen skrives "BIF" (fik "BIU", forventede ${ADMINS})`,
      `${dir('allowed-values')}/goals.csv:3:2: ukendt forvaltning – skriv forkortelsen "BUF" (fik "Børne- og Ungdomsforvaltningen", forventede ${ADMINS})`,
      `${dir('allowed-values')}/goals.csv:4:4: ukendt måltype (fik "aktivitet", forventede "resultatkrav" eller "aktivitetsmål")`,
      `${dir('allowed-values')}/goals.csv:4:11: ukendt status – mente du "ikke vurderet"? (fik "ikke-vurderet", forventede "opfyldt", "delvist opfyldt", "ikke opfyldt" eller "ikke vurderet")`,
      `${dir('allowed-values')}/goals.csv:5:7: ukendt område – mente du "tryghed"? (fik "tryhed", forventede "beskaeftigelse", "bolig", "tryghed", "uddannelse", "sundhed-og-omsorg" eller "kultur-og-fritid")`,
      `${dir('allowed-values')}/goals.csv:5:13: skal være ja eller nej (fik "måske", forventede "ja" eller "nej")`,
      `${dir('allowed-values')}/spending.csv:2:1: ukendt forvaltning – mente du "BIF"? (fik "BIX", forventede ${ADMINS})`,
    ],
  ],
  [
    'years',
    [
      `${dir('years')}/goals.csv:2:3: året kan ikke læses (fik "08", forventede et år med fire cifre, fx 2008)`,
      `${dir('years')}/goals.csv:3:3: året kan ikke læses (fik "2007/08", forventede et år med fire cifre, fx 2008)`,
      `${dir('years')}/spending.csv:2:2: året kan ikke læses (fik "år 2008", forventede et år med fire cifre, fx 2008)`,
    ],
  ],
  [
    'numbers',
    [
      `${dir('numbers')}/goals.csv:2:9: værdien er ikke et tal: filen er adskilt med semikolon, så decimaltegnet skal være komma (fik "72.5", forventede et tal, fx 12,5)`,
      `${dir('numbers')}/goals.csv:3:9: værdien er ikke et tal (fik "2 100", forventede et tal, fx 12,5)`,
      `${dir('numbers')}/spending.csv:2:3: værdien er ikke et tal: skriv det uden tusindtalsadskiller (fik "45.500.000", forventede et tal, fx 45500000)`,
      `${dir('numbers')}/spending.csv:3:3: værdien er ikke et tal (fik "4,6 mio.", forventede et tal, fx 12,5)`,
    ],
  ],
  [
    'duplicate-ids',
    [
      `${dir('duplicate-ids')}/goals.csv:4:1: målet findes allerede på linje 2 (fik "bif-2008-job", forventede et id, der kun bruges én gang)`,
    ],
  ],
  [
    'duplicate-spending',
    [
      `${dir('duplicate-spending')}/spending.csv:4:4: rækken gentager linje 2: samme forvaltning, budgetår og formål (fik "beskæftigelsesrettede  forløb", forventede én række pr. forvaltning × budgetår × formål; ret beløbet i den første række)`,
    ],
  ],
  [
    'unknown-indicator',
    [
      `${dir('unknown-indicator')}/goals.csv:2:8: ukendt indikator – mente du "a-beskaeftigelse"? (fik "a-beskaftigelse", forventede et id fra ${IND}, eller en tom celle)`,
      `${dir('unknown-indicator')}/goals.csv:3:8: ukendt indikator (fik "zzz-ukendt", forventede et id fra ${IND}, eller en tom celle)`,
    ],
  ],
  [
    'indicator-area',
    [
      `${dir('indicator-area')}/goals.csv:2:8: indikatoren hører til området "beskaeftigelse", men målet til området "bolig" (fik "a-beskaeftigelse", forventede en indikator fra området bolig, eller ret area til beskaeftigelse)`,
    ],
  ],
  [
    'target-unit',
    [
      `${dir('target-unit')}/goals.csv:2:10: målet følges af en indikator, så målet er i indikatorens enhed (procent) (fik "procent", forventede en tom celle)`,
      `${dir('target-unit')}/goals.csv:3:10: et talmål uden indikator skal have en enhed (fik "", forventede target_unit udfyldt, fx forløb eller deltagere, eller en indikator i indicator)`,
      `${dir('target-unit')}/goals.csv:4:10: target_unit er udfyldt, men target er tom (fik "hold", forventede target udfyldt, eller begge tomme)`,
    ],
  ],
  [
    'target-range',
    [
      `${dir('target-range')}/goals.csv:2:9: målet er umuligt for indikatorens enhed "pct" (fik "130", forventede et tal mellem 0 og 100)`,
      `${dir('target-range')}/goals.csv:3:9: målet er umuligt for indikatorens enhed "antal" (fik "-5", forventede et tal på 0 eller mere)`,
    ],
  ],
  [
    'source-document',
    [
      `${dir('source-document')}/goals.csv:2:15: ukendt kildedokument – mente du "2006-742"? (fik "2006-472", forventede ${LETTER})`,
      `${dir('source-document')}/goals.csv:3:15: ukendt kildedokument – skriv filnavnet uden .md (fik "2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007.md", forventede ${LETTER})`,
      `${dir('source-document')}/goals.csv:4:15: ukendt kildedokument (fik "findes-ikke", forventede ${LETTER})`,
      `${dir('source-document')}/spending.csv:2:6: ukendt kildedokument (fik "2099-1", forventede ${LETTER})`,
    ],
  ],
  [
    'budget-year',
    [
      `${dir('budget-year')}/goals.csv:2:3: budgetåret ligger mere end ét år efter i dag (i dag er 2026-12-01) (fik "2080", forventede et budgetår til og med 2027)`,
      `${dir('budget-year')}/goals.csv:3:3: budgetåret ligger mere end ét år efter i dag (i dag er 2026-12-01) (fik "2028", forventede et budgetår til og med 2027)`,
      `${dir('budget-year')}/spending.csv:2:2: budgetåret ligger mere end ét år efter i dag (i dag er 2026-12-01) (fik "2030", forventede et budgetår til og med 2027)`,
    ],
  ],
  [
    'status-year',
    [
      `${dir('status-year')}/goals.csv:2:11: budgetåret 2027 er ikke begyndt, så målet kan ikke være vurderet endnu (fik "opfyldt", forventede "ikke vurderet", indtil budgetåret 2027 er begyndt)`,
    ],
  ],
  [
    'status-text',
    [
      `${dir('status-text')}/goals.csv:2:12: målet har status "opfyldt", men forvaltningens statustekst er tom (fik "", forventede forvaltningens egen vurdering med dens ord, eller status "ikke vurderet")`,
    ],
  ],
  [
    'spending-amount',
    [`${dir('spending-amount')}/spending.csv:2:3: værdien kan ikke være negativ (fik "-45500000", forventede et tal på 0 eller mere)`],
  ],
  [
    'spending-illustrative',
    [
      `${dir('spending-illustrative')}/spending.csv:2:5: beløbet er illustrativt (illustrative=ja), så kilden skal sige det (fik "Budget 2008, Beskæftigelses- og Integrationsudvalget", forventede "Illustrative eksempeldata – ikke en rigtig måling")`,
      `${dir('spending-illustrative')}/spending.csv:3:5: beløbet er markeret som rigtigt (illustrative=nej), men kilden siger eksempeldata (fik "Illustrative eksempeldata – ikke en rigtig måling", forventede navnet på den rigtige kilde, eller illustrative=ja)`,
    ],
  ],
  [
    'formula-cells',
    [
      `${dir('formula-cells')}/goals.csv:2:5: teksten begynder med "=", så et regneark læser den som en formel (fik "=HYPERLINK("http://x";"klik")", forventede ${FORMULA})`,
      `${dir('formula-cells')}/goals.csv:2:12: teksten begynder med "-", så et regneark læser den som en formel (fik "-nået", forventede ${FORMULA})`,
      `${dir('formula-cells')}/spending.csv:2:4: teksten begynder med "@", så et regneark læser den som en formel (fik "@forløb", forventede ${FORMULA})`,
    ],
  ],
  [
    'row-length',
    [
      `${dir('row-length')}/goals.csv:3:4: rækken har 4 celler, men overskriften har 16 (fik "x-1;BIF;2008;resultatkrav", forventede 16 celler adskilt af ";")`,
    ],
  ],
  [
    'unclosed-quote',
    [
      `${dir('unclosed-quote')}/goals.csv:3:6: et citationstegn (") er ikke lukket i rækken (fik "Alle treårige vurderes.;uddannelse;;2100;sprogvurderinger;delvist opfyldt;1.850…", forventede et afsluttende " efter cellens tekst)`,
    ],
  ],
  [
    'encoding',
    [
      `${dir('encoding')}/goals.csv:3:36: linje 3 er gemt som Windows-1252/Latin-1, mens resten af filen er UTF-8 (fik "buf-2007-sprog;BUF;2007;aktivitetsmål;Sprogvurdering;Alle treårige i Sønderbro …", forventede UTF-8: åbn filen i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«)`,
    ],
  ],
];

describe('goals.csv and spending.csv: one fixture per rule, messages pinned', () => {
  it.each(cases)('%s', (rule, expected) => {
    expect(messages(rule)).toEqual(expected);
  });

  it('a row named by an error is not published; the others are', () => {
    const r = load('duplicate-ids');
    expect(r.data.goals.map((g) => g.id)).toEqual(['bif-2008-job', 'buf-2007-sprog']);
    expect(load('spending-illustrative').data.spending).toEqual([]);
  });
});

describe('valid goal files', () => {
  it('read from a Danish Excel file: typed values, letters resolved by slug and by case number', () => {
    const r = load('valid');
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(6);
    const [job, sprog, hold] = r.data.goals;
    expect(job).toMatchObject({
      id: 'bif-2008-job',
      administration: 'BIF',
      budgetYear: 2008,
      kind: 'resultatkrav',
      area: 'beskaeftigelse',
      indicator: 'a-beskaeftigelse',
      target: 72.5,
      status: 'opfyldt',
      statusText: 'Målet er nået.',
      realistic: true,
      sourceDocument: '2006-742',
      sourceLetters: ['2007-03-26-budgetredegoerelse-for-integrationsindsatsen'],
      illustrative: false,
    });
    expect(sprog).toMatchObject({
      target: 2100,
      targetUnit: 'sprogvurderinger',
      realistic: false,
      initiatives: 'Flere sprogpædagoger.',
      sourceLetters: ['2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007'],
    });
    expect(hold).toMatchObject({
      status: 'ikke vurderet',
      illustrative: true,
      sourceLetters: ['2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007'],
    });
    expect(hold).not.toHaveProperty('realistic');
    expect(r.data.spending.map((s) => [s.administration, s.budgetYear, s.amount, s.sourceLetters.length])).toEqual([
      ['BIF', 2008, 45500000, 1],
      ['BUF', 2008, 4600000, 0],
      ['KFF', 2007, 2300000, 1],
    ]);
  });

  it('read from a comma-separated file with decimal points and quoted commas', () => {
    const r = load('valid-comma');
    expect(r.errors).toEqual([]);
    expect(r.data.goals[0]).toMatchObject({ description: 'Beskæftigelsen skal stige, også blandt kvinder.', target: 72.5 });
    expect(r.data.spending[0]).toMatchObject({ amount: 4600000, source: 'Budget 2008, Børne- og Ungdomsudvalget' });
  });

  it('a data folder without the files has no goals and no errors; a header without rows is no goals', () => {
    expect(loadGoals(DATA, sources)).toEqual({ data: { goals: [], spending: [] }, errors: [], rows: 0 });
    expect(load('spending-amount').errors.every((e) => e.file.endsWith('spending.csv'))).toBe(true);
  });

  it('source documents are only looked up in a content folder that has letters', () => {
    const none = loadGoals(dir('source-document'), { ...sources, letters: letterLookup([], () => new Map()) });
    expect(none.errors).toEqual([]);
    expect(none.data.goals.every((g) => g.sourceLetters.length === 0)).toBe(true);
  });

  it("reads the letters' front matter only when a value is not a slug", () => {
    let asked = 0;
    const lookup = letterLookup(['2006-02-02-a'], () => {
      asked++;
      return new Map([['292118', ['2006-02-02-a']]]);
    });
    expect(lookup.resolve('2006-02-02-a')).toEqual(['2006-02-02-a']);
    expect(asked).toBe(0);
    expect(lookup.resolve('292118')).toEqual(['2006-02-02-a']);
    expect(lookup.resolve('292119')).toEqual([]);
    expect(asked).toBe(1);
  });
});
