import { describe, expect, it } from 'vitest';
import { ariaCurrent } from '../../src/lib/current-page.ts';

describe('aria-current on navigation links', () => {
  it('"page" only on the link to the page being shown', () => {
    expect(ariaCurrent('/breve/', '/breve/', true)).toBe('page');
    expect(ariaCurrent('/', '/', true)).toBe('page');
    expect(ariaCurrent('/om/', '/om/index.html', true)).toBe('page');
    expect(ariaCurrent('/integrationsbarometer/soeg/', '/integrationsbarometer/soeg', false)).toBe('page');
    expect(ariaCurrent('/breve/aar/2008/', '/breve/aar/2008/?q=x#top', false)).toBe('page');
    expect(ariaCurrent('/breve/udvalg/økonomi/', '/breve/udvalg/%C3%B8konomi/', false)).toBe('page');
  });

  it('"true" on a link to the section or list the page belongs to, nothing on the others', () => {
    // The main navigation on a letter, an area and an edition.
    expect(ariaCurrent('/breve/', '/breve/2008-05-16-brev/', true)).toBe('true');
    expect(ariaCurrent('/', '/omraader/bolig/', true)).toBe('true');
    expect(ariaCurrent('/om/', '/udgaver/2026-12-01/', true)).toBe('true');
    // An archive filter: the committee on its year page, the year on its second page.
    expect(ariaCurrent('/breve/udvalg/social/', '/breve/udvalg/social/2008/', true)).toBe('true');
    expect(ariaCurrent('/breve/aar/2008/', '/breve/aar/2008/side/2/', true)).toBe('true');
    expect(ariaCurrent('/breve/', '/breve/aar/2008/', false)).toBeUndefined();
    expect(ariaCurrent('/data/', '/om/', false)).toBeUndefined();
  });
});
