/**
 * The status and series colours as actually written in global.css and StatusBadge.astro meet WCAG
 * 2.1 AA: graphics (icon shapes, lines) ≥ 3:1 against what they sit on, text ≥ 4.5:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/lib/quality/contrast.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
const badge = readFileSync('src/components/StatusBadge.astro', 'utf8');
const prop = (name: string) => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!m?.[1]) throw new Error(`--${name} mangler i global.css`);
  return m[1];
};
const tint = (colour: string) => {
  const m = new RegExp(`\\.ib-status--${colour} \\{[^}]*--ib-status-tint: (#[0-9a-fA-F]{6})`).exec(badge);
  if (!m?.[1]) throw new Error(`tint for ${colour} mangler i StatusBadge.astro`);
  return m[1];
};
const WHITE = '#ffffff';

describe('status colours', () => {
  it('green and red shapes stand out from white (≥ 3:1) and carry white glyphs (≥ 4.5:1)', () => {
    for (const c of ['ib-green', 'ib-red']) expect(contrastRatio(prop(c), WHITE)).toBeGreaterThanOrEqual(4.5);
  });
  it('yellow is too light on white, so its shape has an ink outline and an ink glyph', () => {
    expect(contrastRatio(prop('ib-yellow'), WHITE)).toBeLessThan(3);
    expect(badge).toMatch(/\.ib-status--gul \{ --ib-status-fill: var\(--ib-yellow\); --ib-status-stroke: var\(--ib-ink\); --ib-status-glyph: var\(--ib-ink\)/);
    expect(contrastRatio(prop('ib-ink'), prop('ib-yellow'))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['groen', 'gul', 'roed', 'hvid'])('%s badge text reads on its tint (≥ 4.5:1)', (c) => {
    expect(contrastRatio(prop('ib-ink'), tint(c))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('chart series colours', () => {
  it.each([1, 2, 3, 4])('series %i is ≥ 4.5:1 on white (lines and bold labels)', (i) => {
    expect(contrastRatio(prop(`ib-series-${i}`), WHITE)).toBeGreaterThanOrEqual(4.5);
  });
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(() => contrastRatio('red', WHITE)).toThrow('#rrggbb');
  });
});
