/**
 * The check cache's key: a cached file result is reused only while the file's bytes, the checker's
 * version and every answer its rules got about other files are unchanged. Each test changes one
 * input and expects the file to be checked again (compute called), or leaves the inputs alone and
 * expects the stored result back.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckCache, checkCacheFile, type FileResult } from '../../scripts/lib/check/cache/check-cache.ts';
import { CHECKER_ROOTS, checkerVersion, sourceClosure } from '../../scripts/lib/check/cache/checker-version.ts';
import { ContextWitness } from '../../scripts/lib/check/cache/observed-context.ts';
import { contentFileReport } from '../../scripts/lib/check/check-file.ts';
import type { ContentContext } from '../../scripts/lib/check/context.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

const letter = (fields: string, body = 'Teksten.') => `---
title: Et brev
date: 2009-04-02
sagsnr: "2009-9512"
sender:
  name: Jakob Hougaard
  organisation: BIU
recipients:
  - organisation: ØU
areas: [beskaeftigelse]
${fields}
---

${body}
`;

function context(over: Partial<ContentContext> = {}): ContentContext {
  return {
    indicatorIds: new Set(['a-beskaeftigelse', 'b-bolig']),
    letterSlugs: new Set(['2009-04-02-brev', '2008-01-01-andet']),
    today: day('2026-12-01'),
    publicFile: (p) => p === '/bilag/kort.png',
    ...over,
  };
}

/** Check one text through the cache; `computed` tells whether the rules ran. */
function check(cache: CheckCache, text: string, file = 'content/letters/brev.md'): { result: FileResult; computed: boolean } {
  let computed = false;
  const result = cache.result(file, 'letters', Buffer.from(text), (ctx) => {
    computed = true;
    return contentFileReport(text, file, 'letters', ctx);
  });
  return { result, computed };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Run once with ctx1 and save; then open again with ctx2 and check the same (or another) text. */
function again(text: string, ctx1: ContentContext, ctx2: ContentContext, text2 = text, version2 = 'v1') {
  const fresh = mkdtempSync(join(dir, 'run-'));
  const first = CheckCache.open(fresh, ctx1, 'v1');
  const before = check(first, text);
  expect(before.computed).toBe(true);
  first.save({ prune: true });
  const second = CheckCache.open(fresh, ctx2, version2);
  const after = check(second, text2);
  // Whether reused or not, the result must be what a fresh check gives.
  expect(after.result.errors.map(formatError)).toEqual(
    contentFileReport(text2, 'content/letters/brev.md', 'letters', ctx2).errors.map(formatError),
  );
  return { before: before.result, after: after.result, reused: !after.computed };
}

describe('check cache: what invalidates a file result', () => {
  it('reuses the result when nothing changed, errors included', () => {
    const text = letter('indicators: [findes-ikke]');
    const r = again(text, context(), context());
    expect(r.reused).toBe(true);
    expect(r.after.errors.map((e) => e.message)).toEqual(['ukendt indikator']);
  });

  it("a change in the file's bytes", () => {
    const r = again(letter('indicators: [a-beskaeftigelse]'), context(), context(), letter('indicators: [b-bolig]'));
    expect(r.reused).toBe(false);
  });

  it("a new checker version (a rule's source changed)", () => {
    const text = letter('indicators: [a-beskaeftigelse]');
    expect(again(text, context(), context(), text, 'v2').reused).toBe(false);
  });

  it('an indicator the letter names disappears from indicators.csv, or one it misses appears', () => {
    const named = letter('indicators: [a-beskaeftigelse]');
    expect(again(named, context(), context({ indicatorIds: new Set(['b-bolig']) })).reused).toBe(false);
    const missing = letter('indicators: [c-ny]');
    const r = again(missing, context(), context({ indicatorIds: new Set(['a-beskaeftigelse', 'b-bolig', 'c-ny']) }));
    expect(r.reused).toBe(false);
    expect(r.after.errors).toEqual([]);
  });

  it('an indicator the letter does not name comes or goes: reused', () => {
    const named = letter('indicators: [a-beskaeftigelse]');
    expect(again(named, context(), context({ indicatorIds: new Set(['a-beskaeftigelse', 'z-andet']) })).reused).toBe(true);
  });

  it('a linked letter is added or removed; other letters come and go without effect', () => {
    const linking = letter('', 'Se [det nye brev](/breve/2010-01-01-nyt/).');
    const added = context({ letterSlugs: new Set(['2009-04-02-brev', '2008-01-01-andet', '2010-01-01-nyt']) });
    // The error's »mente du …?« guess reads the whole list: any new letter may change it.
    expect(again(linking, context(), added).reused).toBe(false);
    const linked = letter('', 'Se [det andet brev](/breve/2008-01-01-andet/).');
    expect(again(linked, context(), added).reused).toBe(true);
    expect(again(linked, context(), context({ letterSlugs: new Set(['2009-04-02-brev']) })).reused).toBe(false);
  });

  it('a misspelt name is guessed from the whole list: a new near name changes the guess', () => {
    const text = letter('indicators: [b-boli]');
    const r = again(text, context(), context({ indicatorIds: new Set(['a-beskaeftigelse', 'b-bolig', 'b-boliq']) }));
    expect(r.reused).toBe(false);
  });

  it('a file in public/ the text shows appears or disappears', () => {
    const text = letter('', '![Kort](/bilag/kort.png) og [notat](/bilag/notat.pdf)');
    const r = again(text, context(), context({ publicFile: (p) => p === '/bilag/kort.png' || p === '/bilag/notat.pdf' }));
    expect(r.reused).toBe(false);
    expect(r.before.errors.map((e) => e.got)).toEqual(['/bilag/notat.pdf']);
    expect(r.after.errors).toEqual([]);
    expect(again(text, context(), context({ publicFile: () => false })).reused).toBe(false);
  });

  it('today: a date that was in the future is checked again once today reaches it, and a past date holds on later days', () => {
    const future = letter('').replace('date: 2009-04-02', 'date: 2026-12-10');
    const r = again(future, context(), context({ today: day('2026-12-10') }));
    expect(r.reused).toBe(false);
    expect(r.before.errors.map((e) => e.message)).toEqual(['datoen i "date" ligger efter i dag']);
    expect(r.after.errors).toEqual([]);
    // The message names today, so even a date still in the future is checked again the next day.
    expect(again(future, context(), context({ today: day('2026-12-02') })).reused).toBe(false);
    const past = letter('');
    expect(again(past, context(), context({ today: day('2027-06-01') })).reused).toBe(true);
    // A check run with an earlier "today" (BAROMETER_TODAY) than the date in the letter: checked again.
    expect(again(past, context(), context({ today: day('2009-04-01') })).reused).toBe(false);
  });

  it('turning the public/ file rule on or off', () => {
    const text = letter('');
    expect(again(text, context(), context({ publicFile: undefined })).reused).toBe(false);
  });
});

describe('check cache: storage', () => {
  it('a whole-folder run keeps only the files it saw; a run on given files keeps the others', () => {
    const a = CheckCache.open(dir, context(), 'v1');
    check(a, letter(''), 'content/letters/a.md');
    check(a, letter(''), 'content/letters/b.md');
    a.save({ prune: true });
    const b = CheckCache.open(dir, context(), 'v1');
    check(b, letter('', 'Ny tekst.'), 'content/letters/a.md');
    b.save({ prune: false });
    const c = CheckCache.open(dir, context(), 'v1');
    expect(check(c, letter(''), 'content/letters/b.md').computed).toBe(false);
    expect(check(c, letter('', 'Ny tekst.'), 'content/letters/a.md').computed).toBe(false);
    c.save({ prune: true });
    const d = CheckCache.open(dir, context(), 'v1');
    expect(check(d, letter(''), 'content/letters/a.md').computed).toBe(true);
  });

  it('does not rewrite an unchanged cache, and a damaged cache file is only a slower run', () => {
    const a = CheckCache.open(dir, context(), 'v1');
    check(a, letter(''));
    a.save({ prune: true });
    const file = checkCacheFile(dir);
    const bytes = readFileSync(file);
    const b = CheckCache.open(dir, context(), 'v1');
    expect(check(b, letter('')).computed).toBe(false);
    writeFileSync(file, 'ikke en cache');
    b.save({ prune: true }); // nothing changed: not written
    expect(readFileSync(file, 'utf8')).toBe('ikke en cache');
    const c = CheckCache.open(dir, context(), 'v1');
    expect(check(c, letter('')).computed).toBe(true);
    c.save({ prune: true });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a read-only or missing cache folder does not stop the check', () => {
    const blocked = join(dir, 'fil');
    writeFileSync(blocked, 'x'); // a file where the folder should be
    const a = CheckCache.open(blocked, context(), 'v1');
    expect(check(a, letter('')).computed).toBe(true);
    expect(() => a.save({ prune: true })).not.toThrow();
  });
});

describe('check cache: the witness records what a rule asked', () => {
  it('one id at a time, the whole list only when it is read', () => {
    const w = new ContextWitness(context());
    const { ctx, dependencies } = w.observe();
    ctx.indicatorIds.has('a-beskaeftigelse');
    ctx.letterSlugs.has('nyt');
    ctx.publicFile?.('/bilag/kort.png');
    ctx.dateCompared?.('2009-04-02', false);
    expect(dependencies()).toEqual(['i+a-beskaeftigelse', 'l-nyt', 'p+/bilag/kort.png', 'd-2009-04-02']);
    expect([...ctx.indicatorIds]).toEqual(['a-beskaeftigelse', 'b-bolig']);
    expect(dependencies().filter((d) => d.startsWith('I'))).toHaveLength(1);
    expect(w.holds(dependencies())).toBe(true);
    expect(new ContextWitness(context({ indicatorIds: new Set(['b-bolig', 'a-beskaeftigelse']) })).holds(dependencies())).toBe(false);
  });
});

describe('checker version', () => {
  it("covers the rules, schemas and registries the per-file check imports, and the cache's own code", () => {
    const files = sourceClosure(CHECKER_ROOTS).map((f) => f.replace(/^.*?\/(scripts|src)\//, '$1/'));
    for (const f of [
      'scripts/lib/check/check-file.ts',
      'scripts/lib/check/rules/internal-links.ts',
      'scripts/lib/check/rules/future-date.ts',
      'scripts/lib/check/body-scan.ts',
      'scripts/lib/check/cache/observed-context.ts',
      'src/lib/content-schemas.ts',
      'src/lib/registry/areas.ts',
      'src/lib/data/rules/encoding.ts',
    ])
      expect(files).toContain(f);
  });

  it('changes when any file the roots import changes, also through a chain of imports', () => {
    const src = join(dir, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'root.ts'), "import { rule } from './rule.ts';\nexport const x = rule;\n");
    writeFileSync(join(src, 'rule.ts'), "export { MESSAGE as rule } from './messages.ts';\n");
    writeFileSync(join(src, 'messages.ts'), "export const MESSAGE = 'ukendt indikator';\n");
    const roots = [join(src, 'root.ts')];
    const v1 = checkerVersion(roots);
    expect(checkerVersion(roots)).toBe(v1);
    writeFileSync(join(src, 'messages.ts'), "export const MESSAGE = 'ukendt indikator i listen';\n");
    expect(checkerVersion(roots)).not.toBe(v1);
    expect(sourceClosure(roots)).toHaveLength(3);
  });
});
