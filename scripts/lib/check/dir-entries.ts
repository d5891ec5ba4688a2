/**
 * A folder's entries with their names read as bytes: an entry whose name is not UTF-8
 * (rules/name-encoding.ts) is returned apart, instead of as a »�« name no file has – reading that
 * would stop the check with ENOENT. Links are reported as links, never followed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { utf8Name } from './rules/name-encoding.ts';

export interface DirEntry {
  name: string;
  path: string;
  kind: 'file' | 'folder' | 'link' | 'other';
}

export interface DirListing {
  entries: DirEntry[];
  /** Names that are not UTF-8, as bytes, with whether each is a folder. */
  unreadable: { bytes: Buffer; folder: boolean }[];
}

export function readDir(dir: string): DirListing {
  const entries: DirEntry[] = [];
  const unreadable: DirListing['unreadable'] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
    const name = utf8Name(e.name);
    if (name === undefined) {
      unreadable.push({ bytes: e.name, folder: e.isDirectory() });
      continue;
    }
    const kind = e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'folder' : e.isFile() ? 'file' : 'other';
    entries.push({ name, path: join(dir, name), kind });
  }
  return { entries, unreadable };
}
