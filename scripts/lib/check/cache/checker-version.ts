/**
 * The version of the content check: a hash of every source file the per-file check runs (its
 * rules, schemas, registries, messages – found by following the imports from check-dir.ts), the
 * installed packages (package-lock.json) and Node's version. A changed rule, message or registry
 * thus invalidates every cached result, with no version number anyone must remember to raise.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The project's root folder (this file is scripts/lib/check/cache/). */
const ROOT = resolve(import.meta.dirname, '../../../..');

/** Relative module specifiers in a source file: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every source file reachable from the roots through relative imports, sorted. */
export function sourceClosure(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.map((r) => resolve(r));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue; // a specifier in a comment may name nothing
    seen.add(file);
    if (!/\.(ts|mjs|js)$/.test(file)) continue; // JSON and other data: hashed, not followed
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) queue.push(resolve(dirname(file), m[1] as string));
  }
  return [...seen].sort();
}

/** The roots of the per-file check: the folder walk and file check, the cache itself. */
export const CHECKER_ROOTS: readonly string[] = [
  join(ROOT, 'scripts/lib/check/check-dir.ts'),
  join(ROOT, 'scripts/lib/check/check-file.ts'),
  join(ROOT, 'scripts/lib/check/cache/check-cache.ts'),
];

export function checkerVersion(roots: readonly string[] = CHECKER_ROOTS): string {
  const h = createHash('sha256');
  h.update(`node ${process.version}\n`);
  for (const file of sourceClosure(roots))
    h.update(`${relative(ROOT, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  return h.digest('base64');
}
