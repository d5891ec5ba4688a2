import { describe, expect, it } from 'vitest';
import { parseRange } from '../../src/lib/search/date-range.ts';
import { dateFieldViews } from '../../src/lib/search/date-field-view.ts';

const ids = { hint: 'soeg-dato-hint', error: { from: 'soeg-fra-fejl', to: 'soeg-til-fejl' } };
const views = (fra: string, til: string) => dateFieldViews(parseRange(fra, til).problems, ids);

describe('the date fields on the search page (WCAG 3.3.1)', () => {
  it('readable dates: not invalid, nothing printed, described by the hint alone', () => {
    for (const [fra, til] of [
      ['', ''],
      ['marts 2007', '11.2007'],
    ] as const) {
      const v = views(fra, til);
      expect(v.from).toEqual({ invalid: false, messages: [], describedBy: 'soeg-dato-hint' });
      expect(v.to).toEqual({ invalid: false, messages: [], describedBy: 'soeg-dato-hint' });
    }
  });

  it('an unreadable date: its own field is invalid, the message is printed next to it and describes it before the hint', () => {
    const v = views('i fjor', '2008-06');
    expect(v.from).toEqual({
      invalid: true,
      messages: ['Fra-datoen »i fjor« kan ikke læses. Skriv år og måned, fx marts 2007 eller 3.2007.'],
      describedBy: 'soeg-fra-fejl soeg-dato-hint',
    });
    expect(v.to).toEqual({ invalid: false, messages: [], describedBy: 'soeg-dato-hint' });
    const both = views('x', 'y');
    expect(both.from.invalid && both.to.invalid).toBe(true);
    expect(both.to.messages).toEqual(['Til-datoen »y« kan ikke læses. Skriv år og måned, fx marts 2007 eller 3.2007.']);
    expect(both.to.describedBy).toBe('soeg-til-fejl soeg-dato-hint');
  });

  it('a range that runs backwards: both fields invalid, said once, next to »Til måned«, and both described by it', () => {
    const v = views('2009-01', '2007-01');
    expect(v.from).toEqual({ invalid: true, messages: [], describedBy: 'soeg-til-fejl soeg-dato-hint' });
    expect(v.to).toEqual({
      invalid: true,
      messages: ['Fra-datoen (januar 2009) ligger efter til-datoen (januar 2007).'],
      describedBy: 'soeg-til-fejl soeg-dato-hint',
    });
  });

  it('parseRange gives each problem its fields, in the order of its messages', () => {
    const r = parseRange('x', '2007');
    expect(r.problems.map((p) => p.fields)).toEqual([['from']]);
    expect(r.errors).toEqual(r.problems.map((p) => p.message));
    expect(parseRange('2009', '2007').problems.map((p) => p.fields)).toEqual([['from', 'to']]);
  });
});
