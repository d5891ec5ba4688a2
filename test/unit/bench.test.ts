import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, linearity, medianBy, searchSizes } from '../../scripts/lib/bench/budgets.ts';
import { pageJs, pageTypes } from '../../scripts/lib/bench/page-js.ts';
import { peak, procAvailable, treeRss } from '../../scripts/lib/bench/proc-memory.ts';
import { markdownTable } from '../../scripts/lib/bench/table.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};
const gz = (s: string) => gzipSync(s).length;

describe('linearity', () => {
  it('is 1 for a build time proportional to the letters, above 1 when it grows faster', () => {
    expect(
      linearity([
        { letters: 500, buildMs: 5000 },
        { letters: 5000, buildMs: 50000 },
      ]).perLetter,
    ).toBeCloseTo(1);
    const quadratic = linearity([500, 2000, 5000].map((n) => ({ letters: n, buildMs: n * n })));
    expect(quadratic.perLetter).toBeCloseTo(10);
    expect(quadratic.marginal).toBeCloseTo(7000 / 2500);
  });
  it('separates fixed cost from growth in the marginal ratio', () => {
    const r = linearity([500, 2000, 5000].map((n) => ({ letters: n, buildMs: 10_000 + n * 10 })));
    expect(r.perLetter).toBeLessThan(1);
    expect(r.marginal).toBeCloseTo(1);
  });
});

describe('medianBy', () => {
  it('picks the middle run, the lower middle one for an even count', () => {
    expect(medianBy([{ t: 9 }, { t: 1 }, { t: 5 }], (r) => r.t)).toEqual({ t: 5 });
    expect(medianBy([{ t: 9 }, { t: 1 }, { t: 5 }, { t: 7 }], (r) => r.t)).toEqual({ t: 5 });
    expect(() => medianBy([], () => 0)).toThrow();
  });
});

describe('judge', () => {
  it('judges each budget of product.md and leaves the search page out of the JS budget', () => {
    const verdicts = judge(
      [
        {
          letters: 5000,
          buildMs: 130_000,
          pageJs: [
            { type: 'brev', jsGzip: 9_000 },
            { type: 'søg', jsGzip: 40_000 },
            { type: 'indikator', jsGzip: 12_000 },
          ],
        },
      ],
      [
        { label: 'ord', bytes: 151_000, firstResultMs: 120 },
        { label: 'navn', bytes: 20_000 },
      ],
      2,
    );
    const met = Object.fromEntries(verdicts.map((v) => [v.budget, v.met]));
    expect(met).toEqual({
      'byg af 5.000 breve (2 kerner)': false,
      'JS på brev (gzip)': true,
      'JS på indikator (gzip)': false,
      'søgning »ord«: bytes': false,
      'søgning »ord«: første resultat': true,
      'søgning »navn«: bytes': true,
      'søgning »navn«: første resultat': false,
    });
  });
});

describe('judge at 20,000 and 50,000 letters', () => {
  it('judges build time, memory, warm rebuild, page size and time per letter against 5,000', () => {
    const verdicts = judge(
      [
        { letters: 5000, buildMs: 40_000, cpuMs: 50_000, pageJs: [], largestPage: { path: '/data/', bytes: 90_000 } },
        {
          letters: 20000,
          buildMs: 176_000,
          cpuMs: 240_000,
          pageJs: [],
          peakRss: 4.2e9,
          warmMs: 55_000,
          largestPage: { path: '/breve/', bytes: 151_000 },
        },
        { letters: 50000, buildMs: 470_000, pageJs: [], peakRss: 9e9 },
      ],
      [],
      2,
    );
    const byBudget = Object.fromEntries(verdicts.map((v) => [v.budget, [v.value, v.met]]));
    expect(byBudget).toEqual({
      'byg af 5.000 breve (2 kerner)': ['40,0 s', true],
      'byg af 20.000 breve (2 kerner)': ['176,0 s', false],
      'RAM ved 20.000 breve (hele procestræet)': ['4,2 GB', false],
      'genbyg ved 20.000 breve, ét brev tilføjet og ét rettet (varm cache)': ['55,0 s', true],
      'byg af 50.000 breve (2 kerner)': ['470,0 s', true],
      'RAM ved 50.000 breve (hele procestræet)': ['9 GB', true],
      'største HTML-side ved 5.000 breve': ['90,0 KB (/data/)', true],
      'største HTML-side ved 20.000 breve': ['151,0 KB (/breve/)', false],
      'tid pr. brev ved 20.000 / ved 5.000': ['1,1', true],
      'CPU-tid pr. brev ved 20.000 / ved 5.000': ['1,2', false],
      'lineær vækst: tid pr. brev, største/mindste': ['1,18', true],
      'lineær vækst: marginal tid pr. brev, sidste/første interval': ['1,08', true],
    });
  });
});

describe('searchSizes', () => {
  it('searches where the search budget holds (up to 20,000 letters) and, for information, the largest archive', () => {
    expect(searchSizes([5000, 20000, 50000])).toEqual({ judged: 20000, searched: [20000, 50000] });
    expect(searchSizes([500, 2000, 5000])).toEqual({ judged: 5000, searched: [5000] });
    expect(searchSizes([20000])).toEqual({ judged: 20000, searched: [20000] });
    expect(searchSizes([50000])).toEqual({ searched: [50000] });
    expect(searchSizes([])).toEqual({ searched: [] });
  });
});

describe('judge linearity', () => {
  it('fails the marginal ratio when time grows faster than the letters, even if fixed costs hide it per letter', () => {
    const sizes = [500, 2000, 5000].map((n) => ({ letters: n, buildMs: 60_000 + n * n * 0.001, pageJs: [] }));
    const v = Object.fromEntries(judge(sizes, [], 2).map((x) => [x.budget, x.met]));
    expect(v['lineær vækst: tid pr. brev, største/mindste']).toBe(true);
    expect(v['lineær vækst: marginal tid pr. brev, sidste/første interval']).toBe(false);
  });
});

describe('markdownTable', () => {
  it('pads columns and right-aligns numbers', () => {
    expect(
      markdownTable(
        ['a', 'tal'],
        [
          ['x', '1,5 s'],
          ['yy', '12,0 s'],
        ],
      ),
    ).toBe(['| a  |    tal |', '|----|-------:|', '| x  |  1,5 s |', '| yy | 12,0 s |'].join('\n'));
  });
});

describe('pageJs', () => {
  it('counts inline scripts, external scripts and their static imports once, and dynamic imports apart', () => {
    write('_astro/a.js', 'import{b as x}from"./b.js";import"./b.js";const l=()=>import("./lazy.js");x();');
    write('_astro/b.js', 'export const b=()=>1;');
    write('_astro/lazy.js', 'export default 42;');
    write(
      'index.html',
      '<html><head><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script></head><body><script>console.log(1)</script></body></html>',
    );
    write('breve/2011-123456-x/index.html', '<html><body><p>ingen js</p></body></html>');
    write('breve/2011/index.html', '<html></html>');
    write('breve/index.html', '<html></html>');
    const home = pageJs(dist, '/', '');
    expect(home.jsFiles).toEqual(['_astro/a.js', '_astro/b.js']);
    expect(home.jsGzip).toBe(
      gz('console.log(1)') +
        gz('import{b as x}from"./b.js";import"./b.js";const l=()=>import("./lazy.js");x();') +
        gz('export const b=()=>1;'),
    );
    expect(home.lazyGzip).toBe(gz('export default 42;'));
    expect(pageJs(dist, '/', 'breve/2011-123456-x/').jsGzip).toBe(0);
    expect(pageTypes(dist)).toEqual([
      { type: 'forside /', path: '' },
      { type: 'brev', path: 'breve/2011-123456-x/' },
      { type: 'brevliste', path: 'breve/' },
    ]);
  });
});

describe('proc memory', () => {
  it.runIf(procAvailable())('reads this process tree’s resident memory', () => {
    const rss = treeRss(process.pid);
    expect(rss).toBeGreaterThan(10 * 2 ** 20);
    expect(
      peak(
        [
          { t: 1, rss: 5 },
          { t: 2, rss: 9 },
          { t: 3, rss: 7 },
        ],
        2.5,
      ),
    ).toBe(7);
  });
});
