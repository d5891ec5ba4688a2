import { describe, expect, it } from 'vitest';
import { fieldValue, historyLines } from '../../src/lib/history/history-view.ts';
import type { ChangeEntry } from '../../src/lib/history/indicator-history.ts';

describe('changed indicator fields in the change history', () => {
  it('names the field in Danish and writes a date the Danish way', () => {
    const entry = {
      added: [],
      revised: [],
      removed: [],
      fields: [{ field: 'next_update', old: '', new: '2026-12-01' }],
    } as unknown as ChangeEntry;
    expect(historyLines(entry)).toEqual([
      { kind: 'field', label: 'Ændret felt', text: 'Næste opdatering forventes: – → 1. december 2026' },
    ]);
  });

  it('keeps a year, a number and an unknown field as they are', () => {
    expect(fieldValue('next_update', '2029')).toBe('2029');
    expect(fieldValue('tolerance', '0.5')).toBe('0,5');
    const entry = { added: [], revised: [], removed: [], fields: [{ field: 'ny_kolonne', old: 'a', new: 'b' }] } as unknown as ChangeEntry;
    expect(historyLines(entry)[0]?.text).toBe('ny_kolonne: a → b');
  });
});
