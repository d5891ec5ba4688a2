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

  it('names every letter whose text could not be rendered, with the cause, not a missing cache file', () => {
    expect(summary('letter-render')).toEqual([
      'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
      '  content/letters/2008-01-01-y11.md: teksten har citater, lister, HTML-elementer eller fremhævninger lagt for dybt inden i hinanden, så den kan ikke gøres til HTML (»Maximum call stack size exceeded«); npm run check viser linjen',
      '  content/letters/2008-01-02-y12.md: teksten har citater, lister, HTML-elementer eller fremhævninger lagt for dybt inden i hinanden, så den kan ikke gøres til HTML (»Maximum call stack size exceeded«); npm run check viser linjen',
      LOG_LINE,
    ]);
  });

  it('blames the page\u2019s own text for missing sections, not the file in Astro\u2019s location', () => {
    const lines = summariseAstroFailure(readFileSync('test/fixtures/astro-failures/page-sections.log', 'utf8'), {
      ...ctx,
      exists: (p: string) => p === 'content/pages/om.md',
    });
    expect(lines).toEqual([
      'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
      '  content/pages/om.md: {#status} mangler; siden sætter tabeller og lister ind efter de afsnit. {#tendensen} er ukendt – mente du {#tendens}?',
      '  Siden, der blev bygget: /om (fra content/pages/om.md)',
      LOG_LINE,
    ]);
    expect(lines.join('\n')).not.toContain('2008.mdx');
  });

  it('does not say the check found nothing when it was skipped', () => {
    const lines = summariseAstroFailure(readFileSync('test/fixtures/astro-failures/letter-render.log', 'utf8'), { ...ctx, checked: false });
    expect(lines[0]).toBe(
      'Astro-byggeriet stoppede. Tjekket blev sprunget over (--skip-check); kør npm run check for at få fejlene med linje og kolonne.',
    );
    expect(lines.join('\n')).not.toContain('selv om tjekket ikke fandt fejl');
  });

  it('never repeats a stack trace', () => {
    for (const name of ['mdx-syntax', 'content-guard', 'render-error', 'unresolved-import', 'letter-render', 'page-sections']) {
      expect(summary(name).join('\n')).not.toMatch(/\bat \S+ \(|Stack trace|file:\/\//);
    }
  });

  it('maps pages to content files and paths to what the editor sees', () => {
    expect(contentFileForPage('/breve/x/', 'content', (p) => p === 'content/letters/x.md')).toBe('content/letters/x.md');
    expect(contentFileForPage('/integrationsbarometer/omraader/bolig/', 'content', (p) => p === 'content/areas/bolig.md')).toBe(
      'content/areas/bolig.md',
    );
    expect(contentFileForPage('/indikatorer/x/', 'content', () => true)).toBeUndefined();
    // Astro may name a page without its trailing slash; /om/ takes its prose from content/pages/.
    expect(contentFileForPage('/om', 'content', (p) => p === 'content/pages/om.md')).toBe('content/pages/om.md');
    expect(contentFileForPage('/base/om/', 'content', (p) => p === 'content/pages/om.md')).toBe('content/pages/om.md');
    expect(contentFileForPage('/soeg/', 'content', () => true)).toBeUndefined();
    expect(editorPath('/repo/content/letters/x.md', '/repo')).toBe('content/letters/x.md');
    expect(editorPath('file:///repo/data/x.csv', '/repo')).toBe('data/x.csv');
    expect(editorPath('/tmp/korpus/x.md', '/repo')).toBe('/tmp/korpus/x.md');
  });
});
