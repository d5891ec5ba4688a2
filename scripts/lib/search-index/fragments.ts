/** The fragment files of a Pagefind bundle (the merged index keeps them in a folder per build). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function fragmentFiles(pagefindDir: string): string[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => join(dir, f));
}
