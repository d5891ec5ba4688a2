import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/data/errors.ts';

describe('a quoted value with control characters', () => {
  it('shows them as their code, so an ESC sequence never reaches the editor’s terminal', () => {
    const e = {
      file: 'content/letters/a.md',
      line: 2,
      column: 8,
      message: 'feltet er forkert',
      got: 'Brev \u0007\u001b[31m og \u0000',
      expected: 'tekst',
    };
    expect(formatError(e)).toBe(
      'content/letters/a.md:2:8: feltet er forkert (fik "Brev <U+0007><U+001B>[31m og <U+0000>", forventede tekst)',
    );
    expect(formatError({ ...e, got: 'a\tb\nc' })).toContain('fik "a\\tb\\nc"');
  });
});
