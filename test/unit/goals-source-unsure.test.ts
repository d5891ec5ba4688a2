/**
 * A goal's source document given as a case number no letter has is reported, unless a letter's own
 * case number could not be read (its front matter is broken and has its own error): one broken
 * letter gave 23 »ukendt kildedokument« errors in goals.csv and spending.csv beside its own.
 */
import { describe, expect, it } from 'vitest';
import { letterLookup } from '../../src/lib/goals/letter-lookup.ts';
import { checkSourceDocuments } from '../../src/lib/goals/rules/source-document.ts';
import type { GoalContext } from '../../src/lib/goals/goal-context.ts';

const ref = { file: 'data/spending.csv', line: 3, cells: { source_document: { column: 6, raw: '292118' } } };
const ctx = (unreadable: boolean) =>
  ({
    letters: letterLookup(
      ['2009-04-02-opsamling'],
      () => new Map([['2009-9512', ['2009-04-02-opsamling']]]),
      () => unreadable,
    ),
    goals: [],
    spending: [{ ref, sourceDocument: '292118' }],
  }) as unknown as GoalContext;

describe('a source document no letter is known by', () => {
  it('is reported when every letter\u2019s case number was read', () => {
    expect(checkSourceDocuments(ctx(false)).map((e) => e.message)).toEqual([expect.stringMatching(/^ukendt kildedokument/)]);
  });

  it('waits while a letter\u2019s case number cannot be read', () => {
    expect(checkSourceDocuments(ctx(true))).toEqual([]);
    expect(
      letterLookup(
        [],
        () => new Map(),
        () => true,
      ).unsure(),
    ).toBe(true);
    expect(letterLookup(['a'], () => new Map()).unsure()).toBe(false);
  });
});
