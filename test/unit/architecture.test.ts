/**
 * Folders by where code runs (README, »Kort over koden«): the rules a newcomer relies on to find
 * things by folder name, checked on the real tree so a file in the wrong place fails here.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles, importGraph, impurities, reachable } from '../helpers/import-graph.ts';

const src = codeFiles('src');
const scripts = codeFiles('scripts');
const tests = codeFiles('test');
const graph = importGraph([...src, ...scripts, ...tests, 'astro.config.mjs']);
const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));
const under = (dir: string) => (f: string) => f.startsWith(`${dir}/`);
const lib = src.filter(under('src/lib'));

describe('src/lib: pure modules the site imports', () => {
  it('every module is reached from a page, component, layout, client script, integration, loader or the config', () => {
    const entries = [...src.filter((f) => !under('src/lib')(f)), 'astro.config.mjs'];
    const site = reachable(graph, entries);
    expect(lib.filter((f) => !site.has(f))).toEqual([]);
  });

  it('every module is imported by something under src/ or by the config, not only by scripts or tests', () => {
    const importers = new Map<string, Set<string>>();
    for (const { from, to } of edges)
      if (under('src')(from) || from === 'astro.config.mjs') importers.set(to, (importers.get(to) ?? new Set()).add(from));
    expect(lib.filter((f) => ![...(importers.get(f) ?? [])].some((i) => i !== f))).toEqual([]);
  });

  it('no module touches the DOM, the file system, a process, the environment or the network', () => {
    // The detector itself finds what loaders and client code do.
    expect(impurities('src/loaders/site-data.ts')).toContain('15: process');
    expect(impurities('src/loaders/data-file.ts').some((i) => i.endsWith('import node:fs'))).toBe(true);
    const found = lib.flatMap((f) => impurities(f).map((i) => `${f}:${i}`));
    expect(found).toEqual([]);
  });

  it('imports only other modules of src/lib (and packages)', () => {
    expect(edges.filter((e) => under('src/lib')(e.from) && !under('src/lib')(e.to))).toEqual([]);
  });

  it('file names are kebab-case, one concept per file', () => {
    expect(lib.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(basename(f)))).toEqual([]);
  });
});

describe('the other folders of src/', () => {
  it('browser code (src/client) imports only pure modules and other client code', () => {
    const client = src.filter(under('src/client'));
    expect(client.length).toBeGreaterThan(0);
    expect(edges.filter((e) => under('src/client')(e.from) && !under('src/lib')(e.to) && !under('src/client')(e.to))).toEqual([]);
    expect(
      client.flatMap((f) =>
        impurities(f)
          .filter((i) => /process|import (node:)?(fs|child_process)/.test(i))
          .map((i) => `${f}:${i}`),
      ),
    ).toEqual([]);
  });

  it('the site loads browser code only from components, layouts and pages', () => {
    const importers = edges
      .filter((e) => under('src/client')(e.to) && under('src')(e.from) && !under('src/client')(e.from))
      .map((e) => e.from);
    expect(importers.filter((f) => !f.endsWith('.astro'))).toEqual([]);
  });

  it('components are PascalCase .astro files; pages and layouts hold no business logic modules', () => {
    const components = src.filter(under('src/components'));
    expect(components.filter((f) => !/^[A-Z][A-Za-z0-9]*\.astro$/.test(basename(f)))).toEqual([]);
    // A .ts file under src/pages is a route (an endpoint that answers GET), never a helper module.
    const endpoint = (f: string) => /export (const|async function|function) GET\b/.test(readFileSync(f, 'utf8'));
    expect(src.filter((f) => under('src/pages')(f) && f.endsWith('.ts') && !endpoint(f))).toEqual([]);
    expect(src.filter((f) => under('src/layouts')(f) && !f.endsWith('.astro'))).toEqual([]);
  });

  it('nothing in src/ imports from scripts/ or test/', () => {
    expect(edges.filter((e) => under('src')(e.from) && (under('scripts')(e.to) || under('test')(e.to)))).toEqual([]);
  });
});

describe('scripts/ and test/', () => {
  const entryPoints = scripts.filter((f) => /^scripts\/[^/]+$/.test(f));

  it('scripts/*.ts are command entry points: nothing imports them', () => {
    expect(edges.filter((e) => entryPoints.includes(e.to))).toEqual([]);
  });

  it('nothing under scripts/ imports from test/', () => {
    expect(edges.filter((e) => under('scripts')(e.from) && under('test')(e.to))).toEqual([]);
  });

  it('tests import tooling only from scripts/lib/ (entry points are spawned as processes)', () => {
    expect(edges.filter((e) => under('test')(e.from) && under('scripts')(e.to) && !under('scripts/lib')(e.to))).toEqual([]);
  });

  it('unit tests spawn no processes and build nothing (that is test/integration)', () => {
    const unit = tests.filter(under('test/unit'));
    const spawning = unit.filter((f) => impurities(f).some((i) => /import (node:)?child_process/.test(i)));
    expect(spawning).toEqual([]);
    // Packages whose Node API starts a program of its own (Pagefind's indexer is a Rust binary).
    const starting = unit.filter((f) => /from ['"]pagefind['"]/.test(readFileSync(f, 'utf8')));
    expect(starting).toEqual([]);
  });
});
