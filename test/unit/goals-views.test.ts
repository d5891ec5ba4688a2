/**
 * What the goal pages print, computed by the pure modules in src/lib/goals/: the overview of
 * administrations × budget years, an administration's page, the spending chart (lineChart geometry,
 * description and table), a goal's page, the status report with the areas as of its year, the
 * cross-links from letters, areas and indicators, and the CSV and JSON downloads.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import type { Goal, GoalData, Spending } from '../../src/lib/goals/model.ts';
import { overview } from '../../src/lib/goals/overview.ts';
import { administrationView } from '../../src/lib/goals/administration-view.ts';
import { describeSpending, letterRefs, spendingView } from '../../src/lib/goals/spending-view.ts';
import { goalView } from '../../src/lib/goals/goal-view.ts';
import { reportYears, statusReport } from '../../src/lib/goals/status-report.ts';
import { areaStatusAsOf } from '../../src/lib/goals/area-as-of.ts';
import { areaState } from '../../src/lib/status/area-status.ts';
import { goalsCitingLetter, goalsForArea, goalsForIndicator } from '../../src/lib/goals/related.ts';
import { goalCopy } from '../../src/lib/copy/goals.ts';
import { reportCsv, spendingCsv, spendingJson } from '../../src/lib/goals/downloads.ts';
import { administrationPath, goalPath, statusReportCsvPath } from '../../src/lib/routes.ts';
import { formatKroner, formatMillions } from '../../src/lib/goals/money.ts';

const { barometer } = loadBarometer('test/fixtures/data/valid-danish-excel');
const LETTER_07 = '2006-02-02-brev';
const LETTER_08 = '2007-03-26-brev';

function goal(id: string, over: Partial<Goal>): Goal {
  return {
    id,
    administration: 'BUF',
    budgetYear: 2008,
    kind: 'aktivitetsmål',
    title: `Mål ${id}`,
    description: 'Beskrivelse.',
    area: 'uddannelse',
    status: 'ikke vurderet',
    sourceDocument: '2006-742',
    sourceLetters: [LETTER_08],
    illustrative: true,
    ...over,
  };
}
function spend(administration: string, budgetYear: number, amount: number, covers: string): Spending {
  return {
    administration,
    budgetYear,
    amount,
    covers,
    source: 'Budget',
    sourceLetters: budgetYear === 2007 ? [LETTER_07] : [],
    illustrative: false,
  };
}

const DATA: GoalData = {
  goals: [
    goal('buf-2008-a', {
      kind: 'resultatkrav',
      indicator: 'd-uddannelse',
      target: 45,
      status: 'delvist opfyldt',
      statusText: 'Tæt på.',
      realistic: false,
      initiatives: 'Mentorer.',
    }),
    goal('buf-2008-b', { target: 2100, targetUnit: 'sprogvurderinger', status: 'opfyldt', statusText: 'Nået.' }),
    goal('bif-2007-a', {
      administration: 'BIF',
      budgetYear: 2007,
      area: 'beskaeftigelse',
      indicator: 'a-beskaeftigelse',
      target: 52,
      status: 'ikke opfyldt',
      statusText: 'Ikke nået.',
      sourceDocument: '292118',
      sourceLetters: [LETTER_07],
      illustrative: false,
    }),
    goal('buf-2006-a', { budgetYear: 2006, status: 'opfyldt', statusText: 'Ja.' }),
  ],
  spending: [
    spend('BUF', 2007, 22_700_000, 'Sprog'),
    spend('BUF', 2008, 19_800_000, 'Sprog'),
    spend('BUF', 2008, 4_600_000, 'Modtagelsesklasser'),
    spend('BIF', 2007, 500_000, 'Dansk'),
  ],
};

describe('paths and money', () => {
  it('build every address from the registry slug', () => {
    expect(administrationPath('BUF')).toBe('forvaltninger/boerne-og-ungdom/');
    expect(goalPath({ administration: 'ØKF', id: 'okf-2008-x' })).toBe('forvaltninger/oekonomi/okf-2008-x/');
    expect(statusReportCsvPath(2008, 'maal')).toBe('statusrapporter/2008/maal.csv');
    expect(() => administrationPath('BIU')).toThrow(/Ukendt forvaltning "BIU"/);
  });

  it('prints kroner and millions the Danish way', () => {
    expect(formatKroner(18_500_000)).toBe('18.500.000\u00a0kr.');
    expect(formatMillions(24_400_000)).toBe('24,4\u00a0mio.\u00a0kr.');
    expect(formatMillions(500_000)).toBe('0,50\u00a0mio.\u00a0kr.');
  });
});

describe('overview: administrations × budget years', () => {
  const v = overview(DATA);
  it('has the budget years newest first, every administration in the registry order and a total row', () => {
    expect(v.years).toEqual([2008, 2007, 2006]);
    expect(v.rows.map((r) => r.administration.abbr)).toEqual(['ØKF', 'BUF', 'KFF', 'SUF', 'SOF', 'TMF', 'BIF']);
    const buf = v.rows[1]!.cells[0]!;
    expect([buf.goalsText, buf.counts.map((c) => `${c.colour}:${c.text}`), buf.spendingText, buf.path]).toEqual([
      '2 mål',
      ['groen:1 opfyldt', 'gul:1 delvist opfyldt'],
      'Udgifter: 24,4\u00a0mio.\u00a0kr.',
      'forvaltninger/boerne-og-ungdom/#budget-2008',
    ]);
    expect(v.rows[0]!.cells[0]).toMatchObject({ goals: 0, goalsText: 'Ingen mål', counts: [] });
    expect(v.totals.map((c) => c.goals)).toEqual([2, 1, 1]);
    expect(v.totals[1]!.spendingText).toBe('Udgifter: 23,2\u00a0mio.\u00a0kr.');
    expect(v.reports.map((r) => r.path)).toEqual(['statusrapporter/2008/', 'statusrapporter/2007/', 'statusrapporter/2006/']);
    expect(v.illustrative).toBe(true);
  });
});

describe('an administration', () => {
  const v = administrationView(DATA, 'BUF', barometer.indicators);
  it('lists its goals per budget year with status counts, targets in the right unit, and its spending', () => {
    expect(v.title).toBe('Børne- og Ungdomsforvaltningen (BUF)');
    expect(v.committee).toEqual({ abbr: 'BUU', name: 'Børne- og Ungdomsudvalget' });
    expect(v.years.map((y) => [y.year, y.anchor, y.goals.map((g) => g.id)])).toEqual([
      [2008, 'budget-2008', ['buf-2008-a', 'buf-2008-b']],
      [2006, 'budget-2006', ['buf-2006-a']],
    ]);
    const [a, b] = v.years[0]!.goals;
    expect([a!.kind, a!.area, a!.status, a!.target, a!.path]).toEqual([
      'Resultatkrav',
      { name: 'Uddannelse', path: 'omraader/uddannelse/' },
      { label: 'Delvist opfyldt', colour: 'gul' },
      '45\u00a0pct.',
      'forvaltninger/boerne-og-ungdom/buf-2008-a/',
    ]);
    expect(b!.target).toBe('2.100\u00a0sprogvurderinger');
    expect(v.spending?.years.map((y) => [y.year, y.totalText, y.lines.length])).toEqual([
      [2008, '24.400.000\u00a0kr.', 2],
      [2007, '22.700.000\u00a0kr.', 1],
    ]);
  });

  it('an administration without goals or spending says so, with no chart', () => {
    const empty = administrationView(DATA, 'KFF', barometer.indicators);
    expect([empty.goalCount, empty.years, empty.spending, empty.illustrative]).toEqual([0, [], undefined, false]);
  });
});

describe('the spending chart', () => {
  const v = spendingView(DATA, 'BUF')!;
  it("is the indicator charts' line geometry in mio. kr., with a value axis from zero", () => {
    const g = v.charts.wide;
    expect(g.unitLabel).toBe('Mio. kr.');
    expect(g.yTicks[0]!.label).toBe('0');
    expect(g.xTicks.map((t) => t.label)).toEqual(['2007', '2008']);
    expect(g.series[0]!.points.map((p) => [p.period, p.valueText])).toEqual([
      ['2007', '22,7\u00a0mio.\u00a0kr.'],
      ['2008', '24,4\u00a0mio.\u00a0kr.'],
    ]);
    expect(g.series[0]!.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(g.labels.map((l) => l.lines.join(' '))).toEqual(['Udgifter i alt']);
    expect(v.charts.narrow.width).toBeLessThan(g.width);
  });

  it('has a generated description and the same data as a table', () => {
    expect(v.description).toBe(
      'Grafen viser Børne- og Ungdomsforvaltningens udgifter til den særlige integrationsindsats i budgetårene 2007–2008, i millioner kroner i hvert års priser (ikke korrigeret for prisudviklingen). ' +
        'Udgifterne var 22,7\u00a0mio.\u00a0kr. i 2007 og 24,4\u00a0mio.\u00a0kr. i 2008. Fra 2007 til 2008 er det en stigning på 1,7\u00a0mio.\u00a0kr. (7,5\u00a0pct.).',
    );
    expect(v.table.rows.map((r) => [r.period, r.cells[0]])).toEqual([
      ['2007', '22,7'],
      ['2008', '24,4'],
    ]);
    expect([v.csvPath, v.jsonPath, v.svgPath]).toEqual([
      'forvaltninger/boerne-og-ungdom/udgifter.csv',
      'forvaltninger/boerne-og-ungdom/udgifter.json',
      'forvaltninger/boerne-og-ungdom/udgifter.svg',
    ]);
  });

  it("cites a real amount's letters as its sources and lets an invented amount only refer to its letters", () => {
    expect(letterRefs(['a', 'b'], false)).toEqual([
      { slug: 'a', before: ' · ' },
      { slug: 'b', before: ' · ' },
    ]);
    expect(letterRefs(['a'], true)).toEqual([{ slug: 'a', before: '. Beløbet er opdigtet og står ikke i brevet ' }]);
    expect(letterRefs(['a', 'b', 'c'], true)).toEqual([
      { slug: 'a', before: '. Beløbet er opdigtet og står ikke i brevene ' },
      { slug: 'b', before: ', ' },
      { slug: 'c', before: ' og ' },
    ]);
    expect(letterRefs([], true)).toEqual([]);
    const lines = v.years.flatMap((y) => y.lines);
    expect(lines.every((l) => l.letters.map((r) => r.slug).join() === l.sourceLetters.join())).toBe(true);
  });

  it('says a fall, one year, and example data', () => {
    expect(
      describeSpending(
        'X',
        [
          { year: 2007, total: 2_000_000 },
          { year: 2008, total: 1_500_000 },
        ],
        'all',
      ),
    ).toContain(
      'Fra 2007 til 2008 er det et fald på 0,5\u00a0mio.\u00a0kr. (25,0\u00a0pct.). Beløbene er eksempeldata, ikke rigtige udgifter.',
    );
    expect(
      describeSpending(
        'X',
        [
          { year: 2007, total: 2_000_000 },
          { year: 2008, total: 1_500_000 },
        ],
        'some',
      ),
    ).toMatch(
      /\(25,0\u00a0pct\.\)\. Nogle af beløbene er eksempeldata, ikke rigtige udgifter; de er markeret »Eksempeldata« under udgifterne pr\. formål\.$/,
    );
    expect(describeSpending('X', [{ year: 2007, total: 2_000_000 }], 'none')).toBe(
      'Grafen viser Xs udgifter til den særlige integrationsindsats i budgetåret 2007, i millioner kroner i hvert års priser (ikke korrigeret for prisudviklingen). Udgifterne var 2,0\u00a0mio.\u00a0kr. i 2007.',
    );
  });
});

describe('a goal', () => {
  const letter = (slug: string) =>
    slug === LETTER_08 ? { title: 'Budgetredegørelse', date: new Date('2007-03-26'), sagsnr: '2006-742' } : undefined;
  it('links its administration, area, indicator (with the value in the budget year), report and letters', () => {
    const v = goalView(DATA.goals[0]!, barometer, letter);
    expect(v.administration).toMatchObject({
      name: 'Børne- og Ungdomsforvaltningen',
      committee: 'Børne- og Ungdomsudvalget (BUU)',
      yearPath: 'forvaltninger/boerne-og-ungdom/#budget-2008',
    });
    expect(v.indicator).toMatchObject({
      id: 'd-uddannelse',
      path: 'indikatorer/d-uddannelse/',
      atYear: 'Indikatoren har ingen måling for 2008. Seneste måling: 41,5\u00a0pct. (2015).',
    });
    expect([v.target, v.realistic, v.reportPath, v.status]).toEqual([
      '45\u00a0pct.',
      'Nej',
      'statusrapporter/2008/',
      { label: 'Delvist opfyldt', colour: 'gul', text: 'Tæt på.', attribution: 'Opdigtet status (eksempeldata), ikke forvaltningens ord' },
    ]);
    expect(v.sources).toEqual([
      { title: 'Budgetredegørelse', path: `breve/${LETTER_08}/`, iso: '2007-03-26', dateText: '26. marts 2007', sagsnr: '2006-742' },
    ]);
  });

  it('names a real goal’s letter its source, and says an example goal is not in the letter it is made after', () => {
    const real = goalView(goal('x', { area: 'beskaeftigelse', illustrative: false }), barometer, letter);
    expect([real.sourceLabel, real.sourceNote]).toEqual(['Kildedokument', undefined]);
    const example = goalView(goal('x', { area: 'beskaeftigelse', illustrative: true }), barometer, letter);
    expect([example.sourceLabel, example.sourceNote]).toEqual(['Eksemplet er lavet efter', 'Målet er opdigtet og står ikke i brevet.']);
    // Whose words the status is: the administration's, or no one's.
    const said = { status: 'delvist opfyldt' as const, statusText: 'Tæt på.' };
    expect(goalView(goal('x', { area: 'beskaeftigelse', illustrative: false, ...said }), barometer, letter).status.attribution).toBe(
      `Forvaltningens status: ${real.administration.name}`,
    );
    expect(goalView(goal('x', { area: 'beskaeftigelse', illustrative: true, ...said }), barometer, letter).status.attribution).toBe(
      'Opdigtet status (eksempeldata), ikke forvaltningens ord',
    );
    // Whose judgement »realistic« is: likewise.
    expect([real.realisticLabel, example.realisticLabel]).toEqual([
      'Realistisk ifølge forvaltningen',
      'Realistisk i eksemplet (opdigtet vurdering)',
    ]);
    expect([true, false].map((r) => goalCopy.realisticShort(r))).toEqual([
      'Realistisk ifølge forvaltningen.',
      'Ikke realistisk ifølge forvaltningen.',
    ]);
    expect([true, false].map((r) => goalCopy.realisticShort(r, true))).toEqual([
      'Opdigtet vurdering: realistisk.',
      'Opdigtet vurdering: ikke realistisk.',
    ]);
    expect(goalCopy.realisticShort(undefined, true)).toBe('');
    expect([false, true].map((e) => goalCopy.statusTextNoneFor(e))).toEqual([
      'Forvaltningen har endnu ikke gjort status over målet.',
      'Eksempelmålet har ingen statustekst.',
    ]);
  });

  it('says where the indicator was measured in both its figures when not in Copenhagen', () => {
    expect(goalCopy.indicatorAtYear('56,6 pct.', 2008, 'hele landet')).toBe('Indikatoren målte 56,6 pct. i 2008 (hele landet).');
    expect(goalCopy.indicatorNow('50,9 pct.', '2010', 'hele landet')).toBe('Seneste måling: 50,9 pct. (2010, hele landet).');
    expect(goalCopy.indicatorNow('50,9 pct.', '2010')).toBe('Seneste måling: 50,9 pct. (2010).');
  });

  it('the status report’s lead calls the status the administrations’ own only when no goal is an example', () => {
    expect(goalCopy.reportLead(2008)).toContain('med forvaltningernes egen status.');
    expect(goalCopy.reportLead(2008, true)).toContain('med deres status.');
    expect(goalCopy.reportLead(2008, true)).not.toContain('egen');
  });

  it('a goal in a year the indicator measured gives that value', () => {
    const v = goalView(goal('x', { area: 'beskaeftigelse', indicator: 'a-beskaeftigelse', budgetYear: 2015 }), barometer, letter);
    expect(v.indicator?.atYear).toBe('Indikatoren målte 52,25\u00a0pct. i 2015.');
  });
});

describe('the status report', () => {
  it('has a year for every budget year with goals or spending', () => {
    expect(reportYears(DATA)).toEqual([2008, 2007, 2006]);
  });

  it('computes each area as the barometer stood in the year', () => {
    expect(areaStatusAsOf(barometer, 'beskaeftigelse', 2013)).toMatchObject({
      status: { colour: 'hvid', label: 'Ingen status' },
      latestText: 'Ingen måling til og med 2013',
      explanation: 'Hovedindikatorens basisår er 2014, efter 2013, så barometret har ingen status for 2013.',
    });
    const y2015 = areaStatusAsOf(barometer, 'beskaeftigelse', 2015);
    expect([y2015.status.colour, y2015.latestText]).toEqual(['groen', '52,25\u00a0pct. (2015)']);
    expect(areaStatusAsOf(barometer, 'beskaeftigelse', 2014).status.colour).toBe('hvid');
  });

  it("shows beside the year's status the status today, as the area's page has it", () => {
    const today = areaState(barometer, 'beskaeftigelse').status;
    expect(areaStatusAsOf(barometer, 'beskaeftigelse', 2013).today).toEqual({ colour: today.colour, label: today.label });
    expect(areaStatusAsOf(barometer, 'beskaeftigelse', 2015).today).toEqual({ colour: today.colour, label: today.label });
    // In 2013 the barometer had no status yet (baseline 2014); today the area is on track.
    expect(areaStatusAsOf(barometer, 'beskaeftigelse', 2013).status.colour).toBe('hvid');
    expect(today.colour).toBe('groen');
  });

  it("lists every administration with its goals and status counts, and the year's spending", () => {
    const r = statusReport(DATA, barometer, 2008);
    expect(r.title).toBe('Statusrapport på integrationsområdet 2008');
    expect(r.areas).toHaveLength(6);
    expect(r.goalCount).toBe(2);
    expect(r.administrations.map((a) => `${a.abbr}:${a.goals.length}`)).toEqual([
      'ØKF:0',
      'BUF:2',
      'KFF:0',
      'SUF:0',
      'SOF:0',
      'TMF:0',
      'BIF:0',
    ]);
    expect(r.spending.totalText).toBe('24.400.000\u00a0kr.');
    expect(r.downloads.map((d) => [d.path, d.fileName])).toEqual([
      ['statusrapporter/2008/maal.csv', 'statusrapport-2008-maal.csv'],
      ['statusrapporter/2008/omraader.csv', 'statusrapport-2008-omraader.csv'],
      ['statusrapporter/2008/udgifter.csv', 'statusrapport-2008-udgifter.csv'],
    ]);
    expect(r.illustrative).toBe(true);
    expect(statusReport(DATA, barometer, 2007).illustrative).toBe(false);
  });
});

describe('goals seen from letters, areas and indicators', () => {
  it('a letter lists the goals and spending that cite it, per budget year', () => {
    const l = goalsCitingLetter(DATA, LETTER_07, barometer.indicators)!;
    expect(l.years.map((y) => [y.year, y.goals.map((g) => g.id), y.lead, y.spendingText])).toEqual([
      [
        2007,
        ['bif-2007-a'],
        'Ét mål for budget 2007 har brevet som kildedokument.',
        'Udgifter for budget 2007 med brevet som kilde: 23,2\u00a0mio.\u00a0kr. i alt.',
      ],
    ]);
    expect(l.illustrative).toBe(false);
    expect(l.years[0]?.spendingIllustrative).toBe(false);
    expect(goalsCitingLetter(DATA, 'andet-brev', barometer.indicators)).toBeUndefined();
  });

  it("a letter's spending total made with an invented amount is itself marked as example data", () => {
    const mixed = { ...DATA, spending: DATA.spending.map((s) => (s.administration === 'BIF' ? { ...s, illustrative: true } : s)) };
    const l = goalsCitingLetter(mixed, LETTER_07, barometer.indicators)!;
    expect(l.years[0]?.spendingIllustrative).toBe(true);
    expect(l.illustrative).toBe(true);
    // Some amounts invented: the sentence says so, as an example goal's lead does.
    expect(l.years[0]?.spendingText).toBe(
      'Udgifter for budget 2007, der henviser til brevet: 23,2\u00a0mio.\u00a0kr. i alt, heraf opdigtede eksempelbeløb, som ikke står i brevet.',
    );
  });

  it('a letter says which goals it is the source of, and which examples are only made after it', () => {
    const g = (illustrative: boolean) => ({ illustrative });
    expect(goalCopy.letterGoalsLead([g(false), g(false)], 2007)).toBe('2 mål for budget 2007 har brevet som kildedokument.');
    expect(goalCopy.letterGoalsLead([g(false)], 2007)).toBe('Ét mål for budget 2007 har brevet som kildedokument.');
    expect(goalCopy.letterGoalsLead([g(true), g(true), g(true)], 2007)).toBe(
      '3 eksempelmål for budget 2007 er lavet efter brevet; de står ikke i det.',
    );
    expect(goalCopy.letterGoalsLead([g(true)], 2007)).toBe('Ét eksempelmål for budget 2007 er lavet efter brevet; det står ikke i det.');
    expect(goalCopy.letterGoalsLead([g(false), g(true)], 2007)).toBe(
      'Ét mål for budget 2007 har brevet som kildedokument, og ét eksempelmål er lavet efter det uden at stå i det.',
    );
  });

  it('a letter names itself the source of real spending only', () => {
    expect(goalCopy.letterSpending(2007, '23,2\u00a0mio.\u00a0kr.')).toBe(
      'Udgifter for budget 2007 med brevet som kilde: 23,2\u00a0mio.\u00a0kr. i alt.',
    );
    expect(goalCopy.letterSpending(2007, '23,2\u00a0mio.\u00a0kr.', 'all')).toBe(
      'Opdigtede udgifter for budget 2007, lavet efter brevet: 23,2\u00a0mio.\u00a0kr. i alt. Beløbene står ikke i brevet.',
    );
    expect(goalCopy.letterSpending(2007, '23,2\u00a0mio.\u00a0kr.', 'some')).toBe(
      'Udgifter for budget 2007, der henviser til brevet: 23,2\u00a0mio.\u00a0kr. i alt, heraf opdigtede eksempelbeløb, som ikke står i brevet.',
    );
  });

  it('an area shows its two newest budget years and counts the older ones', () => {
    const a = goalsForArea(DATA, 'uddannelse', barometer.indicators);
    expect([a.years.map((y) => y.year), a.olderYears]).toEqual([[2008, 2006], 0]);
    expect(
      goalsForArea({ ...DATA, goals: [...DATA.goals, goal('buf-2005', { budgetYear: 2005 })] }, 'uddannelse', barometer.indicators)
        .olderYears,
    ).toBe(1);
  });

  it('an indicator lists the goals it follows', () => {
    expect(goalsForIndicator(DATA, 'a-beskaeftigelse', barometer.indicators).years.map((y) => y.goals.map((g) => g.id))).toEqual([
      ['bif-2007-a'],
    ]);
  });
});

describe('downloads', () => {
  const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  const abs = (p: string) => `https://example.org/${p}`;

  it("the status report's goals as CSV for Danish Excel, with a link back to each goal", () => {
    const csv = reportCsv(DATA, barometer, 2008, 'maal', abs);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const [header, first] = rows(csv);
    expect(header?.slice(0, 4)).toEqual(['budget_year', 'administration', 'administration_name', 'id']);
    expect(first).toEqual([
      '2008',
      'BUF',
      'Børne- og Ungdomsforvaltningen',
      'buf-2008-a',
      'resultatkrav',
      'Mål buf-2008-a',
      'uddannelse',
      'd-uddannelse',
      '45',
      '',
      'delvist opfyldt',
      'Tæt på.',
      'nej',
      'Mentorer.',
      '2006-742',
      'ja',
      'https://example.org/forvaltninger/boerne-og-ungdom/buf-2008-a/',
    ]);
  });

  it('the areas and the spending of the year', () => {
    const areas = rows(reportCsv(DATA, barometer, 2015, 'omraader', abs));
    expect(areas).toHaveLength(7);
    const today = areaState(barometer, 'beskaeftigelse').status;
    expect(areas[0]?.slice(-3)).toEqual(['status_today_colour', 'status_today', 'url']);
    expect(areas[1]).toEqual([
      '2015',
      'beskaeftigelse',
      'Beskæftigelse',
      'a-beskaeftigelse',
      'groen',
      'På rette kurs',
      '2015',
      '52,25',
      'pct',
      expect.any(String),
      today.colour,
      today.label,
      'https://example.org/omraader/beskaeftigelse/',
    ]);
    expect(rows(reportCsv(DATA, barometer, 2008, 'udgifter', abs)).slice(1)).toEqual([
      ['2008', 'BUF', 'Børne- og Ungdomsforvaltningen', 'Sprog', '19800000', 'Budget', '', 'nej'],
      ['2008', 'BUF', 'Børne- og Ungdomsforvaltningen', 'Modtagelsesklasser', '4600000', 'Budget', '', 'nej'],
    ]);
  });

  it('a cell that would run as a formula is neutralised', () => {
    const evil = { ...DATA, goals: [goal('x', { title: '=HYPERLINK("http://x")' })] };
    expect(reportCsv(evil, barometer, 2008, 'maal', abs)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it("an administration's spending as CSV (spending.csv's columns) and JSON with totals", () => {
    expect(rows(spendingCsv(DATA, 'BUF'))).toEqual([
      ['administration', 'budget_year', 'amount', 'covers', 'source', 'source_document', 'illustrative'],
      ['BUF', '2007', '22700000', 'Sprog', 'Budget', '', 'nej'],
      ['BUF', '2008', '19800000', 'Sprog', 'Budget', '', 'nej'],
      ['BUF', '2008', '4600000', 'Modtagelsesklasser', 'Budget', '', 'nej'],
    ]);
    const json = spendingJson(DATA, 'BUF');
    expect(json.administration).toEqual({ abbr: 'BUF', name: 'Børne- og Ungdomsforvaltningen' });
    expect(json.totals).toEqual([
      { budget_year: 2007, amount: 22_700_000, illustrative: false },
      { budget_year: 2008, amount: 24_400_000, illustrative: false },
    ]);
    // A year's total that includes an example row is example data too.
    const mixed = {
      ...DATA,
      spending: DATA.spending.map((s) =>
        s.administration === 'BUF' && s.budgetYear === 2008 && s.covers === 'Sprog' ? { ...s, illustrative: true } : s,
      ),
    };
    expect(spendingJson(mixed, 'BUF').totals.map((t) => t.illustrative)).toEqual([false, true]);
    // A row has the CSV's columns (spending.csv's), snake_case.
    expect(json.rows[0]).toEqual({
      administration: 'BUF',
      budget_year: 2007,
      amount: 22_700_000,
      covers: 'Sprog',
      source: 'Budget',
      source_document: null,
      illustrative: false,
    });
  });
});
