/**
 * The page shell (Base.astro) weights a page's indexed body by ILLUSTRATIVE_FACTOR whenever its
 * search entry says »Eksempeldata«, whichever prop says so: the idea catalogue of a real
 * conference marks only its search entry (and `example`), and was indexed as real data.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Base from '../../src/layouts/Base.astro';
import { ILLUSTRATIVE_FACTOR } from '../../src/lib/search/weights.ts';

async function body(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
  const html = await container.renderToString(Base, { props: { title: 'Side', description: 'Om siden', ...props } });
  return /<div data-pagefind-body[^>]*>/.exec(html)?.[0] ?? '';
}

describe('Base.astro: the weight of a page of example data', () => {
  const weight = `data-pagefind-weight="${ILLUSTRATIVE_FACTOR}"`;

  it('weights a page whose search entry is marked, whether by its search info, its banner or its invented subject', async () => {
    expect(await body({ search: { type: 'idékatalog', illustrative: true } })).toContain(weight);
    expect(await body({ search: { type: 'mål' }, example: true })).toContain(weight);
    expect(await body({ search: { type: 'side' }, illustrative: true })).toContain(weight);
  });

  it('leaves a real page at full weight', async () => {
    const real = await body({ search: { type: 'brev' } });
    expect(real).toContain('data-pagefind-body');
    expect(real).not.toContain('data-pagefind-weight');
  });
});
