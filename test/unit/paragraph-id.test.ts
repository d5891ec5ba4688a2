import { describe, expect, it } from 'vitest';
import { paragraphId, paragraphNumber } from '../../src/lib/archive/paragraph-id.ts';

describe('paragraph ids', () => {
  it('reads back the number it wrote', () => {
    for (const n of [1, 9, 16, 120]) expect(paragraphNumber(paragraphId(n))).toBe(n);
    expect(paragraphId(3)).toBe('afsnit-3');
  });

  it('reads no number from any other id', () => {
    for (const id of [undefined, '', 'afsnit', 'afsnit-', 'afsnit-0', 'afsnit-02', 'afsnit-3-2', 'side-2-1', 'indhold', 'x-afsnit-3'])
      expect(paragraphNumber(id)).toBeUndefined();
  });
});
