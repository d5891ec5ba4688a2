/**
 * Parse `git log --diff-filter=AR --format=%x1e%aI --name-only` of the letters' folder (newest
 * commit first) into letter id → the date its file was added. Letters are files straight in the
 * folder (the check refuses sub-folders); a file added again after a deletion keeps its latest
 * addition, the one the site shows.
 */
import { entryId, fileStem } from '../archive/entry-id.ts';

export function letterAddedDates(log: string, folder: string): Map<string, Date> {
  const added = new Map<string, Date>();
  for (const record of log.split('\x1e')) {
    const [date = '', ...paths] = record.split('\n');
    const at = new Date(date.trim());
    if (Number.isNaN(at.getTime())) continue;
    for (const path of paths) {
      const name = path.slice(folder.length);
      if (!path.startsWith(folder) || name.includes('/') || !/\.mdx?$/.test(name)) continue;
      const id = entryId(fileStem(name));
      // Newest first: the first date met is the latest addition.
      if (id && !added.has(id)) added.set(id, at);
    }
  }
  return added;
}
