/**
 * Where the draft goes and writing it. A plan lists every file the import writes (the letter and
 * its original PDF or DOCX beside it, content/letters/<slug>/original.pdf), so nothing is written
 * unless all of them may be: no existing file is overwritten without
 * --force, and a name that differs from an existing letter's only in case is refused too.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ImportError } from './import-error.ts';

export interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * The letter's path: --out as a .md file, --out as a folder, or content/letters/<slug>.md. An --out
 * that is neither (an existing file, or a new name with another extension such as brev.txt) is
 * refused, so the letter itself is never taken for the draft and no folder "brev.txt" is made.
 */
export function letterPath(slug: string, lettersDir: string, out?: string): string {
  if (!out) return join(lettersDir, `${slug}.md`);
  if (/\.mdx?$/i.test(out)) return out;
  const isFolder = existsSync(out) && statSync(out).isDirectory();
  if (!isFolder && existsSync(out))
    throw new ImportError(
      `--out ${out} er en fil, men skal være en mappe eller en .md-fil – intet er skrevet. Angiv fx --out ${join(dirname(out), `${slug}.md`)}`,
    );
  if (!isFolder && extname(out) !== '')
    throw new ImportError(
      `--out ${out} har endelsen ${extname(out)}, men kladden skal være en .md-fil – intet er skrevet. Angiv fx --out ${out.slice(0, -extname(out).length)}.md, eller en mappe`,
    );
  return join(out, `${slug}.md`);
}

function caseTwin(path: string): string | undefined {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
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

/** A write that failed, said as what the editor can do about it. */
function cannotWrite(path: string, err: unknown): ImportError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const folder = dirname(path);
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? `du har ikke lov til at skrive i ${folder}`
      : code === 'EROFS'
        ? `${folder} kan kun læses (skrivebeskyttet)`
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? 'der er ikke plads på disken'
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? existsSync(folder)
              ? `der kan ikke lægges filer i ${folder}`
              : `mappen ${folder} kan ikke oprettes`
            : `filen kan ikke skrives (${code || 'ukendt fejl'})`;
  return new ImportError(`${path} kan ikke skrives: ${why} – intet er skrevet. Vælg en anden mappe med --out, fx --out content/letters`);
}

export function writePlan(files: readonly PlannedFile[], force: boolean): void {
  for (const f of files) {
    const blocker = fileInTheWay(dirname(f.path));
    if (blocker)
      throw new ImportError(
        `${blocker} er en fil, men skal være en mappe til ${basename(f.path)} – intet er skrevet. Flyt filen, eller vælg et andet navn med --out`,
      );
    if (existsSync(f.path) && statSync(f.path).isDirectory())
      throw new ImportError(`${f.path} er en mappe – intet er skrevet. Vælg et andet navn med --out`);
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
  }
  // Both files or neither: what was written before a failure is removed again.
  const written: string[] = [];
  const made: string[] = [];
  try {
    for (const f of files) {
      const first = mkdirSync(dirname(f.path), { recursive: true });
      if (first) made.push(first);
      writeFileSync(f.path, f.content, { flag: force ? 'w' : 'wx' });
      written.push(f.path);
    }
  } catch (err) {
    for (const w of written) rmSync(w, { force: true });
    for (const m of made.reverse()) rmSync(m, { recursive: true, force: true });
    throw cannotWrite(files[written.length]?.path ?? '', err);
  }
}
