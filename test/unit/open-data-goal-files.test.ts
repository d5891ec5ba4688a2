/** /data/ lists every administration's spending files and every year's status report tables (lib/open-data/goal-files.ts). */
import { describe, expect, it } from 'vitest';
import { goalFiles } from '../../src/lib/open-data/goal-files.ts';
import type { GoalData } from '../../src/lib/goals/model.ts';

const spending = (administration: string, budgetYear: number, illustrative: boolean) =>
  ({ administration, budgetYear, illustrative, amount: 1_000_000 }) as unknown as GoalData['spending'][number];
const goal = (administration: string, budgetYear: number, illustrative: boolean) =>
  ({ administration, budgetYear, illustrative, id: `m-${budgetYear}` }) as unknown as GoalData['goals'][number];

describe('goalFiles', () => {
  const data: GoalData = {
    goals: [goal('BUF', 2008, true), goal('BIF', 2009, false)],
    spending: [spending('BIF', 2009, false), spending('BUF', 2008, true), spending('BUF', 2009, false)],
  };
  const files = goalFiles(data);

  it('lists each administration with spending, in the registry order, with its CSV, JSON and SVG', () => {
    expect(files.spending.map((s) => s.label)).toHaveLength(2);
    for (const s of files.spending) {
      const [csv, json, svg] = s.links;
      expect(csv?.path).toMatch(/^forvaltninger\/[a-z-]+\/udgifter\.csv$/);
      expect(csv?.download).toBe(`udgifter-${s.path.split('/').at(-2)}.csv`);
      expect(json?.path).toMatch(/udgifter\.json$/);
      expect(svg?.path).toMatch(/udgifter\.svg$/);
    }
  });

  it("saves each administration's CSV under its own name", () => {
    const names = files.spending.map((s) => s.links[0]?.download);
    expect(new Set(names).size).toBe(files.spending.length);
  });

  it('marks an administration whose amounts include example data', () => {
    const buf = files.spending.find((s) => s.path.includes('boerne-og-ungdom'));
    expect(buf?.illustrative).toBe(true);
    expect(files.spending.filter((s) => s !== buf).every((s) => !s.illustrative)).toBe(true);
  });

  it('lists each budget year’s status report with its three tables, newest first, example years marked', () => {
    expect(files.reports.map((r) => r.path)).toEqual(['statusrapporter/2009/', 'statusrapporter/2008/']);
    expect(files.reports[0]?.links.map((f) => f.path)).toEqual([
      'statusrapporter/2009/maal.csv',
      'statusrapporter/2009/omraader.csv',
      'statusrapporter/2009/udgifter.csv',
    ]);
    expect(files.reports.map((r) => r.illustrative)).toEqual([false, true]);
  });

  it('is empty without goals or spending', () => {
    expect(goalFiles({ goals: [], spending: [] })).toEqual({ spending: [], reports: [] });
  });
});
