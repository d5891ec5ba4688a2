/**
 * The status and series colours as actually written in global.css and StatusBadge.astro meet WCAG
 * 2.1 AA: graphics (icon shapes, lines) ≥ 3:1 against what they sit on, text ≥ 4.5:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/lib/quality/contrast.ts';
import { cssCustomProperties } from '../../src/lib/embed/css-palette.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
const badge = readFileSync('src/components/StatusBadge.astro', 'utf8');
const palette = cssCustomProperties(css);
const prop = (name: string) => {
  const v = palette[`--${name}`];
  if (!v || !/^#[0-9a-f]{6}$/i.test(v)) throw new Error(`--${name} mangler i global.css`);
  return v;
};
const WHITE = '#ffffff';

/** The badge's custom properties for one status (fill, stroke, glyph, tint), resolved against global.css. */
function statusColours(colour: string): Record<'fill' | 'stroke' | 'glyph' | 'tint', string> {
  const block = new RegExp(`\\.ib-status--${colour}\\s*\\{([^}]*)\\}`).exec(badge)?.[1];
  if (block === undefined) throw new Error(`.ib-status--${colour} mangler i StatusBadge.astro`);
  const p = cssCustomProperties(`${css}\n.ib-status--${colour} {${block}}`);
  const get = (name: string) => {
    const v = p[`--ib-status-${name}`]?.replace(/^#fff$/i, WHITE);
    if (!v || !/^#[0-9a-f]{6}$/i.test(v)) throw new Error(`--ib-status-${name} for ${colour} er ikke en farve: ${v}`);
    return v;
  };
  return { fill: get('fill'), stroke: get('stroke'), glyph: get('glyph'), tint: get('tint') };
}

const STATUSES = ['groen', 'gul', 'roed', 'hvid'];

describe('status colours', () => {
  it('green and red shapes stand out from white (≥ 3:1) and carry white glyphs (≥ 4.5:1)', () => {
    for (const c of ['ib-green', 'ib-red']) expect(contrastRatio(prop(c), WHITE)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(STATUSES)('%s: the shape stands out from white by its fill or its outline (≥ 3:1)', (c) => {
    const s = statusColours(c);
    expect(Math.max(contrastRatio(s.fill, WHITE), contrastRatio(s.stroke, WHITE))).toBeGreaterThanOrEqual(3);
  });
  it.each(STATUSES)('%s: the glyph reads on the shape (≥ 4.5:1)', (c) => {
    const s = statusColours(c);
    expect(contrastRatio(s.glyph, s.fill)).toBeGreaterThanOrEqual(4.5);
  });
  it('yellow is too light on white, so its shape has an outline that is not', () => {
    expect(contrastRatio(prop('ib-yellow'), WHITE)).toBeLessThan(3);
    expect(statusColours('gul').fill).toBe(prop('ib-yellow'));
    expect(contrastRatio(statusColours('gul').stroke, WHITE)).toBeGreaterThanOrEqual(3);
  });
  it.each(STATUSES)('%s badge text reads on its tint (≥ 4.5:1)', (c) => {
    expect(contrastRatio(prop('ib-ink'), statusColours(c).tint)).toBeGreaterThanOrEqual(4.5);
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
