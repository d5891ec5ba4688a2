/**
 * Example data on the goal pages (/forvaltninger/, an administration, /statusrapporter/ and a year's
 * report): every count and sum made from invented rows carries its own mark, and the page banner
 * says »Alle tallene« only when every figure on the page is an example. And the year's report links
 * to the archive's letters of that year about the barometer's measurements (the letter of 16 May
 * 2008 for 2008), chosen from their front matter.
 */
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { letterSchema, type LetterData } from '../../src/lib/content-schemas.ts';
import type { Goal, GoalData, Spending } from '../../src/lib/goals/model.ts';
import { exampleShare, illustrativeBanner } from '../../src/lib/example-share.ts';
import { overview } from '../../src/lib/goals/overview.ts';
import { administrationExamples, administrationView } from '../../src/lib/goals/administration-view.ts';
import { spendingView } from '../../src/lib/goals/spending-view.ts';
import { reportSummaries, statusReport } from '../../src/lib/goals/status-report.ts';
import { barometerLettersOfYear, REPORT_LETTER_LIMIT, reportLetters } from '../../src/lib/goals/report-letters.ts';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { realGoals, realLetters } from '../helpers/published-downloads.ts';

const { barometer } = loadBarometer('test/fixtures/data/valid-danish-excel');

function goal(id: string, over: Partial<Goal>): Goal {
  return {
    id,
    administration: 'BUF',
    budgetYear: 2008,
    kind: 'aktivitetsmål',
    title: `Mål ${id}`,
    description: 'Beskrivelse.',
    area: 'uddannelse',
    status: 'opfyldt',
    sourceDocument: '2006-742',
    sourceLetters: [],
    illustrative: true,
    ...over,
  };
}
function spend(administration: string, budgetYear: number, amount: number, illustrative: boolean): Spending {
  return { administration, budgetYear, amount, covers: 'Sprog', source: 'Budget', sourceLetters: [], illustrative };
}

/** Every row an example, as data/ holds today. */
const ALL: GoalData = {
  goals: [goal('buf-2008-a', {}), goal('bif-2007-a', { administration: 'BIF', budgetYear: 2007, area: 'beskaeftigelse' })],
  spending: [spend('BUF', 2008, 1_000_000, true), spend('BIF', 2007, 500_000, true)],
};
/** A real goal and a real amount in 2007 beside the examples. */
const MIXED: GoalData = {
  goals: [...ALL.goals, goal('bif-2007-b', { administration: 'BIF', budgetYear: 2007, illustrative: false })],
  spending: [...ALL.spending, spend('BIF', 2007, 250_000, false)],
};
/** Real rows only. */
const REAL: GoalData = {
  goals: ALL.goals.map((g) => ({ ...g, illustrative: false })),
  spending: ALL.spending.map((s) => ({ ...s, illustrative: false })),
};

describe('how much of a page is example data', () => {
  it('is »all«, »some« or »none« from the rows behind it', () => {
    expect(exampleShare([true, true])).toBe('all');
    expect(exampleShare([true, false])).toBe('some');
    expect(exampleShare([false])).toBe('none');
    expect(exampleShare([])).toBe('none');
  });

  it('the banner says »Alle« only when every figure is an example, »Nogle« when some are, nothing when none are', () => {
    expect(illustrativeBanner('all')).toBe(
      'Alle tallene på denne side er illustrative og ikke rigtige målinger. De er markeret med »Eksempeldata«.',
    );
    expect(illustrativeBanner('some')).toMatch(/^Nogle af tallene på denne side er illustrative/);
    // The older boolean prop keeps its wording.
    expect(illustrativeBanner(true)).toBe(illustrativeBanner('some'));
    expect([illustrativeBanner('none'), illustrativeBanner(false), illustrativeBanner(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("/forvaltninger/: each cell's count and sum carries the mark", () => {
  it('marks the goal count and the spending sum of a cell made from example rows, in the rows and the total', () => {
    const v = overview(ALL);
    const buf = v.rows.find((r) => r.administration.abbr === 'BUF')!.cells.find((c) => c.year === 2008)!;
    expect([buf.goalsText, buf.goalsIllustrative, buf.spendingIllustrative]).toEqual(['1 mål', true, true]);
    expect(v.totals.every((c) => c.goalsIllustrative && c.spendingIllustrative)).toBe(true);
    // A cell with nothing in it has no figure to mark.
    const okf = v.rows.find((r) => r.administration.abbr === 'ØKF')!.cells[0]!;
    expect([okf.goalsText, okf.goalsIllustrative, okf.spendingIllustrative]).toEqual(['Ingen mål', false, false]);
    expect(v.examples).toBe('all');
  });

  it('a total that mixes a real and an invented row is an example; the page is then only partly examples', () => {
    const v = overview(MIXED);
    const total2007 = v.totals.find((c) => c.year === 2007)!;
    expect([total2007.goals, total2007.goalsIllustrative, total2007.spendingIllustrative]).toEqual([2, true, true]);
    expect(v.examples).toBe('some');
    expect(overview(REAL).examples).toBe('none');
    expect(overview(REAL).totals.some((c) => c.goalsIllustrative || c.spendingIllustrative)).toBe(false);
  });
});

describe("an administration's page", () => {
  it("marks each budget year's count of example goals and each year's spending total", () => {
    const v = administrationView(ALL, 'BUF', barometer.indicators);
    expect(v.years.map((y) => [y.year, y.illustrative])).toEqual([[2008, true]]);
    expect(v.spending?.years.map((y) => [y.year, y.totalText, y.illustrative])).toEqual([[2008, '1.000.000\u00a0kr.', true]]);
    expect(administrationView(REAL, 'BUF', barometer.indicators).years[0]?.illustrative).toBe(false);
  });

  it("the spending table's caption says »eksempeldata« when an amount behind it is one", () => {
    expect(spendingView(ALL, 'BUF')?.tableCaption).toBe(
      'Børne- og Ungdomsforvaltningens udgifter til integration pr. budgetår, mio. kr. (eksempeldata)',
    );
    expect(spendingView(REAL, 'BUF')?.tableCaption).toBe('Børne- og Ungdomsforvaltningens udgifter til integration pr. budgetår, mio. kr.');
  });

  it('the banner: all examples without letters, some beside a real letter, none when all is real', () => {
    const v = administrationView(ALL, 'BUF', barometer.indicators);
    expect(administrationExamples(v, [])).toBe('all');
    expect(administrationExamples(v, [{ illustrative: false }])).toBe('some');
    expect(administrationExamples(v, [{ illustrative: true }])).toBe('all');
    expect(administrationExamples(administrationView(REAL, 'BUF', barometer.indicators), [{ illustrative: false }])).toBe('none');
  });
});

describe('the status reports', () => {
  it("/statusrapporter/: each year's count of goals carries the mark; all examples there", () => {
    const { years, examples } = reportSummaries(ALL);
    expect(years.map((y) => [y.year, y.title, y.goalCount, y.illustrative])).toEqual([
      [2008, 'Statusrapport på integrationsområdet 2008', 1, true],
      [2007, 'Statusrapport på integrationsområdet 2007', 1, true],
    ]);
    expect(examples).toBe('all');
    expect(reportSummaries(MIXED).examples).toBe('some');
    expect(reportSummaries(REAL).years.some((y) => y.illustrative)).toBe(false);
  });

  it("a year's report: the count sentence and the spending total carry the mark; the real areas make the page »some«", () => {
    const r = statusReport(ALL, barometer, 2008);
    expect([r.goalsIllustrative, r.spending.totalIllustrative]).toEqual([true, true]);
    // The areas' status comes from real indicators: the banner may not say that every figure is invented.
    expect(r.areas.some((a) => !a.indicator.illustrative)).toBe(true);
    expect(r.examples).toBe('some');
    const real = statusReport(REAL, barometer, 2008);
    expect([real.goalsIllustrative, real.spending.totalIllustrative]).toEqual([false, false]);
    // The fixture has an illustrative main indicator too: the banner still says »nogle« for it.
    expect(real.areas.some((a) => a.indicator.illustrative)).toBe(true);
    expect(real.examples).toBe('some');
    const noExampleIndicators = { ...barometer, indicators: barometer.indicators.map((i) => ({ ...i, illustrative: false })) };
    expect(statusReport(REAL, noExampleIndicators, 2008).examples).toBe('none');
  });

  it('the real data: every goal and amount is an example, so the lists say »alle« and the reports »nogle«', () => {
    const data = realGoals();
    expect(data.goals.length).toBeGreaterThan(0);
    expect(data.goals.every((g) => g.illustrative) && data.spending.every((s) => s.illustrative)).toBe(true);
    expect(overview(data).examples).toBe('all');
    expect(reportSummaries(data).examples).toBe('all');
    for (const year of reportSummaries(data).years.map((y) => y.year)) {
      expect(statusReport(data, getBarometer(), year).examples).toBe('some');
    }
  });
});

describe("the report's letters of its year", () => {
  const letter = (id: string, fm: Record<string, unknown>): { id: string; data: LetterData } => ({
    id,
    data: letterSchema.parse({ title: id, sagsnr: '1', ...fm }),
  });
  const results = letter('2008-05-16-resultater', { date: '2008-05-16', areas: ['uddannelse'], indicators: ['d-uddannelse'] });
  const concept = letter('2008-02-01-koncept', { date: '2008-02-01', areas: ['tryghed'] });
  const older = letter('2007-05-01-resultater', { date: '2007-05-01', indicators: ['a-beskaeftigelse'] });

  it("chooses the year's letters that name a barometer indicator, not those tagged only with an area", () => {
    expect(barometerLettersOfYear([concept, older, results], 2008).map((l) => l.id)).toEqual(['2008-05-16-resultater']);
    const r = reportLetters([concept, older, results], 2008);
    expect(r?.letters.map((l) => [l.title, l.path, l.date.text])).toEqual([
      ['2008-05-16-resultater', 'breve/2008-05-16-resultater/', '16. maj 2008'],
    ]);
    expect([r?.hidden, r?.yearPath]).toEqual([0, 'breve/aar/2008/']);
    expect(reportLetters([concept, older], 2008)).toBeUndefined();
  });

  it('lists the newest few and counts the rest, newest first', () => {
    const many = Array.from({ length: REPORT_LETTER_LIMIT + 2 }, (_, i) =>
      letter(`l${i}`, { date: `2008-0${i + 1}-01`, indicators: ['d-uddannelse'] }),
    );
    const r = reportLetters(many, 2008)!;
    expect(r.letters).toHaveLength(REPORT_LETTER_LIMIT);
    expect(r.letters[0]?.title).toBe(`l${REPORT_LETTER_LIMIT + 1}`);
    expect(r.hidden).toBe(2);
  });

  it("the real archive: 2008's report links to the letter of 16 May 2008 on the barometer's results", () => {
    const r = reportLetters(realLetters(), 2008);
    expect(r?.letters.map((l) => l.path)).toEqual(['breve/2008-05-16-integrationsbarometrets-resultater-maj-2008/']);
    // The year the barometer has no computed status for is the year the letter reports on.
    expect(statusReport(realGoals(), getBarometer(), 2008).areas.every((a) => a.status.colour === 'hvid')).toBe(true);
  });
});
