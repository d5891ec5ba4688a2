/**
 * A letter whose text the Markdown pipeline cannot render stops the content sync with every such
 * letter named and the real cause (attacker report U1): Astro's glob loader only logs a render
 * error and stores the letter without a body, and the build then blamed a missing file in the cache.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodiesOutsideStore, LetterRenderError, renderFailureText } from '../../src/loaders/letter-bodies.ts';

const dir = mkdtempSync(join(tmpdir(), 'ib-bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Entry {
  id: string;
  digest?: string;
  filePath?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

/** A glob loader in small: renders each file with the entry type, logs a failure and stores the entry without a body. */
function fakeGlob(files: Record<string, string>): Loader {
  return {
    name: 'fake-glob',
    load: async (context: LoaderContext) => {
      const types = (
        context as LoaderContext & {
          entryTypes: Map<string, { getRenderFunction: (c: unknown) => Promise<(a: { id: string }) => Promise<unknown>> }>;
        }
      ).entryTypes;
      const render = await types.get('.md')!.getRenderFunction({});
      for (const [id, body] of Object.entries(files)) {
        let rendered: { html: string } | undefined;
        try {
          rendered = (await render({ id })) as { html: string };
        } catch {
          // Astro logs »Error rendering …« here and goes on.
        }
        context.store.set({
          id,
          data: {},
          body,
          digest: `d-${id}`,
          filePath: `content/letters/${id}.md`,
          ...(rendered && { rendered }),
        } as never);
      }
    },
  };
}

function context(entries: Map<string, Entry>, render: (id: string) => Promise<{ html: string }>): LoaderContext {
  const store = {
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (e: Entry) => (entries.set(e.id, e), true),
    delete: (id: string) => entries.delete(id),
  };
  const md = { getRenderFunction: async () => async (args: { id: string }) => render(args.id) };
  return {
    store,
    generateDigest: (s: string) => s,
    config: { root: pathToFileURL(`${dir}/`) },
    entryTypes: new Map([['.md', md]]),
  } as unknown as LoaderContext;
}

describe('letters whose text cannot be rendered', () => {
  it('stop the sync naming each letter and the cause; the others get their body file', async () => {
    const bodies = join(dir, 'bodies');
    const entries = new Map<string, Entry>();
    const loader = bodiesOutsideStore(fakeGlob({ b: '', a: '', ok: '' }), bodies);
    const render = async (id: string) => {
      if (id === 'ok') return { html: '<p>ok</p>' };
      throw new RangeError('Maximum call stack size exceeded');
    };
    const failure = loader.load(context(entries, render));
    await expect(failure).rejects.toBeInstanceOf(LetterRenderError);
    await expect(failure).rejects.toThrow(
      [
        'Brevenes tekst kunne ikke gøres til HTML:',
        `${renderFailureText('content/letters/a.md', new RangeError('Maximum call stack size exceeded'))}`,
        `${renderFailureText('content/letters/b.md', new RangeError('Maximum call stack size exceeded'))}`,
      ].join('\n'),
    );
    expect(readdirSync(bodies)).toEqual(['d-ok.html']);
    expect(existsSync(join(bodies, 'd-a.html'))).toBe(false);
  });

  it('words the cause for the editor: nesting for a stack overflow, Astro\u2019s words otherwise', () => {
    expect(renderFailureText('content/letters/a.md', new RangeError('Maximum call stack size exceeded'))).toBe(
      'content/letters/a.md: teksten har citater, lister, HTML-elementer eller fremhævninger lagt for dybt inden i hinanden, så den kan ikke gøres til HTML (»Maximum call stack size exceeded«); npm run check viser linjen',
    );
    expect(renderFailureText('content/letters/a.md', new Error('noget gik galt\nat x'))).toBe(
      'content/letters/a.md: teksten kunne ikke gøres til HTML (»noget gik galt«)',
    );
    expect(renderFailureText('content/letters/a\nb.md', undefined)).toBe(
      'content/letters/a\\nb.md: teksten kunne ikke gøres til HTML (Astro gav ingen grund)',
    );
  });
});
