/** /om/'s tables come from the data: each area's main indicator and every baseline that is not 2014, with why. */
import { describe, expect, it } from 'vitest';
import { mainIndicatorRows, otherBaselines } from '../../src/lib/barometer/about-view.ts';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { AREAS } from '../../src/lib/registry/areas.ts';

const { barometer } = loadBarometer('data');

describe('/om/ tables', () => {
  it('lists each area once with its main indicator, whom it covers and its baseline', () => {
    const rows = mainIndicatorRows(barometer);
    expect(rows.map((r) => r.area)).toEqual(AREAS.map((a) => a.name));
    for (const r of rows) {
      const ind = barometer.indicators.find((i) => i.main && r.path === `indikatorer/${i.id}/`)!;
      expect([r.title, r.coverage, r.baseline]).toEqual([ind.title, ind.coverage, ind.baseline?.period.label]);
    }
  });

  it('groups baselines other than 2014 by year and reason, and gives every one a reason', () => {
    const rows = otherBaselines(barometer);
    const listed = rows.flatMap((r) => r.indicators.map((i) => i.path));
    const expected = barometer.indicators
      .filter((i) => i.baseline && i.baseline.period.label !== '2014')
      .map((i) => `indikatorer/${i.id}/`);
    expect(listed.sort()).toEqual(expected.sort());
    for (const r of rows) expect(r.note, r.baseline).toMatch(/basisår/);
    expect(new Set(rows.map((r) => `${r.baseline}|${r.note}`)).size).toBe(rows.length);
  });
});
