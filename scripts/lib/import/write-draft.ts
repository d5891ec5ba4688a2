/**
 * Where the draft goes and writing it. A plan lists every file the import writes (the letter and
 * its original PDF or DOCX beside it, content/letters/<slug>/original.pdf), so nothing is written
 * unless all of them may be: no existing file is overwritten without
 * --force, and a name that differs from an existing letter's only in case is refused too.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ImportError } from './read-source.ts';

export interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

/** The letter's path: --out as a .md file, --out as a folder, or content/letters/<slug>.md. */
export function letterPath(slug: string, lettersDir: string, out?: string): string {
  if (!out) return join(lettersDir, `${slug}.md`);
  if (/\.mdx?$/i.test(out)) return out;
  return join(out, `${slug}.md`);
}

function caseTwin(path: string): string | undefined {
  const dir = dirname(path);
  if (!existsSync(dir)) return undefined;
  const name = basename(path).toLowerCase();
  return readdirSync(dir).find((f) => f.toLowerCase() === name && f !== basename(path));
}

/** The nearest existing ancestor of `dir` when it is a file, not a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let d = dir; d !== dirname(d); d = dirname(d)) {
    if (existsSync(d)) return statSync(d).isDirectory() ? undefined : d;
  }
  return undefined;
}

export function writePlan(files: readonly PlannedFile[], force: boolean): void {
  for (const f of files) {
    if (existsSync(f.path) && !force) {
      throw new ImportError(
        `${f.path} findes allerede – intet er skrevet. Brug --force for at overskrive den, eller --out for at vælge et andet navn`,
      );
    }
    const twin = caseTwin(f.path);
    if (twin)
      throw new ImportError(
        `${join(dirname(f.path), twin)} findes allerede med samme navn, bortset fra store og små bogstaver – intet er skrevet. Vælg et andet navn med --out`,
      );
    if (extname(f.path) === '') throw new ImportError(`${f.path} har ingen filendelse`);
    const blocker = fileInTheWay(dirname(f.path));
    if (blocker)
      throw new ImportError(
        `${blocker} er en fil, men skal være en mappe til ${basename(f.path)} – intet er skrevet. Flyt filen, eller vælg et andet navn med --out`,
      );
  }
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.content);
  }
}
