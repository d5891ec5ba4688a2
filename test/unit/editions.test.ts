/** Editions: the editors' file, the timeline, snapshots, what changed since, citations, dates and the rule versions. */
import { describe, expect, it } from 'vitest';
import { readEditions } from '../../src/lib/editions/editions-file.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { landedDates, parseCommitLog, stateAtEndOf, type DataState } from '../../src/lib/editions/data-timeline.ts';
import { editionSnapshot } from '../../src/lib/editions/edition-snapshot.ts';
import { editionChanges } from '../../src/lib/editions/edition-changes.ts';
import { editionList, editionPageView, latestEdition } from '../../src/lib/editions/edition-view.ts';
import { indicatorEditionRows } from '../../src/lib/editions/indicator-editions.ts';
import { citationView } from '../../src/lib/editions/citation-view.ts';
import { figureChanges, updateDates } from '../../src/lib/editions/update-dates.ts';
import { dayText, expectedBy, expectedText } from '../../src/lib/editions/day-text.ts';
import { currentRule, ruleOn, rulesChangedSince, RULE_VERSIONS } from '../../src/lib/status/rule-versions.ts';
import { ruleFingerprint } from '../helpers/rule-fingerprint.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { csv, INDICATORS, MEASUREMENTS, type Rec } from '../helpers/changes-fixture.ts';

const TODAY = new Date('2026-12-01T12:00:00Z');
const FILE = 'data/editions.csv';
const errors = (text: string) => readEditions(text, FILE, TODAY).errors.map(formatError);

describe('data/editions.csv', () => {
  it('reads Danish Excel (BOM, ";") and sorts the editions oldest first', () => {
    const r = readEditions('\uFEFFdate;title;note\r\n2026-12-01;December;Ny\r\n2026-03-01;"Marts; forår";\r\n', FILE, TODAY);
    expect(r.errors).toEqual([]);
    expect(r.editions).toEqual([
      { date: '2026-03-01', title: 'Marts; forår', note: '' },
      { date: '2026-12-01', title: 'December', note: 'Ny' },
    ]);
  });

  it('reports every problem with file:line:column, the value and what was expected', () => {
    const text =
      'date;title;note\n1. marts 2026;Marts;\n2026-02-30;Februar;\n2027-01-01;Fremtid;\n2026-05-01;Maj;\n2026-05-01;Maj igen;\n2026-06-01;;\n2026-07-01;=HYPERLINK("x");\n';
    expect(errors(text)).toEqual(
      [
        'data/editions.csv:2:1: datoen kan ikke læses (fik "1. marts 2026", forventede en dato som 2026-12-01 (år-måned-dag, en dag der findes))',
        'data/editions.csv:3:1: datoen kan ikke læses (fik "2026-02-30", forventede en dato som 2026-12-01 (år-måned-dag, en dag der findes))',
        'data/editions.csv:4:1: udgaven ligger efter i dag (i dag er 2026-12-01) (fik "2027-01-01", forventede datoen for en udgave, der er udgivet; skriv rækken den dag, udgaven udgives)',
        'data/editions.csv:6:1: dagen har allerede en udgave på linje 5 (fik "2026-05-01", forventede én udgave pr. dag; ret datoen, eller slet den ene række)',
        'data/editions.csv:7:2: den påkrævede celle "title" er tom',
        'data/editions.csv:8:2: teksten begynder med "=", så et regneark læser den som en formel (fik "=HYPERLINK(x)", forventede tekst, der ikke begynder med =, +, -, @ eller tabulator: begynd fx med et ord, eller skriv tankestreg (–) i stedet for bindestreg)',
      ].map((e) => expect.stringContaining(e.split(' (fik')[0]!)),
    );
    expect(readEditions(text, FILE, TODAY).editions.map((e) => e.date)).toEqual(['2026-05-01']);
  });

  it('names a misspelt column and accepts a file with only the header', () => {
    expect(errors('dato;title;note\n2026-01-01;x;\n')[0]).toMatch(/^data\/editions\.csv:1:1: ukendt kolonne/);
    expect(readEditions('date;title;note\n', FILE, TODAY)).toEqual({ editions: [], errors: [] });
  });
});

const state = (sha: string, date: string, landed = date): DataState => ({ sha, date, landed, indicators: '', measurements: '' });

describe('the data timeline', () => {
  it('parses the log oldest first and never lets a late-landed older commit move back in time', () => {
    const commits = parseCommitLog('c\x1f2026-03-01T10:00:00+01:00\nb\x1f2026-05-01T10:00:00+02:00\na\x1f2026-02-01T10:00:00+01:00\n');
    expect(commits.map((c) => c.sha)).toEqual(['a', 'b', 'c']);
    expect(landedDates(commits)).toEqual(['2026-02-01T10:00:00+01:00', '2026-05-01T10:00:00+02:00', '2026-05-01T10:00:00+02:00']);
  });

  it('picks the state at the end of the day in Copenhagen', () => {
    const states = [state('a', '2026-02-01T10:00:00+01:00'), state('b', '2026-03-01T23:30:00+01:00'), state('c', '2026-03-01T23:30:00Z')];
    expect(stateAtEndOf(states, '2026-01-31')).toBeUndefined();
    expect(stateAtEndOf(states, '2026-02-28')?.sha).toBe('a');
    // 23:30 Copenhagen time is still 1 March; 23:30 UTC is already 2 March in Copenhagen.
    expect(stateAtEndOf(states, '2026-03-01')?.sha).toBe('b');
    expect(stateAtEndOf(states, '2026-03-02')?.sha).toBe('c');
  });
});

const indicatorsCsv = (rows: Rec[]) => csv(INDICATORS_TABLE, rows);
const measurementsCsv = (rows: Rec[]) => csv(MEASUREMENTS_TABLE, rows);
const dataState = (sha: string, date: string, m: Rec[]): DataState => ({
  sha,
  date,
  landed: date,
  indicators: indicatorsCsv(INDICATORS),
  measurements: measurementsCsv(m),
});
const barometer = (m: Rec[]) =>
  validateData({ file: 'i', text: indicatorsCsv(INDICATORS) }, { file: 'm', text: measurementsCsv(m) }, { today: TODAY }).barometer;
const revise = (rows: Rec[], id: string, period: string, value: string) =>
  rows.map((r) => (r.indicator === id && r.period === period && !r.breakdown ? { ...r, value } : r));

describe('an edition and what changed since', () => {
  const march = editionSnapshot(
    { date: '2026-03-01', title: 'Marts', note: '' },
    dataState('aaaaaaa1', '2026-02-20T10:00:00+01:00', MEASUREMENTS),
  );
  const revised = revise(MEASUREMENTS, 'tryghed', '2023', '85,0');

  it("computes every indicator's status, trend and latest value from the data as it stood", () => {
    const bolig = march.scores.find((s) => s.id === 'bolig-udsatte')!;
    expect(bolig).toMatchObject({
      colour: 'gul',
      status: 'Fremgang, men for langsomt',
      latestText: '24,0\u00a0pct.',
      latestPeriod: '2023',
    });
    expect(march.scores.find((s) => s.id === 'tryghed')).toMatchObject({ colour: 'gul', status: 'Stilstand' });
    expect(march.dataErrors).toBe(0);
  });

  it('has no figures for a day before the first commit', () => {
    expect(editionSnapshot({ date: '2020-01-01', title: 'Før', note: '' }, undefined)).toMatchObject({ scores: [], dataErrors: 0 });
  });

  it('says status then → now, revised values old → new, and new values', () => {
    const now = [...revised, { indicator: 'besk', period: '2024', breakdown: '', value: '74,0', source: 'Testkilde A' }];
    const changes = editionChanges(march.barometer!, barometer(now));
    const tryghed = changes.indicators.find((c) => c.id === 'tryghed')!;
    expect(tryghed.statusChanged).toBe(true);
    expect([tryghed.then?.status, tryghed.now?.status]).toEqual(['Stilstand', 'På rette kurs']);
    expect(tryghed.revised).toEqual([{ period: '2023', breakdown: '', old: '72,5\u00a0pct.', new: '85,0\u00a0pct.' }]);
    expect(changes.indicators.find((c) => c.id === 'besk')!.added).toEqual([{ period: '2024', breakdown: '', value: '74,0\u00a0pct.' }]);
    expect(changes.indicators.map((c) => c.id).sort()).toEqual(['besk', 'tryghed']);
    expect(editionChanges(march.barometer!, barometer(MEASUREMENTS))).toEqual({ indicators: [], unchanged: true });
  });

  it('views: newest first, the six areas with the main indicator, newer editions and the rule', () => {
    const later = editionSnapshot(
      { date: '2026-10-01', title: 'Oktober', note: 'Ny' },
      dataState('bbbbbbb2', '2026-09-01T10:00:00+02:00', revised),
    );
    expect(editionList([march, later]).map((i) => i.title)).toEqual(['Oktober', 'Marts']);
    const v = editionPageView(march, [march, later], undefined);
    expect(v.areas.map((a) => a.name)).toEqual([
      'Beskæftigelse',
      'Bolig',
      'Tryghed',
      'Uddannelse',
      'Sundhed og omsorg',
      'Kultur og fritid',
    ]);
    expect(v.areas[2]!.main?.id).toBe('tryghed');
    expect(v.areas[2]!.others.map((s) => s.id)).toEqual(['tryghed-sub']);
    expect(v.newer.map((n) => n.path)).toEqual(['udgaver/2026-10-01/']);
    expect(v.data).toEqual({ sha: 'aaaaaaa', dateLabel: '20. februar 2026' });
    expect(v.rule.changed).toEqual([]);
    expect(latestEdition([march, later])?.edition.title).toBe('Oktober');
    const rows = indicatorEditionRows('tryghed', [march, later]);
    expect(rows.map((r) => [r.title, r.score?.status, r.csvPath])).toEqual([
      ['Oktober', 'På rette kurs', 'udgaver/2026-10-01/indikatorer/tryghed/data.csv'],
      ['Marts', 'Stilstand', 'udgaver/2026-03-01/indikatorer/tryghed/data.csv'],
    ]);
    expect(indicatorEditionRows('findes-ikke', [march])[0]!.score).toBeUndefined();
  });
});

describe('the dated citation', () => {
  const base = {
    title: 'Tryghed i nabolaget',
    pagePath: 'indikatorer/tryghed/',
    indicatorId: 'tryghed',
    editionsAvailable: true,
    retrieved: '2026-12-01',
    publisher: 'Københavns Kommune',
    siteName: 'Integrationsbarometeret',
    lastUpdated: '2026-11-01T10:00:00+01:00',
  };

  it("cites the edition and links its permanent page when the figures are the edition's", () => {
    const v = citationView({ ...base, latestEdition: { date: '2026-10-01', title: 'Oktober' }, sinceEdition: 'same' });
    expect(v.sameAsEdition).toBe(true);
    expect(v.permalinkPath).toBe('udgaver/2026-10-01/#indikator-tryghed');
    expect(v.parts.before).toBe('Københavns Kommune: »Tryghed i nabolaget«. Integrationsbarometeret, Oktober (1. oktober 2026). Hentet ');
    expect(v.retrieved).toEqual({ iso: '2026-12-01', label: '1. december 2026' });
  });

  it('cites the page with its latest change when the figures changed since, and says why without editions', () => {
    const changed = citationView({ ...base, latestEdition: { date: '2026-10-01', title: 'Oktober' }, sinceEdition: 'figures' });
    expect(changed.permalinkPath).toBe('indikatorer/tryghed/');
    expect(changed.parts.before).toContain('Integrationsbarometeret, tal senest opdateret 1. november 2026. Hentet ');
    expect(changed.note).toContain('Tallene er ændret siden Oktober (1. oktober 2026)');
    expect(citationView({ ...base, sinceEdition: 'figures' }).note).toContain('Der er endnu ingen udgave');
    expect(citationView({ ...base, editionsAvailable: false, sinceEdition: 'figures' }).note).toContain('ikke tilgængelige');
  });
});

describe('next_update in indicators.csv', () => {
  const col = INDICATORS_TABLE.columns.findIndex((c) => c.name === 'next_update') + 1;
  const check = (values: string[]) =>
    validateData(
      { file: 'data/indicators.csv', text: indicatorsCsv(INDICATORS.map((r, i) => ({ ...r, next_update: values[i] ?? '' }))) },
      { file: 'data/measurements.csv', text: measurementsCsv(MEASUREMENTS) },
      { today: TODAY },
    );

  it('takes a day, a month or a year, and may be empty', () => {
    const r = check(['2027-03-15', '2027-03', '2029', '']);
    expect(r.errors).toEqual([]);
    expect(r.barometer.indicators.slice(0, 4).map((i) => i.nextUpdate)).toEqual(['2027-03-15', '2027-03', '2029', undefined]);
  });

  it('names the file, line, column, the value and what was expected, every error in one run', () => {
    expect(check(['foråret 2027', '2027-13', '2027-02-30']).errors.map(formatError)).toEqual([
      `data/indicators.csv:2:${col}: datoen for næste opdatering kan ikke læses (fik "foråret 2027", forventede en dag som 2027-03-15, en måned som 2027-03 eller et år som 2027)`,
      `data/indicators.csv:3:${col}: datoen for næste opdatering kan ikke læses (fik "2027-13", forventede en dag som 2027-03-15, en måned som 2027-03 eller et år som 2027)`,
      `data/indicators.csv:4:${col}: datoen for næste opdatering kan ikke læses (fik "2027-02-30", forventede en dag som 2027-03-15, en måned som 2027-03 eller et år som 2027)`,
    ]);
  });
});

describe('dates readers look for', () => {
  it('writes days, months and years in Danish', () => {
    expect(dayText('2026-12-01')).toBe('1. december 2026');
    expect([expectedText('2027-03-15'), expectedText('2027-03'), expectedText('2029')]).toEqual(['15. marts 2027', 'marts 2027', '2029']);
    expect([expectedBy('2027-02'), expectedBy('2028-02'), expectedBy('2029')]).toEqual(['2027-02-28', '2028-02-29', '2029-12-31']);
  });

  it('says when figures last changed and when new ones are expected, late or not', () => {
    const changes = [{ date: '2026-11-01T10:00:00+01:00' }, { date: '2026-01-01T10:00:00+01:00' }];
    expect(updateDates(changes, '2027-03', '2026-12-01')).toEqual({
      updated: { iso: '2026-11-01T10:00:00+01:00', label: '1. november 2026' },
      next: { iso: '2027-03', label: 'marts 2027', late: false },
    });
    expect(updateDates([{ date: '2026-09-01T10:00:00+02:00' }], '2026-10', '2026-12-01').next?.label).toBe(
      'var forventet oktober 2026; nye tal er ikke kommet endnu',
    );
    // New figures came after the expected month: the expected date is out of date, not late.
    expect(updateDates([{ date: '2026-11-15T10:00:00+01:00' }], '2026-10', '2026-12-01').next).toBeUndefined();
    expect(updateDates(undefined, undefined, '2026-12-01')).toEqual({});
  });

  it('a commit that only filled in next_update is not an update of the figures', () => {
    const entry = (date: string, over: object) => ({
      date,
      added: [],
      revised: [],
      removed: [],
      fields: [],
      indicator: undefined,
      ...over,
    });
    const changes = [
      entry('2026-12-01T17:00:00+01:00', { fields: [{ field: 'next_update', old: '', new: '2029' }] }),
      entry('2026-11-20T10:00:00+01:00', {
        fields: [
          { field: 'target_value', old: '80', new: '85' },
          { field: 'next_update', old: '', new: '2028' },
        ],
      }),
      entry('2026-11-01T10:00:00+01:00', { revised: [{ period: '2023', breakdown: '', old: '1', new: '2' }] }),
    ];
    expect(figureChanges(changes)?.map((c) => c.date)).toEqual(['2026-11-20T10:00:00+01:00', '2026-11-01T10:00:00+01:00']);
    expect(updateDates(changes, '2029', '2026-12-01').updated?.label).toBe('20. november 2026');
    expect(figureChanges([entry('2026-12-01T17:00:00+01:00', { indicator: 'added' })])).toHaveLength(1);
    // A flag set on a value is in the change history, so the page counts it as an update too.
    const flagged = entry('2026-12-02T10:00:00+01:00', {
      details: [{ detail: 'flag', period: '2021', breakdown: '', old: '', new: 'skønnet' }],
    });
    expect(updateDates([flagged, ...changes], undefined, '2026-12-03').updated?.label).toBe('2. december 2026');
  });

  it('says when the figures themselves changed, when a later commit changed only the text', () => {
    const changes = [
      { date: '2026-12-03T09:00:00+01:00', fields: [{ field: 'note', old: 'a', new: 'b' }] },
      { date: '2026-12-01T10:00:00+01:00', added: [{ period: '2025', breakdown: '', new: '85,4' }] },
    ];
    expect(updateDates(changes, undefined, '2026-12-05')).toEqual({
      updated: { iso: '2026-12-03T09:00:00+01:00', label: '3. december 2026' },
      figures: { iso: '2026-12-01T10:00:00+01:00', label: '1. december 2026' },
    });
    // The same day, or figures changed last: one date says it.
    expect(updateDates([changes[1]!], undefined, '2026-12-05').figures).toBeUndefined();
    expect(
      updateDates([{ ...changes[0]!, date: '2026-12-01T16:00:00+01:00' }, changes[1]!], undefined, '2026-12-05').figures,
    ).toBeUndefined();
    // A history of text changes alone names no date for the figures.
    expect(updateDates([changes[0]!], undefined, '2026-12-05').figures).toBeUndefined();
  });

  it('a commit that only named what a count counts (unit_noun) is not an update, and a late next_update stays shown', () => {
    const changes = [
      { date: '2026-12-03T22:00:00+01:00', fields: [{ field: 'unit_noun', old: '', new: 'område/områder' }] },
      { date: '2026-11-01T10:00:00+01:00', revised: [{ period: '2023', breakdown: '', old: '1', new: '2' }] },
    ];
    const dates = updateDates(changes, '2026-12-01', '2026-12-03');
    expect(dates.updated?.label).toBe('1. november 2026');
    expect(dates.next?.late).toBe(true);
  });
});

describe('status rule versions', () => {
  it('the newest version carries the fingerprint of the rule the code applies (add a version when the rule changes)', () => {
    expect(
      ruleFingerprint(),
      `Statusreglen afgør noget andet end version ${currentRule().since}: tilføj en ny version i src/lib/status/rule-versions.ts med fingeraftrykket ${ruleFingerprint()}`,
    ).toBe(currentRule().fingerprint);
  });

  it('knows which rule applied on a day and which came after', () => {
    expect(ruleOn('2026-12-01')).toBe(RULE_VERSIONS.at(-1));
    expect(RULE_VERSIONS.map((v) => v.since)).toEqual([...RULE_VERSIONS.map((v) => v.since)].sort());
    expect(rulesChangedSince(currentRule().since)).toEqual([]);
  });
});
