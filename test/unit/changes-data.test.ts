/** The change summary's data part, pure: value and field diffs, flags, warnings, status before → after. */
import { describe, expect, it } from 'vitest';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE, SPENDING_TABLE } from '../../src/lib/data/csv-schema.ts';
import { dataChanges as changesOf, tableChanges } from '../../scripts/lib/changes/data-changes.ts';
import { readData, readTable } from '../../scripts/lib/changes/read-tables.ts';
import { dataWarnings } from '../../scripts/lib/changes/warnings.ts';
import { compareStatus, oneSentence } from '../../scripts/lib/changes/status-changes.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { csv, INDICATORS, indicatorsWith, MEASUREMENTS, measurementsWith, type Rec } from '../helpers/changes-fixture.ts';

const IND = csv(INDICATORS_TABLE, INDICATORS);
const MEA = csv(MEASUREMENTS_TABLE, MEASUREMENTS);
const NBSP = '\u00a0';

type Texts = { before: string; after: string };
/** Both sides as the summary reads them (the check's verdict on every row), then their changes per indicator. */
function dataChanges(ind: Texts, mea: Texts) {
  const side = (i: string, m: string, s: 'before' | 'after') =>
    readData({ file: 'data/indicators.csv', text: i }, { file: 'data/measurements.csv', text: m }, s);
  return changesOf(side(ind.before, mea.before, 'before'), side(ind.after, mea.after, 'after')).indicators;
}

/** A measurements file with a flag column, as the schema will have it: the summary must read both. */
function withFlags(rows: readonly Rec[]): string {
  const names = [...MEASUREMENTS_TABLE.columns.map((c) => c.name).filter((n) => n !== 'flag'), 'flag'];
  return `\uFEFF${[names.join(';'), ...rows.map((r) => names.map((n) => r[n] ?? '').join(';'))].join('\r\n')}\r\n`;
}

function barometer(ind: string, mea: string) {
  const r = validateData({ file: 'data/indicators.csv', text: ind }, { file: 'data/measurements.csv', text: mea });
  expect(r.errors).toEqual([]);
  return r.barometer;
}

describe('dataChanges', () => {
  it('lists values added, revised and removed per indicator, breakdowns included', () => {
    const after = measurementsWith((rows) => [
      ...rows
        .filter((r) => !(r.indicator === 'kultur' && r.period === '2014'))
        .map((r) => (r.indicator === 'besk' && r.period === '2022' ? { ...r, value: '72,4' } : r)),
      { indicator: 'tryghed-sub', period: '2024', breakdown: 'Kvinder', value: '17,0', source: 'Testkilde A' },
    ]);
    const c = dataChanges({ before: IND, after: IND }, { before: MEA, after: after });
    expect(c.map((x) => x.id)).toEqual(['besk', 'kultur', 'tryghed-sub']);
    expect(c[0]?.revised).toEqual([{ period: '2022', breakdown: '', old: '72,0', new: '72,4' }]);
    expect(c[1]?.removed).toEqual([{ period: '2014', breakdown: '', value: '40,0', flag: '' }]);
    expect(c[2]?.added).toEqual([{ period: '2024', breakdown: 'Kvinder', value: '17,0', flag: '' }]);
    expect(c.every((x) => x.fields.length === 0)).toBe(true);
  });

  it('"72,0" and "72" are the same value; a note or source edit is not a revision', () => {
    const after = measurementsWith((rows) =>
      rows.map((r) => (r.indicator === 'besk' && r.period === '2022' ? { ...r, value: '72', note: 'Ny note', source: 'Testkilde B' } : r)),
    );
    const [c] = dataChanges({ before: IND, after: IND }, { before: MEA, after });
    expect(c?.revised).toEqual([]);
    expect(c?.notes).toEqual([{ period: '2022', breakdown: '', old: '', new: 'Ny note' }]);
    expect(c?.sources).toEqual([{ period: '2022', breakdown: '', old: 'Testkilde A', new: 'Testkilde B' }]);
  });

  it("a source address set or changed is listed, as the page's change history shows it", () => {
    const after = measurementsWith((rows) =>
      rows.map((r) => (r.indicator === 'besk' && r.period === '2022' ? { ...r, source_url: 'https://www.statistikbanken.dk/RAS200' } : r)),
    );
    const [c] = dataChanges({ before: IND, after: IND }, { before: MEA, after });
    expect(c?.sourceUrls).toEqual([{ period: '2022', breakdown: '', old: '', new: 'https://www.statistikbanken.dk/RAS200' }]);
    expect(c?.sources).toEqual([]);
  });

  it('reads flags when the column exists and compares a file without it as having none', () => {
    const flagged = MEASUREMENTS.map((r) => (r.indicator === 'bolig-udsatte' && r.period === '2023' ? { ...r, flag: 'foreløbig' } : r));
    const c = dataChanges({ before: IND, after: IND }, { before: MEA, after: withFlags(flagged) });
    expect(c).toHaveLength(1);
    expect(c[0]?.flags).toEqual([{ period: '2023', breakdown: '', old: '', new: 'foreløbig' }]);
    // Both with the column: revideret replaces foreløbig, and a new value carries its flag.
    const later = withFlags([
      ...flagged.map((r) => (r.flag ? { ...r, flag: 'revideret' } : r)),
      { indicator: 'besk', period: '2024', value: '74,0', source: 'Testkilde A', flag: 'brud i serien', note: 'Ny opgørelse.' },
    ]);
    const d = dataChanges({ before: IND, after: IND }, { before: withFlags(flagged), after: later });
    expect(d.find((x) => x.id === 'bolig-udsatte')?.flags).toEqual([{ period: '2023', breakdown: '', old: 'foreløbig', new: 'revideret' }]);
    expect(d.find((x) => x.id === 'besk')?.added).toEqual([{ period: '2024', breakdown: '', value: '74,0', flag: 'brud i serien' }]);
  });

  it('an indicator added or removed, and fields of its row changed', () => {
    const after = indicatorsWith((rows) => [
      ...rows.filter((r) => r.id !== 'kultur').map((r) => (r.id === 'udd' ? { ...r, title: 'Ny titel', tolerance: '1' } : r)),
      { ...rows[0], id: 'ny' } as Rec,
    ]);
    const c = dataChanges({ before: IND, after }, { before: MEA, after: MEA });
    expect(c.map((x) => [x.id, Boolean(x.before), Boolean(x.after)])).toEqual([
      ['udd', true, true],
      ['ny', false, true],
      ['kultur', true, false],
    ]);
    expect(c[0]?.fields).toEqual([
      { field: 'title', old: 'Ungdomsuddannelse', new: 'Ny titel' },
      { field: 'tolerance', old: '0,5', new: '1' },
    ]);
  });

  it('survives a broken version: rows still compare by key', () => {
    const broken = MEA.replace('besk;2023;;73,0', 'besk;2023;;"73,0');
    expect(() => dataChanges({ before: IND, after: IND }, { before: MEA, after: broken })).not.toThrow();
  });
});

describe('tableChanges: a table the summary has no special knowledge of', () => {
  const spend = (administration: string, covers: string, amount: string): Rec => ({
    administration,
    budget_year: '2025',
    covers,
    amount,
    source: 'Budget 2025',
    illustrative: 'nej',
  });
  const table = (rows: Rec[], side: 'before' | 'after') =>
    readTable({ file: 'data/spending.csv', text: csv(SPENDING_TABLE, rows) }, SPENDING_TABLE, side);
  it('diffs rows on the primary key', () => {
    const before = table([spend('BIF', 'Sprog', '10'), spend('BUF', 'Sprog', '20')], 'before');
    const after = table([spend('BIF', 'Sprog', '12'), spend('SOF', 'Sprog', '30')], 'after');
    expect(tableChanges(before, after)).toEqual([
      { kind: 'added', key: 'SOF · 2025 · Sprog', fields: [] },
      { kind: 'changed', key: 'BIF · 2025 · Sprog', fields: [{ field: 'amount', old: '10', new: '12' }] },
      { kind: 'removed', key: 'BUF · 2025 · Sprog', fields: [] },
    ]);
  });
});

describe('dataWarnings', () => {
  const warn = (ind: string, mea: string) => dataWarnings(dataChanges({ before: IND, after: ind }, { before: MEA, after: mea }));

  it('a value revised by more than the tolerance, and not one within it', () => {
    const mea = measurementsWith((rows) =>
      rows.map((r) => {
        if (r.indicator === 'besk' && r.period === '2022') return { ...r, value: '72,5' }; // exactly the tolerance
        if (r.indicator === 'besk' && r.period === '2023') return { ...r, value: '73,6' };
        return r;
      }),
    );
    expect(warn(IND, mea)).toEqual([
      `»Beskæftigelse i alt« (\`besk\`), 2023: rettet fra 73,0${NBSP}pct. til 73,6${NBSP}pct. – en ændring på 0,6${NBSP}procentpoint, mere end indikatorens tolerance på 0,5${NBSP}procentpoint.`,
    ]);
  });

  it('baseline, target, the illustrative mark and the source changed', () => {
    const ind = indicatorsWith((rows) =>
      rows.map((r) => {
        if (r.id === 'besk') return { ...r, baseline_period: '2022', baseline_value: '72,0' };
        if (r.id === 'bolig-udsatte') return { ...r, target_period: '2030' };
        if (r.id === 'udd') return { ...r, source: 'Danmarks Statistik', source_url: 'https://www.statistikbanken.dk/UDD' };
        return r;
      }),
    );
    expect(warn(ind, MEA)).toEqual([
      '»Beskæftigelse i alt« (`besk`): basis ændret (`baseline_period`: 2014 → 2022; `baseline_value`: 70,0 → 72,0).',
      '»Bor i udsatte boligområder« (`bolig-udsatte`): mål ændret (`target_period`: 2026 → 2030).',
      '»Ungdomsuddannelse« (`udd`): kilde ændret (`source`: Testkilde A → Danmarks Statistik; `source_url`: – → https://www.statistikbanken.dk/UDD).',
    ]);
  });

  it('an illustrative series marked as real', () => {
    const before = indicatorsWith((rows) => rows.map((r) => (r.id === 'kultur' ? { ...r, illustrative: 'ja' } : r)));
    const w = dataWarnings(dataChanges({ before, after: IND }, { before: MEA, after: MEA }));
    expect(w).toEqual([
      '»Foreningsliv« (`kultur`): mærket som eksempeldata er fjernet (`illustrative`: ja → nej). Tallene vises nu som rigtige tal; tjek kilden.',
    ]);
  });

  it("revising the baseline period's value moves a baseline that is read from the measurements", () => {
    const mea = measurementsWith((rows) =>
      rows.map((r) => (r.indicator === 'tryghed' && r.period === '2014' ? { ...r, value: '72,2' } : r)),
    );
    expect(warn(IND, mea)).toEqual([
      `»Tryghed i nabolaget« (\`tryghed\`): basisværdien ændres, fordi målingen for basisperioden 2014 er rettet (72,0${NBSP}pct. → 72,2${NBSP}pct.).`,
    ]);
  });

  it('the source of existing values changed, and an indicator removed', () => {
    const mea = measurementsWith((rows) => rows.map((r) => (r.indicator === 'sundhed' ? { ...r, source: 'Sundhedsprofilen' } : r)));
    const ind = indicatorsWith((rows) => rows.filter((r) => r.id !== 'tryghed-sub'));
    expect(warn(ind, mea)).toEqual([
      '»Godt helbred« (`sundhed`): kilden til 2 målinger er ændret (2014: Testkilde A → Sundhedsprofilen; 2023: Testkilde A → Sundhedsprofilen).',
      '»Oplevet diskrimination« (`tryghed-sub`) er fjernet: indikatorens side forsvinder fra sitet.',
    ]);
  });
});

describe('compareStatus', () => {
  it('status and trend per area before and after, with the reason in one sentence', () => {
    const mea = measurementsWith((rows) => [
      ...rows,
      { indicator: 'tryghed', period: '2024', breakdown: '', value: '84,0', source: 'Testkilde A' },
    ]);
    const st = compareStatus(barometer(IND, MEA), barometer(IND, mea));
    expect(st.available).toBe(true);
    expect(st.areas.map((a) => [a.key, a.changed])).toEqual([
      ['beskaeftigelse', false],
      ['bolig', false],
      ['tryghed', true],
      ['uddannelse', false],
      ['sundhed-og-omsorg', false],
      ['kultur-og-fritid', false],
    ]);
    const t = st.areas[2];
    expect([t?.before?.colour, t?.before?.status, t?.after?.colour, t?.after?.status]).toEqual([
      'gul',
      'Stilstand',
      'groen',
      'På rette kurs',
    ]);
    expect([t?.before?.trend, t?.after?.trend]).toEqual(['Stilstand', 'Fremgang']);
    expect(t?.after?.reason).not.toMatch(/\.\s/);
  });

  it('a side with data errors has no status to compare, and says which side', () => {
    expect(compareStatus(barometer(IND, MEA), undefined)).toMatchObject({ available: false, missing: 'after' });
    expect(compareStatus(undefined, barometer(IND, MEA))).toMatchObject({ available: false, missing: 'before' });
  });

  it("oneSentence joins the trace's sentences without touching abbreviations inside one", () => {
    expect(
      oneSentence('Fra 2014 (70,0 pct.) til 2023 er der sket en forbedring. For at nå målet skulle den være 5. 95 % af det er 4,75.'),
    ).toBe('Fra 2014 (70,0 pct.) til 2023 er der sket en forbedring; for at nå målet skulle den være 5. 95 % af det er 4,75.');
  });
});
