/**
 * Find and check the content files: the whole content folder, or only the files given (as a git
 * pre-commit hook does). Cross-file look-ups (letter slugs) always read the whole folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../data/load.ts';
import { sortErrors, type ValidationError } from '../data/errors.ts';
import { isCollection, type CollectionName } from './collections.ts';
import type { ContentContext } from './context.ts';
import { checkContentFile } from './check-file.ts';

export interface ContentFile {
  path: string;
  collection: CollectionName;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The collection a file belongs to, from its first folder under the content folder. */
export function collectionOf(contentDir: string, path: string): CollectionName | undefined {
  const rel = relative(resolve(contentDir), resolve(path));
  if (rel.startsWith('..')) return undefined;
  const first = rel.split(sep)[0] ?? '';
  return isCollection(first) && /\.mdx?$/.test(rel) ? first : undefined;
}

export function listContentFiles(contentDir: string): ContentFile[] {
  return walk(contentDir).flatMap((path) => {
    const collection = collectionOf(contentDir, path);
    return collection ? [{ path, collection }] : [];
  });
}

export function letterSlugs(contentDir: string): Set<string> {
  const base = join(contentDir, 'letters');
  return new Set(walk(base).map((p) => relative(base, p).replace(/\.mdx?$/, '').split(sep).join('/').toLowerCase()));
}

export function checkContentFiles(files: readonly ContentFile[], ctx: ContentContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const f of files) errors.push(...checkContentFile(readFileSync(f.path, 'utf8'), displayPath(f.path), f.collection, ctx));
  return sortErrors(errors);
}
