/**
 * A heading in an editor's text gets an id from its words; it must never be an id the site's own
 * templates use on a page, or the page would have the same id twice (invalid, and a link or the
 * skip link could land on the wrong element). PAGE_IDS lists them; this keeps the list complete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSlugger, PAGE_IDS } from '../../src/lib/archive/heading-slug.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

describe('ids a heading may not take', () => {
  it('lists every literal id the templates write that has no »ib-« prefix', () => {
    const ids = new Set<string>();
    for (const file of ['src/layouts', 'src/components', 'src/pages'].flatMap(sources))
      for (const m of readFileSync(file, 'utf8').matchAll(/\sid="([a-z][a-z0-9-]*)"/g)) if (!m[1]!.startsWith('ib-')) ids.add(m[1]!);
    expect([...ids].filter((id) => !PAGE_IDS.includes(id))).toEqual([]);
    expect(ids.has('indhold')).toBe(true);
  });

  it('gives a heading »Indhold« or »Status« another id than the page’s own', () => {
    const slug = createSlugger();
    expect(slug('Indhold')).toBe('indhold-2');
    expect(slug('Status')).toBe('status-2');
    expect(slug('Status')).toBe('status-3');
    expect(slug('Økonomi')).toBe('oekonomi');
  });
});
