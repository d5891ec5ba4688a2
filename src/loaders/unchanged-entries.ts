/**
 * Astro's glob loader reads each file's front matter (YAML) before it looks at whether the file
 * changed since the last build, because an entry's id may come from a `slug` in it. With 20,000
 * letters that is 20,000 YAML parses in every warm build (1.2–1.6 s of the content sync; README,
 * Benchmark), for files whose entries it then keeps as they are. This wraps the loader's entry types
 * so that a file whose contents have the digest of the stored entry for the same path answers with
 * that entry's id as its slug: the loader derives the same id, finds the same digest and keeps the
 * entry, as before, without the parse. Any other file is read by Astro's own entry type.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

interface EntryInfoArgs {
  contents: string;
  fileUrl: URL;
}
export interface EntryInfoType {
  getEntryInfo?: (args: EntryInfoArgs) => Promise<{ data: Record<string, unknown>; body: string; slug?: string; rawData?: string }>;
}

interface StoredEntry {
  id: string;
  digest?: string | number;
  filePath?: string;
}

/**
 * Entry types that skip the front matter of unchanged files. `entries` are the store's entries
 * (filePath relative to `root`, as the glob loader records it), `digest` the loader's digest function.
 */
export function skipUnchanged<T extends EntryInfoType>(
  entryTypes: Map<string, T>,
  entries: Iterable<StoredEntry>,
  digest: (contents: string) => string | number,
  root: URL,
): Map<string, T> {
  const byPath = new Map<string, StoredEntry>();
  for (const e of entries) if (e.filePath && e.digest !== undefined) byPath.set(e.filePath, e);
  const rootPath = fileURLToPath(root);
  const out = new Map<string, T>();
  for (const [ext, type] of entryTypes) {
    const inner = type.getEntryInfo;
    if (!inner) {
      out.set(ext, type);
      continue;
    }
    const getEntryInfo = async (args: EntryInfoArgs) => {
      const path = relative(rootPath, fileURLToPath(args.fileUrl)).split(sep).join('/');
      const stored = byPath.get(path);
      if (stored && stored.digest === digest(args.contents)) return { data: { slug: stored.id }, body: '', slug: stored.id };
      return inner.call(type, args);
    };
    out.set(ext, { ...type, getEntryInfo });
  }
  return out;
}
