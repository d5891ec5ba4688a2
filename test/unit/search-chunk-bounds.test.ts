import { describe, expect, it } from 'vitest';
import { contiguousChunks, justBelow } from '../../scripts/lib/search/chunk-bounds.ts';
import { decodeCbor, encodeCbor } from '../../scripts/lib/search-index/cbor.ts';

describe('Pagefind chunk bounds', () => {
  it('round-trips the CBOR Pagefind writes', () => {
    const value = [
      '1.6.0',
      [
        ['da_726205e', 575, ''],
        ['da_204d757', 70000, 'x'],
      ],
      [['a', 'ba', 'da_1']],
      [],
      [['date', [3, 1, 2]]],
      ['title'],
    ];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
    expect(decodeCbor(encodeCbor(-5))).toBe(-5);
    expect(encodeCbor(24)).toEqual(Buffer.from([0x18, 24]));
  });

  it('ends each chunk just before the next one starts, so a word at a chunk end matches that chunk only', () => {
    const chunks = contiguousChunks([
      ['hørt', 'i', 'da_i'],
      ['integrationsk', 'integrationspo', 'da_k'],
      ['integrationspr', 'integrationsr', 'da_pr'],
    ]);
    const holding = (term: string) => chunks.filter(([from, to]) => term >= from && term <= to).map((c) => c[2]);
    expect(holding('integrationspolitik')).toEqual(['da_k']);
    expect(holding('integrationspolitikken')).toEqual(['da_k']);
    expect(holding('integrationsprocessen')).toEqual(['da_pr']);
    expect(holding('ikke')).toEqual(['da_i']);
    expect(holding('integrationsrådet')).toEqual(['da_pr']);
    expect(justBelow('integrationspr') < 'integrationspr').toBe(true);
    expect(justBelow('integrationspr') > 'integrationspqzzzz').toBe(true);
  });
});
