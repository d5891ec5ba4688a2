/**
 * Find and check the content files: the whole content folder, or only the files given (as a git
 * pre-commit hook does). Cross-file look-ups (letter slugs) always read the whole folder. Every
 * file is read as bytes and checked as UTF-8 first; a file with an encoding error gets that one
 * message and no follow-on errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { decodeUtf8File } from '../../../src/lib/data/rules/encoding.ts';
import { isCollection, type CollectionName } from './collections.ts';
import type { ContentContext } from './context.ts';
import { contentFileReport } from './check-file.ts';
import type { CheckCache, FileResult } from './cache/check-cache.ts';
import { letterFactsOfBytes, type LetterFacts } from './letter-facts.ts';
import { entryId, fileStem } from './routes.ts';
import { checkFileName } from './rules/file-name.ts';
import { checkStrayFile } from './rules/stray-files.ts';
import { checkUrlCollisions, type RoutedFile } from './rules/url-collisions.ts';

export interface ContentFile {
  path: string;
  collection: CollectionName;
}

/** Every file under dir, hidden ones included, sorted. */
function walkAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function relativeTo(contentDir: string, path: string): string {
  return relative(resolve(contentDir), resolve(path)).split(sep).join('/');
}

/** The collection a document belongs to: a .md/.mdx file directly in a collection folder. */
export function collectionOf(contentDir: string, path: string): CollectionName | undefined {
  const rel = relativeTo(contentDir, path);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split('/');
  const first = parts[0] ?? '';
  const name = parts[1] ?? '';
  return parts.length === 2 && isCollection(first) && /\.mdx?$/.test(name) && !name.startsWith('.') ? first : undefined;
}

export function listContentFiles(contentDir: string): ContentFile[] {
  return walkAll(contentDir).flatMap((path) => {
    const collection = collectionOf(contentDir, path);
    return collection ? [{ path, collection }] : [];
  });
}

/** The letters' file names without extension, as written: each may have a folder of attachments. */
export function letterFileStems(contentDir: string, all: readonly string[] = walkAll(contentDir)): Set<string> {
  return new Set(all.filter((p) => collectionOf(contentDir, p) === 'letters').map((p) => fileStem(p)));
}

/** `files`: the folder's content files, when the caller has listed them already. */
export function letterSlugs(contentDir: string, files: readonly ContentFile[] = listContentFiles(contentDir)): Set<string> {
  const base = join(contentDir, 'letters');
  return new Set(files.filter((f) => f.collection === 'letters').map((f) => entryId(fileStem(relative(base, f.path)))));
}

/**
 * Files in the content folder the build would skip or publish elsewhere: stray files, bad names,
 * and two letters with one address (letters are addressed by file name; the others by their
 * front matter, in checkContentFiles). `only`: report just these paths (the pre-commit
 * hook), still compared with the whole folder.
 */
export function contentFolderErrors(contentDir: string, only?: readonly string[]): ValidationError[] {
  const all = walkAll(contentDir);
  const wanted = only ? new Set(only.map((p) => resolve(p))) : undefined;
  const errors: ValidationError[] = [];
  const routed: RoutedFile[] = [];
  const letters = letterFileStems(contentDir, all);
  for (const path of all) {
    const rel = relativeTo(contentDir, path);
    const file = displayPath(path);
    const collection = collectionOf(contentDir, path);
    if (collection === 'letters') routed.push({ file, route: `/breve/${entryId(fileStem(rel))}/` });
    if (wanted && !wanted.has(resolve(path))) continue;
    const problem = collection ? checkFileName(file) : checkStrayFile(rel, file, letters);
    if (problem) errors.push(problem);
  }
  const collisions = checkUrlCollisions(routed);
  errors.push(...(wanted ? collisions.filter((e) => [...wanted].some((w) => displayPath(w) === e.file)) : collisions));
  return sortErrors(errors);
}

/** One file's own rules, from its bytes: an encoding error alone, or every content rule. */
function fileResult(bytes: Uint8Array, file: string, collection: CollectionName, ctx: ContentContext): FileResult {
  const decoded = decodeUtf8File(bytes, file, 'text');
  if (!decoded.error) return contentFileReport(decoded.text, file, collection, ctx);
  return { errors: [decoded.error], ...(collection === 'letters' ? { letter: letterFactsOfBytes(bytes, file) } : {}) };
}

export interface ContentCheck {
  errors: ValidationError[];
  /** Each letter's case number and declared files, by its path as shown (displayPath). */
  letters: Map<string, LetterFacts>;
}

/**
 * Every file's own rules, then the rule across them (two files with one address). `cache`: reuse
 * the results of files that have not changed since the last run (cache/check-cache.ts).
 */
export function checkContent(files: readonly ContentFile[], ctx: ContentContext, cache?: CheckCache): ContentCheck {
  const errors: ValidationError[] = [];
  const routed: RoutedFile[] = [];
  const letters = new Map<string, LetterFacts>();
  for (const f of files) {
    const file = displayPath(f.path);
    const bytes = readFileSync(f.path);
    const report = cache
      ? cache.result(file, f.collection, bytes, (observed) => fileResult(bytes, file, f.collection, observed))
      : fileResult(bytes, file, f.collection, ctx);
    errors.push(...report.errors);
    if (report.letter) letters.set(file, report.letter);
    // Letters are addressed by file name (contentFolderErrors); the others by their front matter.
    if (report.route && f.collection !== 'letters') routed.push({ file, route: report.route });
  }
  errors.push(...checkUrlCollisions(routed));
  return { errors: sortErrors(errors), letters };
}

export function checkContentFiles(files: readonly ContentFile[], ctx: ContentContext, cache?: CheckCache): ValidationError[] {
  return checkContent(files, ctx, cache).errors;
}
