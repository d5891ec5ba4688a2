import { describe, expect, it } from 'vitest';
import {
  buildsLetter,
  buildsOtherPages,
  firstPartShare,
  letterPart,
  letterPosition,
  parseBuildPart,
  partCount,
  prerenderFolderShared,
} from '../../src/lib/build-parts.ts';

const ids = Array.from({ length: 4000 }, (_, i) => `${2006 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}-brev-nummer-${i}`);

describe('parseBuildPart', () => {
  it('reads "n/count" and refuses anything else', () => {
    expect(parseBuildPart('2/2')).toEqual({ index: 1, count: 2 });
    expect(parseBuildPart(' 1/3 ')).toEqual({ index: 0, count: 3 });
    for (const raw of [undefined, '', '1/1', '0/2', '3/2', '2', 'a/b', '1/2/3']) expect(parseBuildPart(raw)).toBeUndefined();
  });
});

describe('letterPart', () => {
  it('is the same for an id every time, whatever else is in the archive', () => {
    expect(ids.map((id) => letterPart(id, 2))).toEqual(ids.map((id) => letterPart(id, 2)));
    expect(letterPosition('2009-04-02-opsamling')).toBe(letterPosition('2009-04-02-opsamling'));
  });

  it('spreads positions evenly over [0, 1)', () => {
    const ps = ids.map(letterPosition);
    expect(Math.min(...ps)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ps)).toBeLessThan(1);
    const quarters = [0, 1, 2, 3].map((q) => ps.filter((p) => Math.floor(p * 4) === q).length / ps.length);
    for (const q of quarters) expect(q).toBeCloseTo(0.25, 1);
  });

  it('gives the first part its smaller share (it also builds every other page) and the rest to the others', () => {
    for (const count of [2, 3]) {
      const parts = ids.map((id) => letterPart(id, count));
      const share = (n: number) => parts.filter((p) => p === n).length / ids.length;
      expect(share(0)).toBeCloseTo(firstPartShare(count), 1);
      for (let n = 1; n < count; n++) expect(share(n)).toBeCloseTo((1 - firstPartShare(count)) / (count - 1), 1);
      expect(parts.every((p) => p >= 0 && p < count)).toBe(true);
    }
  });

  it('puts every letter in part 0 without parts', () => {
    expect(ids.every((id) => letterPart(id, 1) === 0)).toBe(true);
  });
});

describe('buildsLetter and buildsOtherPages', () => {
  it('builds every letter in exactly one part, and everything without parts', () => {
    const parts = [parseBuildPart('1/2'), parseBuildPart('2/2')];
    for (const id of ids.slice(0, 200)) expect(parts.filter((p) => buildsLetter(id, p)).length).toBe(1);
    expect(ids.every((id) => buildsLetter(id, undefined))).toBe(true);
  });

  it('builds the other pages in the first part only', () => {
    expect(buildsOtherPages(undefined)).toBe(true);
    expect(buildsOtherPages(parseBuildPart('1/2'))).toBe(true);
    expect(buildsOtherPages(parseBuildPart('2/2'))).toBe(false);
  });
});

describe('partCount', () => {
  const cold = (letters: number, cores: number, override?: string) => partCount({ letters, cores, warm: false, override });

  it('builds a large archive cold in one part per core, at most two', () => {
    expect(cold(20_000, 2)).toBe(2);
    expect(cold(20_000, 8)).toBe(2);
    expect(cold(20_000, 1)).toBe(1);
  });

  it('builds a small archive in one process, where a second start-up would not pay off', () => {
    expect(cold(5, 2)).toBe(1);
    expect(cold(1999, 2)).toBe(1);
    expect(cold(2000, 2)).toBe(2);
  });

  it('builds warm in one process, whatever the size', () => {
    expect(partCount({ letters: 20_000, cores: 2, warm: true })).toBe(1);
  });

  it('follows BUILD_PARTS when it is a whole number of at least 1, warm or cold', () => {
    expect(cold(5, 2, '2')).toBe(2);
    expect(cold(20_000, 2, '1')).toBe(1);
    expect(partCount({ letters: 5, cores: 2, warm: true, override: '2' })).toBe(2);
    for (const bad of ['', ' ', '0', '-1', '1.5', 'to']) expect(cold(20_000, 2, bad)).toBe(2);
  });

  it('builds in one process when the output folder is outside the project (the parts would share .astro/.prerender/)', () => {
    expect(partCount({ letters: 20_000, cores: 2, warm: false, sharedPrerender: true })).toBe(1);
    expect(partCount({ letters: 20_000, cores: 2, warm: false, sharedPrerender: true, override: '2' })).toBe(1);
    expect(partCount({ letters: 20_000, cores: 2, warm: false, sharedPrerender: false })).toBe(2);
  });
});

describe('prerenderFolderShared', () => {
  it('is true for an output folder outside the folder Astro runs in, as Astro decides it', () => {
    expect(prerenderFolderShared('/srv/site.staging', '/work/repo')).toBe(true);
    expect(prerenderFolderShared('/work/repo/dist.staging', '/work/repo')).toBe(false);
    expect(prerenderFolderShared('/work/repo/node_modules/.cache/bench/work/20000/dist.staging', '/work/repo')).toBe(false);
  });
});
