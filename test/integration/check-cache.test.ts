/**
 * npm run check with its cache (scripts/lib/check/cache/), as editors run it again and again on one
 * content folder: a warm run prints exactly what a run without the cache prints, a broken file is
 * reported (and stays reported) until it is fixed, and errors between files – two files with one
 * address, a letter a conference names that is gone, an indicator a letter names that is gone – are
 * found although the file they are reported in did not change.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'check-cache-'));
const content = join(root, 'content');
const data = join(root, 'data');
const cache = join(root, 'cache');
const cacheFile = join(cache, 'check', 'results.v8');
const env = {
  ...process.env,
  BAROMETER_CONTENT_DIR: content,
  BAROMETER_DATA_DIR: data,
  ASTRO_CACHE_DIR: cache,
  BAROMETER_TODAY: '2026-12-01',
  BAROMETER_CHECK_CACHE: '',
};

interface Run {
  code: number | null;
  /** stdout and stderr, with the elapsed time in the summary line blanked. */
  text: string;
}

function check(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args], { env, encoding: 'utf8' });
  return { code: r.status, text: `${r.stdout}\n--- stderr ---\n${r.stderr}`.replace(/ på \d[\d.,]* s:/g, ' på … s:') };
}

/** A run with the cache, compared with a run without it: they must print the same. */
function warm(): Run {
  const cached = check();
  expect(cached).toEqual(check('--no-cache'));
  return cached;
}

const letterPath = (name: string) => join(content, 'letters', name);
const LETTER = '2008-05-16-integrationsbarometrets-resultater-maj-2008.md';
const CONFERENCE_LETTER = '2009-04-02-opsamling-integrationskonference-2009.md';
let clean: Run;

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  cpSync('data', data, { recursive: true });
  clean = check();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run check with its cache', () => {
  it('a second run reuses every result and prints byte for byte what the first printed', () => {
    expect(clean.code).toBe(0);
    expect(clean.text).toMatch(/Tjekkede .* dokumenter på … s: ingen fejl/);
    expect(existsSync(cacheFile)).toBe(true);
    const stored = statSync(cacheFile).mtimeMs;
    const bytes = readFileSync(cacheFile);
    expect(warm()).toEqual(clean);
    // Nothing was checked again, so nothing new was written.
    expect(statSync(cacheFile).mtimeMs).toBe(stored);
    expect(readFileSync(cacheFile).equals(bytes)).toBe(true);
  });

  it('a file broken after a run is reported, on every run until it is fixed', () => {
    const path = letterPath(LETTER);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('date: 2008-05-16', 'date: 2008-13-45').replace('\nKære\n', '\nKære <script>x</script>\n'));
    const broken = warm();
    expect(broken.code).toBe(1);
    expect(broken.text).toMatch(new RegExp(`letters/${LETTER}:4:\\d+: `));
    expect(broken.text).toContain('<script>');
    expect(warm()).toEqual(broken); // still reported from the cache
    writeFileSync(path, good);
    expect(warm()).toEqual(clean);
  });

  it('a file that is not UTF-8 is reported from the cache as well', () => {
    const path = letterPath(LETTER);
    const good = readFileSync(path);
    writeFileSync(path, Buffer.from(good.toString('utf8'), 'latin1'));
    const broken = warm();
    expect(broken.text).toMatch(/Windows-1252\/Latin-1/);
    expect(warm()).toEqual(broken);
    writeFileSync(path, good);
    expect(warm()).toEqual(clean);
  });

  it('two files with one address: reported although one of them did not change', () => {
    const copy = join(content, 'conferences', '2009-kopi.mdx');
    cpSync(join(content, 'conferences', '2009.mdx'), copy);
    const twice = warm();
    expect(twice.code).toBe(1);
    expect(twice.text).toContain('/konferencer/2009/');
    expect(twice.text).toContain('conferences/2009.mdx');
    rmSync(copy);
    expect(warm()).toEqual(clean);
  });

  it('a letter a conference names is deleted: the unchanged conference is reported', () => {
    const path = letterPath(CONFERENCE_LETTER);
    const saved = readFileSync(path);
    rmSync(path);
    const gone = warm();
    expect(gone.code).toBe(1);
    expect(gone.text).toMatch(/conferences\/2009\.mdx:\d+:\d+: ukendt brev/);
    writeFileSync(path, saved);
    expect(warm()).toEqual(clean);
  });

  it('a link to a letter that does not exist yet goes away when the letter is added', () => {
    const path = letterPath(LETTER);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('\nKære\n', '\nKære (se [næste brev](/breve/2009-04-02-naeste-brev/))\n'));
    expect(warm().text).toMatch(/ukendt brev i linket/);
    const added = letterPath('2009-04-02-naeste-brev.md');
    cpSync(letterPath(CONFERENCE_LETTER), added);
    const linked = warm();
    expect(linked.text).not.toMatch(/ukendt brev i linket/);
    rmSync(added);
    writeFileSync(path, good);
    expect(warm()).toEqual(clean);
  });

  it('an indicator a letter names is removed from indicators.csv: the unchanged letter is reported', () => {
    const file = join(data, 'indicators.csv');
    const saved = readFileSync(file, 'utf8');
    const lines = saved.split('\n');
    writeFileSync(file, lines.filter((l) => !l.startsWith('uddannelse-ungdomsuddannelse-forventet;')).join('\n'));
    const gone = warm();
    expect(gone.text).toMatch(new RegExp(`letters/${LETTER}:\\d+:\\d+: ukendt indikator`));
    writeFileSync(file, saved);
    expect(warm()).toEqual(clean);
  });

  it('today moves past a date that was in the future: the unchanged letter is accepted', () => {
    const path = letterPath(LETTER);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('date: 2008-05-16', 'date: 2026-12-03'));
    const early = warm();
    expect(early.text).toMatch(/ligger efter i dag .*til og med 2026-12-01/);
    env.BAROMETER_TODAY = '2026-12-03';
    try {
      expect(warm().text).not.toMatch(/ligger efter i dag/);
    } finally {
      env.BAROMETER_TODAY = '2026-12-01';
      writeFileSync(path, good);
    }
    expect(warm()).toEqual(clean);
  });

  it('the pre-commit hook (given files) uses and keeps the cache of the whole folder', () => {
    const given = check(letterPath(LETTER));
    expect(given.code).toBe(0);
    expect(given).toEqual(check('--no-cache', letterPath(LETTER)));
    expect(warm()).toEqual(clean);
  });
});
