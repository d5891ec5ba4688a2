/**
 * One side of a comparison: the data and content files as they are in a commit or in the working
 * tree, keyed by their path from the repository's top ("data/measurements.csv"), so both sides
 * compare path by path wherever the command is run from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readTree } from './git-tree.ts';

export interface Layout {
  /** Absolute path of the repository's top folder. */
  top: string;
  /** Data and content folders from the top, "/" separated, e.g. "data" and "content". */
  dataDir: string;
  contentDir: string;
}

export interface Snapshot {
  /** How the summary names this side, e.g. "`main` (1a2b3c4)" or "arbejdskopien". */
  label: string;
  files: Map<string, string>;
  /**
   * The bytes of files that are not valid UTF-8 (their text holds »\uFFFD« instead), so the check
   * and the summary see the encoding the editor saved, not a repaired copy.
   */
  raw?: Map<string, Uint8Array>;
}

const toSlash = (p: string): string => p.split(sep).join('/');

export function layoutFor(top: string, dirs: { dataDir: string; contentDir: string }): Layout {
  const rel = (dir: string) => toSlash(relative(top, resolve(dir))) || '.';
  return { top, dataDir: rel(dirs.dataDir), contentDir: rel(dirs.contentDir) };
}

/** A data table's path from the repository's top, e.g. "data/indicators.csv". */
export function dataPath(layout: Layout, file: string): string {
  return layout.dataDir === '.' ? file : `${layout.dataDir}/${file}`;
}

/** The files a summary reads: CSV tables in the data folder, Markdown and MDX in the content folder. */
export function isSummaryFile(layout: Layout, path: string): boolean {
  const under = (dir: string) => dir === '.' || path.startsWith(`${dir}/`);
  return (under(layout.dataDir) && /\.csv$/i.test(path)) || (under(layout.contentDir) && /\.mdx?$/i.test(path));
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The text of a file's bytes; the bytes themselves go to `raw` when UTF-8 cannot hold them unchanged. */
export function decodeInto(path: string, bytes: Buffer, files: Map<string, string>, raw: Map<string, Uint8Array>): void {
  const text = bytes.toString('utf8');
  files.set(path, text);
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(bytes)) raw.set(path, bytes);
}

export function workingTreeSnapshot(layout: Layout): Snapshot {
  const files = new Map<string, string>();
  const raw = new Map<string, Uint8Array>();
  for (const dir of [layout.dataDir, layout.contentDir]) {
    for (const abs of walk(join(layout.top, dir))) {
      const path = toSlash(relative(layout.top, abs));
      if (isSummaryFile(layout, path) && !files.has(path)) decodeInto(path, readFileSync(abs), files, raw);
    }
  }
  return { label: 'arbejdskopien', files, raw };
}

export function commitSnapshot(layout: Layout, commit: string, label: string): Snapshot {
  const all = readTree(layout.top, commit, [...new Set([layout.dataDir, layout.contentDir])]);
  const files = new Map<string, string>();
  const raw = new Map<string, Uint8Array>();
  for (const [path, bytes] of all) if (isSummaryFile(layout, path)) decodeInto(path, bytes, files, raw);
  return { label, files, raw };
}

/** Paths that differ between the two sides, sorted. */
export function changedPaths(before: Snapshot, after: Snapshot): string[] {
  const paths = new Set([...before.files.keys(), ...after.files.keys()]);
  return [...paths].filter((p) => before.files.get(p) !== after.files.get(p)).sort();
}
