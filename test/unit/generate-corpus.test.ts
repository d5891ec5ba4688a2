import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { generateCorpus, type CorpusManifest } from '../../scripts/lib/corpus/corpus.ts';
import { fromCsv, toCsv } from '../../scripts/lib/corpus/csv.ts';
import { countWords } from '../../scripts/lib/corpus/danish-text.ts';
import { createRng } from '../../scripts/lib/corpus/prng.ts';
import { frontMatter } from '../../scripts/lib/corpus/yaml.ts';
import { letterSchema } from '../../src/lib/content-schemas.ts';
import { MEASUREMENTS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';

const root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** One hash over every file's relative path and bytes. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of files(dir)) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

const tiny = (out: string, seed = 'test', repoRoot = process.cwd()) =>
  generateCorpus({ letters: 40, indicators: 40, years: 6, seed, out: join(root, out), repoRoot });

describe('prng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRng('x');
    const b = createRng('x');
    const c = createRng('y');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('yaml front matter', () => {
  it('round-trips through the parser Astro uses', () => {
    const data = {
      title: 'Svar: "ja" – æøå',
      date: new Date('2011-04-06T00:00:00Z'),
      sagsnr: '2011-123456',
      list: [],
      nested: [{ a: 'b', c: true }],
    };
    const { frontmatter } = parseFrontmatter(`${frontMatter(data)}\nbody`);
    expect(frontmatter).toEqual({ ...data, list: [] });
  });
});

describe('csv', () => {
  it('reads a `,` file with decimal points and writes it as Danish Excel does', () => {
    const rows = fromCsv(
      MEASUREMENTS_TABLE,
      'indicator,period,breakdown,value,source,note,extra\nx,2010,,12.5,"Kilde, DST",,zzz\n',
      'm.csv',
    );
    expect(rows).toEqual([{ indicator: 'x', period: '2010', breakdown: '', value: '12,5', source: 'Kilde, DST', note: '' }]);
    // Columns the spec added later (geo, flag, source_url) are written empty.
    expect(toCsv(MEASUREMENTS_TABLE, rows)).toBe(
      '\uFEFFindicator;period;breakdown;value;source;note;geo;flag;source_url\r\nx;2010;;12,5;Kilde, DST;;;;\r\n',
    );
  });
});

describe('generateCorpus', () => {
  let manifest: CorpusManifest;
  it('writes the same bytes for the same seed and different bytes for another', () => {
    manifest = tiny('a');
    tiny('b');
    tiny('c', 'other');
    expect(treeHash(join(root, 'a'))).toBe(treeHash(join(root, 'b')));
    expect(treeHash(join(root, 'a'))).not.toBe(treeHash(join(root, 'c')));
  });

  it('writes letters that pass letterSchema, with realistic length and unique case numbers', () => {
    const dir = join(root, 'a', 'content', 'letters');
    const generated = files(dir).filter((f) => /\/\d{4}-\d{6}-/.test(f));
    expect(generated).toHaveLength(40);
    const sagsnr = new Set<string>();
    for (const f of generated) {
      const { frontmatter, content } = parseFrontmatter(readFileSync(f, 'utf8'));
      const parsed = letterSchema.safeParse(frontmatter);
      expect(parsed.success, `${f}: ${parsed.error?.message}`).toBe(true);
      if (!parsed.success) continue;
      expect(parsed.data.illustrative).toBe(true);
      expect(parsed.data.sagsnr).toMatch(/^\d{4}-\d{6}$/);
      expect(parsed.data.sagsnr.slice(0, 4)).toBe(String(parsed.data.date.getUTCFullYear()));
      expect(parsed.data.date.getUTCFullYear()).toBeGreaterThanOrEqual(2006);
      expect(parsed.data.date.getUTCFullYear()).toBeLessThanOrEqual(2026);
      expect(parsed.data.areas.length).toBeGreaterThan(0);
      const words = countWords(content);
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThanOrEqual(1500);
      sagsnr.add(parsed.data.sagsnr);
    }
    expect(sagsnr.size).toBe(40);
  });

  it("writes CSVs that the data validator accepts: the repository's data plus generated, illustrative indicators", () => {
    const real = loadBarometer(join(process.cwd(), 'data')).barometer.indicators;
    const { barometer, errors } = loadBarometer(join(root, 'a', 'data'));
    expect(errors).toEqual([]);
    expect(barometer.indicators).toHaveLength(Math.max(40, real.length));
    expect(barometer.indicators.map((i) => i.id).slice(0, real.length)).toEqual(real.map((i) => i.id));
    const generated = barometer.indicators.slice(real.length);
    expect(generated.every((i) => i.illustrative && i.id.includes('-eksempel-'))).toBe(true);
    for (const area of AREA_IDS) expect(barometer.indicators.filter((i) => i.area === area && i.main)).toHaveLength(1);
    const years = new Set(barometer.measurements.filter((m) => m.indicator.includes('-eksempel-')).map((m) => m.period.label));
    expect(years.size).toBe(6);
    expect(barometer.measurements.some((m) => m.breakdown === 'Kvinder')).toBe(true);
  });

  it('generates a main indicator for every area when the repository has no data', () => {
    const empty = mkdtempSync(join(tmpdir(), 'corpus-empty-repo-'));
    try {
      tiny('empty', 'test', empty);
      const { barometer, errors } = loadBarometer(join(root, 'empty', 'data'));
      expect(errors).toEqual([]);
      expect(barometer.indicators).toHaveLength(40);
      for (const area of AREA_IDS) expect(barometer.indicators.filter((i) => i.area === area && i.main)).toHaveLength(1);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('records probes that are really in the corpus', () => {
    const text = files(join(root, 'a', 'content', 'letters'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(text).toContain(manifest.probes.caseNumber);
    expect(text).toContain(manifest.probes.name);
    expect(text).toContain(manifest.probes.word);
    expect(text).toContain(manifest.probes.inflection);
    expect(manifest.generatedLetters).toBe(40);
  });
});
