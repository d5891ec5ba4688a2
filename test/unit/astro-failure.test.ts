/**
 * The Danish summary scripts/build.ts prints when Astro fails after the check passed: the cause,
 * file and line (or the page being built and its content file), never a stack trace. Logs in
 * test/fixtures/astro-failures/ are shortened copies of real Astro 7 failures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFileForPage, editorPath, summariseAstroFailure } from '../../scripts/lib/build/astro-failure.ts';

const ctx = {
  cwd: '/repo',
  contentDir: 'content',
  logFile: '/repo/node_modules/.cache/integrationsbarometer/astro-build.log',
  exists: (p: string) => p === 'content/conferences/2009.mdx',
};
const summary = (name: string) => summariseAstroFailure(readFileSync(`test/fixtures/astro-failures/${name}.log`, 'utf8'), ctx);
const LOG_LINE =
  'Hele Astros besked står i node_modules/.cache/integrationsbarometer/astro-build.log. Er fejlen ikke i dine filer, så kontakt en udvikler.';

describe('Astro failure summary', () => {
  it('gives an MDX syntax error the check\u2019s Danish words and the file:line:column', () => {
    expect(summary('mdx-syntax')).toEqual([
      'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
      '  content/conferences/2009.mdx:82:7: tegnet < begynder en komponent i MDX, men her følger ingen gyldig komponent (forventede en komponent som <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />, eller \\< for at vise tegnet <)',
      LOG_LINE,
    ]);
  });

  it('repeats the content guard\u2019s own file:line:column lines', () => {
    expect(summary('content-guard')).toEqual([
      'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
      '  content/conferences/2009.mdx:10:1: export er ikke tilladt i MDX: kode i dokumentet ville køre, når sitet bygges (fik "export const n = 250 * 2", forventede tekst)',
      '  content/conferences/2009.mdx:12:9: {…} er kode i MDX og er ikke tilladt (fik "{n}", forventede almindelig tekst)',
      LOG_LINE,
    ]);
  });

  it('names the page being built and the content file behind it when a page fails', () => {
    expect(summary('render-error')).toEqual([
      'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
      '  Årsag (Astros egen besked): Ukendt indikator "findes-ikke". Kendte indikatorer: a, b.',
      '  Siden, der blev bygget: /konferencer/2009/ (fra content/conferences/2009.mdx)',
      LOG_LINE,
    ]);
  });

  it('points at the file of an unresolved import', () => {
    expect(summary('unresolved-import')).toEqual([
      'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
      '  Årsag (Astros egen besked): [UNRESOLVED_IMPORT] Could not resolve \u2019./findes-ikke.mdx\u2019 in content/conferences/2009.mdx'.replace(
        /\u2019/g,
        "'",
      ),
      '  Fil: content/conferences/2009.mdx:12:14',
      LOG_LINE,
    ]);
  });

  it('never repeats a stack trace', () => {
    for (const name of ['mdx-syntax', 'content-guard', 'render-error', 'unresolved-import']) {
      expect(summary(name).join('\n')).not.toMatch(/\bat \S+ \(|Stack trace|file:\/\//);
    }
  });

  it('maps pages to content files and paths to what the editor sees', () => {
    expect(contentFileForPage('/breve/x/', 'content', (p) => p === 'content/letters/x.md')).toBe('content/letters/x.md');
    expect(contentFileForPage('/integrationsbarometer/omraader/bolig/', 'content', (p) => p === 'content/areas/bolig.md')).toBe(
      'content/areas/bolig.md',
    );
    expect(contentFileForPage('/indikatorer/x/', 'content', () => true)).toBeUndefined();
    expect(editorPath('/repo/content/letters/x.md', '/repo')).toBe('content/letters/x.md');
    expect(editorPath('file:///repo/data/x.csv', '/repo')).toBe('data/x.csv');
    expect(editorPath('/tmp/korpus/x.md', '/repo')).toBe('/tmp/korpus/x.md');
  });
});
