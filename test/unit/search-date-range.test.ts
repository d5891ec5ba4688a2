import { describe, expect, it } from 'vitest';
import { describeRange, monthsInRange, parseMonth, parseRange } from '../../src/lib/search/date-range.ts';

describe('date range by month', () => {
  it('reads the ways a month is written', () => {
    for (const [text, want] of [
      ['2007-03', { year: 2007, month: 3 }],
      ['2007-3', { year: 2007, month: 3 }],
      ['03-2007', { year: 2007, month: 3 }],
      ['3.2007', { year: 2007, month: 3 }],
      ['3/2007', { year: 2007, month: 3 }],
      ['marts 2007', { year: 2007, month: 3 }],
      ['Mar. 2007', { year: 2007, month: 3 }],
      ['juni 2008', { year: 2008, month: 6 }],
    ] as const) {
      expect(parseMonth(text, 'from'), text).toEqual(want);
    }
    expect(parseMonth('2007', 'from')).toEqual({ year: 2007, month: 1 });
    expect(parseMonth('2007', 'to')).toEqual({ year: 2007, month: 12 });
  });

  it('refuses what is not a month', () => {
    for (const text of ['2007-13', '0-2007', 'ma 2007', 'i går', '20070', '2007-03-12', 'juni']) {
      expect(parseMonth(text, 'from'), text).toBeUndefined();
    }
  });

  it('reports every unreadable end and a backwards range', () => {
    expect(parseRange('x', 'y').errors).toHaveLength(2);
    expect(parseRange('2008-06', '2007-03').errors).toEqual(['Fra-datoen (juni 2008) ligger efter til-datoen (marts 2007).']);
    expect(parseRange('', '').range).toEqual({});
  });

  it('lists the months of a range across a year', () => {
    const first = { year: 2000, month: 1 };
    const last = { year: 2030, month: 12 };
    expect(monthsInRange({ from: { year: 2007, month: 12 }, to: { year: 2008, month: 2 } }, first, last)).toEqual([
      '2007-12',
      '2008-01',
      '2008-02',
    ]);
    expect(monthsInRange({ from: { year: 2007, month: 3 }, to: { year: 2008, month: 6 } }, first, last)).toHaveLength(16);
  });

  it('describes a range in Danish', () => {
    expect(describeRange({ from: { year: 2007, month: 3 }, to: { year: 2008, month: 6 } })).toBe('fra marts 2007 til juni 2008');
    expect(describeRange({ to: { year: 2008, month: 6 } })).toBe('til juni 2008');
  });
});
