/**
 * Which searches get their own history entry (src/lib/search/history-entry.ts): Back returns to
 * the search the visitor chose or read, not to every word they typed on the way.
 */
import { describe, expect, it } from 'vitest';
import { SETTLED_AFTER_MS, historyStep, isSettled, shown, typedForm, type HistoryEntry } from '../../src/lib/search/history-entry.ts';

const typed = (query: string, shownAt?: number): HistoryEntry => ({ query, settled: false, ...(shownAt === undefined ? {} : { shownAt }) });

describe('search history entries', () => {
  it('replaces the entry while the visitor types, so Back does not step through »k«, »ko«, »kon«', () => {
    const first = historyStep({ query: '', settled: true }, '?q=kon', 'typing', 0);
    expect(first).toEqual({ action: 'replace', entry: { query: '?q=kon', settled: false } });
    // The results for »kon« came and went within a second: not read.
    const second = historyStep(shown(first.entry, '?q=kon', 100), '?q=konference', 'typing', 900);
    expect(second.action).toBe('replace');
  });

  it('keeps a search whose results were on screen for a while, and pushes the next one', () => {
    const read = shown(typed('?q=konference'), '?q=konference', 1_000);
    expect(isSettled(read, 1_000 + SETTLED_AFTER_MS - 1)).toBe(false);
    expect(isSettled(read, 1_000 + SETTLED_AFTER_MS)).toBe(true);
    const next = historyStep(read, '?q=integrationspolitik', 'typing', 1_000 + SETTLED_AFTER_MS);
    expect(next).toEqual({ action: 'push', entry: { query: '?q=integrationspolitik', settled: false } });
  });

  it('keeps a search chosen with Enter, a filter, the order or a suggestion, however briefly it was shown', () => {
    const entered = historyStep(typed('?q=konference'), '?q=konference', 'submit', 10);
    expect(entered).toEqual({ action: 'none', entry: { query: '?q=konference', settled: true } });
    expect(historyStep(entered.entry, '?q=konference&aar=2009', 'refine', 20)).toEqual({
      action: 'push',
      entry: { query: '?q=konference&aar=2009', settled: true },
    });
    expect(historyStep(entered.entry, '?q=tryghed', 'typing', 20).action).toBe('push');
  });

  it('a filter chosen at once keeps the search it narrows, and is kept itself', () => {
    const step = historyStep(typed('?q=konference', 4), '?q=konference&type=brev', 'refine', 5);
    expect(step).toEqual({ action: 'push', entry: { query: '?q=konference&type=brev', settled: true } });
  });

  it('Enter on a new query replaces a half-typed search that was not read', () => {
    expect(historyStep(typed('?q=konf', 4), '?q=konferencer', 'submit', 5)).toEqual({
      action: 'replace',
      entry: { query: '?q=konferencer', settled: true },
    });
  });

  it('never keeps the empty search page: the first search replaces it', () => {
    expect(historyStep({ query: '', settled: true }, '?q=tryghed', 'submit', 99_999).action).toBe('replace');
    expect(historyStep({ query: '', settled: true, shownAt: 0 }, '?aar=2009', 'refine', 99_999).action).toBe('replace');
  });

  it('an address brought by loading the page or by Back is kept, and rewritten only into its canonical form', () => {
    expect(historyStep(typed('?q=a'), '?q=a', 'address', 0)).toEqual({ action: 'none', entry: { query: '?q=a', settled: true } });
    expect(historyStep({ query: '?aar=2009&q=a', settled: true }, '?q=a&aar=2009', 'address', 0)).toEqual({
      action: 'replace',
      entry: { query: '?q=a&aar=2009', settled: true },
    });
  });

  it('marks the results shown only for the search the entry still holds, and only the first time', () => {
    const entry = typed('?q=a');
    expect(shown(entry, '?q=b', 5)).toBe(entry);
    const once = shown(entry, '?q=a', 5);
    expect(once.shownAt).toBe(5);
    expect(shown(once, '?q=a', 50).shownAt).toBe(5);
  });

  it('reads the form as typed from an entry that kept it, and nothing from any other state', () => {
    expect(typedForm({ q: 'konference ', fra: '2009', til: '' })).toEqual({ q: 'konference ', fra: '2009', til: '' });
    expect(typedForm(null)).toBeUndefined();
    expect(typedForm({ q: 'a', fra: 2009, til: '' })).toBeUndefined();
    expect(typedForm('?q=a')).toBeUndefined();
  });
});
