/** Sizes of a built site: everything, the HTML pages, and Pagefind's index folder. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export interface DistStats {
  total: FolderSize;
  /** index.html files: one per page. */
  pages: number;
  pagefind: FolderSize;
  /** The largest pages (HTML bytes), biggest first: lists that grow with the archive show up here. */
  largestPages: { path: string; bytes: number }[];
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

export function distStats(dir: string, top = 8): DistStats {
  let pages = 0;
  const sizes: { path: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html') {
        pages++;
        sizes.push({ path: `/${relative(dir, d).split(sep).join('/')}/`.replace(/^\/\/$/, '/'), bytes: statSync(full).size });
      }
    }
  };
  walk(dir);
  const largestPages = sizes.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, top);
  let pagefind: FolderSize = { bytes: 0, files: 0 };
  try {
    pagefind = folderSize(join(dir, 'pagefind'));
  } catch {
    // No index (Pagefind did not run).
  }
  return { total: folderSize(dir), pages, pagefind, largestPages };
}
