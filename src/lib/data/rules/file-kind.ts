/**
 * Rule: a data file is a regular file in the data folder. A symbolic link would make the check, the
 * build and the published /data/ downloads read whatever it points to on the machine that runs
 * them (/proc/self/environ, a key file, another repository), and its first lines would be quoted
 * in the check's messages – which CI turns into public annotations. A folder, a pipe or a device
 * with a data file's name cannot be read as a table (a pipe would stop the check waiting). Each is
 * refused before the file is opened. The content check gives the same message for a link
 * (scripts/lib/check/check-dir.ts).
 */
import type { ValidationError } from '../errors.ts';

/** What lies at a path, as lstat sees it (a link is not followed). */
export type EntryKind = 'file' | 'link' | 'folder' | 'other';

/** The message for a symbolic link in an editor's folder (content/ and data/). */
export const SYMLINK_MESSAGE =
  'filen er en genvej (symbolsk link): sitet ville udgive det, den peger på, uden at tjekket har læst det; læg selve filen i mappen';

/** `target`: where the link points, as written in it; `expected`: what belongs there instead. */
export function symlinkError(file: string, target: string, expected: string): ValidationError {
  return { file, line: 1, column: 1, message: SYMLINK_MESSAGE, got: target, expected };
}

const WHAT: Record<Exclude<EntryKind, 'file' | 'link'>, string> = {
  folder: 'en mappe',
  other: 'en særlig fil (fx en navngiven pipe eller en enhed)',
};

/** The error for a data file that is not a regular file, or undefined when it is one. */
export function dataFileKindError(file: string, kind: EntryKind, target = '?'): ValidationError | undefined {
  if (kind === 'file') return undefined;
  if (kind === 'link') return symlinkError(file, target, 'selve CSV-filen i datamappen, ikke en henvisning');
  const name = file.split('/').pop() ?? file;
  return {
    file,
    line: 1,
    column: 1,
    message: `${name} er ${WHAT[kind]}, ikke en almindelig fil, så den kan ikke læses som en tabel`,
    got: name,
    expected: 'en almindelig CSV-fil med det navn i datamappen',
  };
}
