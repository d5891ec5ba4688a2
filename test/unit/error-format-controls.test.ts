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

  it('shows invisible characters too, so a value that looks right shows why it was refused', () => {
    const e = {
      file: 'data/measurements.csv',
      line: 5,
      column: 4,
      message: 'værdien er ikke et tal',
      got: '61,21\u200b',
      expected: 'et tal',
    };
    expect(formatError(e)).toBe('data/measurements.csv:5:4: værdien er ikke et tal (fik "61,21<U+200B>", forventede et tal)');
    expect(formatError({ ...e, got: '2008-\u202e4321' })).toContain('fik "2008-<U+202E>4321"');
    expect(formatError({ ...e, got: 'Æblerød\u00a0å' })).toContain('fik "Æblerød\u00a0å"');
  });
});
