/**
 * Every read of a file in the data folder goes through here: the check, the build's pages and the
 * published /data/ downloads. What is at the path is looked at without following a link first
 * (lstat), so a link, a folder, a pipe or an oversized file is refused with a message before a byte
 * of it – or of what it points to – is read (rules/file-kind.ts, rules/file-size.ts). The data
 * folder itself may be a link (BAROMETER_DATA_DIR pointing at a corpus); only its files are judged.
 */
import { lstatSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import type { ValidationError } from '../lib/data/errors.ts';
import { dataFileKindError, type EntryKind } from '../lib/data/rules/file-kind.ts';
import { dataFileSizeError } from '../lib/data/rules/file-size.ts';

export type DataFileRead = { state: 'missing' } | { state: 'refused'; error: ValidationError } | { state: 'read'; bytes: Buffer };

function kindOf(st: Stats): EntryKind {
  if (st.isSymbolicLink()) return 'link';
  if (st.isDirectory()) return 'folder';
  return st.isFile() ? 'file' : 'other';
}

/** Something lies at the path (a broken link too): the file is there to be read or refused, not missing. */
export function dataFilePresent(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** `file`: the path as the editor sees it, for the message. */
export function readDataFile(path: string, file: string): DataFileRead {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st) return { state: 'missing' };
  const kind = kindOf(st);
  let target = '?';
  if (kind === 'link') {
    try {
      target = readlinkSync(path);
    } catch {
      // Unreadable link: the message still says what it is.
    }
  }
  const error = dataFileKindError(file, kind, target) ?? dataFileSizeError(file, st.size);
  return error ? { state: 'refused', error } : { state: 'read', bytes: readFileSync(path) };
}
