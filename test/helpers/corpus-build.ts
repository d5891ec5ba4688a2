/**
 * `npm run build` (scripts/build.ts) of a generated corpus into its own output and cache folders,
 * for the warm-rebuild tests. `parts` sets BUILD_PARTS (unset: the build decides). Returns stdout.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';

export interface BuildTarget {
  out: string;
  cache: string;
}

export function buildCorpus(corpus: string, target: BuildTarget, parts?: number): string {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...childEnv(),
      BUILD_PARTS: parts === undefined ? '' : String(parts),
      BAROMETER_CONTENT_DIR: join(corpus, 'content'),
      BAROMETER_DATA_DIR: join(corpus, 'data'),
      OUT_DIR: target.out,
      ASTRO_CACHE_DIR: target.cache,
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
