import { describe, expect, it } from 'vitest';
import { normaliseBase, siteSettings } from '../../src/loaders/site-settings.ts';
import { withBase } from '../../src/lib/url.ts';

describe('base path', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['integrationsbarometer', '/integrationsbarometer/'],
    ['/integrationsbarometer', '/integrationsbarometer/'],
    ['/a/b/', '/a/b/'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it('prefixes internal paths once', () => {
    expect(withBase('/', 'breve/')).toBe('/breve/');
    expect(withBase('/integrationsbarometer/', '/breve/')).toBe('/integrationsbarometer/breve/');
    expect(withBase('/integrationsbarometer', '')).toBe('/integrationsbarometer/');
  });

  it('reads folders and base from the environment', () => {
    const s = siteSettings({ BASE_PATH: 'x', BAROMETER_CONTENT_DIR: '/tmp/c', BAROMETER_DATA_DIR: '/tmp/d' });
    expect(s).toMatchObject({ base: '/x/', contentDir: '/tmp/c', dataDir: '/tmp/d' });
  });
});
