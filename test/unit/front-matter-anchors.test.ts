/**
 * YAML anchors and aliases (&navn / *navn) are refused before any rule (or the build) expands them:
 * nine lines of ten aliases each would expand to a billion values.
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { splitFrontMatter } from '../../scripts/lib/check/front-matter.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
const MESSAGE =
  'YAML-ankre og -henvisninger (&navn, *navn) er ikke tilladt i front matter: få linjer med dem kan vokse til milliarder af værdier';

/** Level 0 holds ten strings, each further level ten aliases of the one before. */
function bomb(levels: number): string {
  const names = 'abcdefghijk';
  const lines = [`a: &a [${Array(10).fill('"x"').join(',')}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(10)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `---\ntitle: Brev\ndate: 2009-05-01\nsagsnr: "2009-1"\n${lines.join('\n')}\n---\n\nTeksten.\n`;
}

describe('YAML anchors and aliases in front matter', () => {
  it('a 9-level alias bomb is refused within a second, one error per line, and the data is never read', () => {
    const started = performance.now();
    const errors = checkContentFile(bomb(9), 'brev.md', 'letters', ctx).map(formatError);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toHaveLength(9);
    expect(errors[0]).toBe(`brev.md:5:4: ${MESSAGE} (fik "&a", forventede værdien skrevet ud, hvor den skal stå)`);
    expect(errors[8]).toBe(`brev.md:13:4: ${MESSAGE} (fik "&i", forventede værdien skrevet ud, hvor den skal stå)`);
    expect(splitFrontMatter(bomb(9), 'brev.md').fm?.data).toBeUndefined();
  });

  it('an alias alone is located at its *', () => {
    const text = '---\ntitle: Brev\ndate: 2009-05-01\nsagsnr: "2009-1"\nsummary: *x\n---\n';
    expect(checkContentFile(text, 'brev.md', 'letters', ctx).map(formatError)).toEqual([
      `brev.md:5:10: ${MESSAGE} (fik "*x", forventede værdien skrevet ud, hvor den skal stå)`,
    ]);
  });

  it('accepts & and * in text', () => {
    const text = '---\ntitle: "Q&A om *stjerner* & mere"\ndate: 2009-05-01\nsagsnr: "2009-1"\nsummary: R&D\n---\n\nTeksten.\n';
    expect(checkContentFile(text, 'brev.md', 'letters', ctx)).toEqual([]);
  });
});
