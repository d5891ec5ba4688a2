/**
 * scripts/build.ts runs the editor check beside the Astro step. When the check fails, the build
 * must end as it did when the check ran first: the check's errors (file, line, value) and nothing
 * from Astro, exit 1, the previous dist/ untouched and no staging or part folder left behind,
 * whether Astro runs in one process or two. Builds run under node_modules/.cache (see
 * safety-build.test.ts for why).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';

const WORK = resolve('node_modules/.cache/ib-check-beside-astro');

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('npm run build when the editor check fails while Astro builds', () => {
  it.each([1, 2])(
    'prints the check errors only, stops Astro and publishes nothing (%i Astro process(es))',
    (parts) => {
      const dir = join(WORK, `parts-${parts}`);
      rmSync(dir, { recursive: true, force: true });
      const data = join(dir, 'data');
      cpSync('data', data, { recursive: true });
      const csv = join(data, 'measurements.csv');
      const lines = readFileSync(csv, 'utf8').split('\n');
      lines[1] = (lines[1] as string).replace(';66,93;', ';66,9x3;');
      writeFileSync(csv, lines.join('\n'));
      const out = join(dir, 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), '<p>forrige udgave</p>');
      const r = spawnSync(process.execPath, ['scripts/build.ts'], {
        env: childEnv({ BAROMETER_DATA_DIR: data, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_PARTS: String(parts) }),
        encoding: 'utf8',
      });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status).toBe(1);
      expect(output).toMatch(/measurements\.csv:2:\d+/);
      expect(output).toContain('66,9x3');
      expect(output).toContain('Byggeriet er stoppet: ret fejlene ovenfor. Det offentliggjorte site er ikke ændret.');
      expect(output).not.toMatch(/Astro-byggeriet|Bygger sider med Astro|Pagefind/);
      expect(output).not.toMatch(/\n\s+at [\w.<]+ \(|Stack trace/);
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>forrige udgave</p>');
      for (const leftover of [`${out}.staging`, `${out}.staging-2`, `${out}.previous`]) expect(existsSync(leftover), leftover).toBe(false);
    },
    300_000,
  );
});
