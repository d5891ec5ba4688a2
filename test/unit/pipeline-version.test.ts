/**
 * A warm build must not reuse text rendered by older Markdown code: the cache records the pipeline's
 * version and is emptied (except the check's own results) when it differs.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineVersion, PIPELINE_ROOTS, refreshStaleCaches } from '../../scripts/lib/build/pipeline-version.ts';
import { sourceClosure } from '../../scripts/lib/check/cache/checker-version.ts';

function cacheWithBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-cache-'));
  for (const d of ['dist', 'letter-bodies', 'check']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'data-store.json'), '{}');
  writeFileSync(join(dir, 'incremental-build.json'), '{}');
  writeFileSync(join(dir, 'check', 'results.v8'), 'x');
  return dir;
}

describe('the content pipeline version in the build cache', () => {
  it('empties a cache built by other Markdown code, keeping the check’s results, and records the version', () => {
    const dir = cacheWithBuild();
    expect(refreshStaleCaches([dir], 'v1')).toEqual([dir]);
    expect(readdirSync(dir).sort()).toEqual(['check', 'content-pipeline.version']);
    expect(existsSync(join(dir, 'check', 'results.v8'))).toBe(true);
  });

  it('keeps a cache built by the same code', () => {
    const dir = cacheWithBuild();
    refreshStaleCaches([dir], 'v1');
    writeFileSync(join(dir, 'data-store.json'), '{}');
    expect(refreshStaleCaches([dir], 'v1')).toEqual([]);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
    expect(refreshStaleCaches([dir], 'v2')).toEqual([dir]);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
  });

  it('creates a missing cache folder with its record, emptying nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pipeline-cache-')), 'new');
    expect(refreshStaleCaches([dir], 'v1')).toEqual([]);
    expect(readdirSync(dir)).toEqual(['content-pipeline.version']);
  });

  it('covers the Markdown processor, the content policy and the loaders, and changes with them', () => {
    const files = sourceClosure(PIPELINE_ROOTS).map((f) => f.replace(/\\/g, '/'));
    for (const part of ['src/integrations/markdown-processor.ts', 'src/lib/content-policy/', 'src/loaders/letter-bodies.ts'])
      expect(
        files.some((f) => f.includes(part)),
        part,
      ).toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'pipeline-src-'));
    writeFileSync(join(root, 'config.mjs'), "import './rule.ts';\n");
    writeFileSync(join(root, 'rule.ts'), 'export const a = 1;\n');
    const before = pipelineVersion([join(root, 'config.mjs')]);
    writeFileSync(join(root, 'rule.ts'), 'export const a = 2;\n');
    expect(pipelineVersion([join(root, 'config.mjs')])).not.toBe(before);
  });
});
