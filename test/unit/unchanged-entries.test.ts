/**
 * The letters' entry types skip the front matter of a file whose contents have the stored entry's
 * digest (src/loaders/unchanged-entries.ts); every other file is parsed by Astro's entry type.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { skipUnchanged, type EntryInfoType } from '../../src/loaders/unchanged-entries.ts';

const root = new URL('file:///repo/');
const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const file = (path: string) => new URL(path, root);

function setup() {
  const parse = vi.fn(async ({ contents }: { contents: string }) => ({ data: { title: contents }, body: `body of ${contents}` }));
  const render = vi.fn();
  const md: EntryInfoType & { getRenderFunction: typeof render; extensions: string[] } = {
    extensions: ['.md'],
    getEntryInfo: parse,
    getRenderFunction: render,
  };
  const other = { extensions: ['.json'] };
  const types = skipUnchanged(
    new Map<string, EntryInfoType & { extensions: string[]; getRenderFunction?: typeof render }>([
      ['.md', md],
      ['.json', other],
    ]),
    [
      { id: '2010-1-brev', digest: digest('uændret'), filePath: 'content/letters/2010-1-brev.md' },
      { id: 'eget-id', digest: digest('med slug'), filePath: 'content/letters/med-slug.md' },
    ],
    digest,
    root,
  );
  return { parse, render, types };
}

describe('skipUnchanged', () => {
  it('answers an unchanged file with its stored id as slug, without parsing it', async () => {
    const { parse, types } = setup();
    const info = await types.get('.md')?.getEntryInfo?.({ contents: 'uændret', fileUrl: file('content/letters/2010-1-brev.md') });
    expect(info?.data).toEqual({ slug: '2010-1-brev' });
    // An id that came from the file's own slug stays that id.
    const slugged = await types.get('.md')?.getEntryInfo?.({ contents: 'med slug', fileUrl: file('content/letters/med-slug.md') });
    expect(slugged?.data).toEqual({ slug: 'eget-id' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('parses a changed file, a new file and a file that moved', async () => {
    const { parse, types } = setup();
    const md = types.get('.md');
    await md?.getEntryInfo?.({ contents: 'rettet', fileUrl: file('content/letters/2010-1-brev.md') });
    await md?.getEntryInfo?.({ contents: 'nyt', fileUrl: file('content/letters/2011-2-nyt.md') });
    const moved = await md?.getEntryInfo?.({ contents: 'uændret', fileUrl: file('content/letters/arkiv/2010-1-brev.md') });
    expect(parse).toHaveBeenCalledTimes(3);
    expect(moved).toEqual({ data: { title: 'uændret' }, body: 'body of uændret' });
  });

  it("keeps the entry type's other parts and types without front matter as they are", () => {
    const { render, types } = setup();
    expect(types.get('.md')?.getRenderFunction).toBe(render);
    expect(types.get('.md')?.extensions).toEqual(['.md']);
    expect(types.get('.json')).toEqual({ extensions: ['.json'] });
  });
});
