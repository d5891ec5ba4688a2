/** Sizes of a built site: everything, the HTML pages, and Pagefind's index folder. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export interface DistStats {
  total: FolderSize;
  /** index.html files: one per page. */
  pages: number;
  pagefind: FolderSize;
}

export function folderSize(dir: string): FolderSize {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        bytes += statSync(full).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

export function distStats(dir: string): DistStats {
  let pages = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name === 'index.html') pages++;
    }
  };
  walk(dir);
  let pagefind: FolderSize = { bytes: 0, files: 0 };
  try {
    pagefind = folderSize(join(dir, 'pagefind'));
  } catch {
    // No index (Pagefind did not run).
  }
  return { total: folderSize(dir), pages, pagefind };
}
