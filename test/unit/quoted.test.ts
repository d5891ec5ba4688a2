import { describe, expect, it } from 'vitest';
import { quotedParts } from '../../src/lib/format/quoted.ts';
import { searchCopy } from '../../src/lib/copy/search.ts';

describe('quotedParts', () => {
  it('cuts a text at its »…« quotes and keeps every character', () => {
    const parts = quotedParts('fx »konference«, »Morten Binder« eller »2009-9512«.');
    expect(parts).toEqual([
      { text: 'fx ', quoted: false },
      { text: '»konference«', quoted: true },
      { text: ', ', quoted: false },
      { text: '»Morten Binder«', quoted: true },
      { text: ' eller ', quoted: false },
      { text: '»2009-9512«', quoted: true },
      { text: '.', quoted: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('fx »konference«, »Morten Binder« eller »2009-9512«.');
  });

  it('leaves a text without quotes, or with an unclosed one, as plain text', () => {
    expect(quotedParts('ingen citater')).toEqual([{ text: 'ingen citater', quoted: false }]);
    expect(quotedParts('et »åbent citat')).toEqual([{ text: 'et »åbent citat', quoted: false }]);
  });

  it('finds the search hint’s case number as one quoted part', () => {
    expect(quotedParts(searchCopy.hint).filter((p) => p.quoted && /\d{4}-\d+/.test(p.text))).toHaveLength(1);
  });
});
