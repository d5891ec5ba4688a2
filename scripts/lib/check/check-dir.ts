/**
 * Find and check the content files: the whole content folder, or only the files given (as a git
 * pre-commit hook does). Cross-file look-ups (letter slugs) always read the whole folder. Every
 * file is read as bytes and checked as UTF-8 first; a file with an encoding error gets that one
 * message and no follow-on errors.
 */
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { decodeUtf8File } from '../../../src/lib/data/rules/encoding.ts';
import { symlinkError } from '../../../src/lib/data/rules/file-kind.ts';
import { isCollection, type CollectionName } from './collections.ts';
import type { ContentContext } from './context.ts';
import { contentFileReport } from './check-file.ts';
import type { CheckCache, FileResult } from './cache/check-cache.ts';
import { letterFacts, letterFactsOfBytes, type LetterFacts } from './letter-facts.ts';
import { splitFrontMatter } from './front-matter.ts';
import { entryId, fileStem } from './routes.ts';
import { checkRawControlChars, checkValueControlChars } from './rules/control-chars.ts';
import { checkDocNumbers } from './rules/document-numbers.ts';
import { documentSizeError } from './rules/document-size.ts';
import { checkFileName } from './rules/file-name.ts';
import { checkLetterRoute, reservedLetterIds } from './rules/route-name.ts';
import { checkStrayFile } from './rules/stray-files.ts';
import { checkUrlCollisions, type RoutedFile } from './rules/url-collisions.ts';
import { nameEncodingError } from './rules/name-encoding.ts';
import { readDir } from './dir-entries.ts';

export interface ContentFile {
  path: string;
  collection: CollectionName;
}

/**
 * Every entry under dir, hidden ones included: files and symbolic links, each sorted, and the
 * names that are not UTF-8 as errors. Written out rather than readdirSync's `recursive`, which
 * descends into a linked folder (and around a loop).
 */
function walk(dir: string): { files: string[]; links: string[]; badNames: ValidationError[] } {
  const files: string[] = [];
  const links: string[] = [];
  const badNames: ValidationError[] = [];
  const visit = (folder: string): void => {
    const { entries, unreadable } = readDir(folder);
    for (const u of unreadable) badNames.push(nameEncodingError(displayPath(folder), u.bytes, u.folder));
    for (const e of entries) {
      if (e.kind === 'link') links.push(e.path);
      else if (e.kind === 'folder') visit(e.path);
      else if (e.kind === 'file') files.push(e.path);
    }
  };
  if (existsSync(dir)) visit(dir);
  return { files: files.sort(), links: links.sort(), badNames };
}

/** Every file under dir, hidden ones included, sorted; links are not followed. */
function walkAll(dir: string): string[] {
  return walk(dir).files;
}

/**
 * Rule: a content file is a file in the repository, not a symbolic link. The build follows a link
 * and publishes what it points to – a file outside the repository, or one that differs on another
 * machine – while the check never read it.
 */
function linkError(path: string): ValidationError {
  let target: string;
  try {
    target = readlinkSync(path);
  } catch {
    target = '?';
  }
  return symlinkError(displayPath(path), target, 'en almindelig fil (eller mappe), ikke en henvisning');
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
  const { files: all, links, badNames } = walk(contentDir);
  const wanted = only ? new Set(only.map((p) => resolve(p))) : undefined;
  const errors: ValidationError[] = [];
  const routed: RoutedFile[] = [];
  const letters = letterFileStems(contentDir, all);
  const reserved = reservedLetterIds();
  for (const path of all) {
    const rel = relativeTo(contentDir, path);
    const file = displayPath(path);
    const collection = collectionOf(contentDir, path);
    if (collection === 'letters') routed.push({ file, route: `/breve/${entryId(fileStem(rel))}/` });
    if (wanted && !wanted.has(resolve(path))) continue;
    const problem = collection ? checkFileName(file) : checkStrayFile(rel, file, letters);
    if (problem) errors.push(problem);
    const taken = collection === 'letters' ? checkLetterRoute(file, reserved) : undefined;
    if (taken) errors.push(taken);
  }
  for (const path of links) if (!wanted || wanted.has(resolve(path))) errors.push(linkError(path));
  // Always: a name that is not UTF-8 cannot be given as an argument (git hands the hook a »�« name).
  errors.push(...badNames);
  const collisions = checkUrlCollisions(routed);
  errors.push(...(wanted ? collisions.filter((e) => [...wanted].some((w) => displayPath(w) === e.file)) : collisions));
  return sortErrors(errors);
}

const formatted = (e: ValidationError): string => `${e.line}:${e.column}:${e.message}`;

/**
 * Control characters anywhere in the file, typed or (in front matter) escaped. splitFrontMatter
 * reports typed ones in front matter itself; those are not repeated. Escapes need a backslash, so
 * the front matter is read a second time only when it has one.
 */
function controlCharErrors(text: string, file: string, already: readonly ValidationError[]): ValidationError[] {
  const seen = new Set(already.map(formatted));
  const errors = checkRawControlChars(text, file).filter((e) => !seen.has(formatted(e)));
  const close = text.indexOf('\n---', 3);
  if (close > 0 && text.slice(0, close).includes('\\')) {
    const { fm, errors: fmErrors } = splitFrontMatter(text, file);
    if (fm && fmErrors.length === 0) errors.push(...checkValueControlChars(fm, file));
  }
  return errors;
}

/** One file's own rules, from its bytes: an encoding error alone, or every content rule. */
function fileResult(bytes: Uint8Array, file: string, collection: CollectionName, ctx: ContentContext): FileResult {
  const tooBig = documentSizeError(file, bytes.length);
  if (tooBig) return { errors: [tooBig], ...(collection === 'letters' ? { letter: letterFactsOfBytes(bytes, file) } : {}) };
  const decoded = decodeUtf8File(bytes, file, 'text');
  if (!decoded.error) {
    const report = contentFileReport(decoded.text, file, collection, ctx);
    const controls = controlCharErrors(decoded.text, file, report.errors);
    return controls.length > 0 ? { ...report, errors: sortErrors([...report.errors, ...controls]) } : report;
  }
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
  errors.push(...docNumberErrors(files, letters));
  return { errors: sortErrors(errors), letters };
}

/**
 * Two letters with one doknr. When only some letters are checked (the pre-commit hook), the others
 * in their folder are read too, just for their doknr, and only if a checked letter has one.
 */
function docNumberErrors(files: readonly ContentFile[], checked: ReadonlyMap<string, LetterFacts>): ValidationError[] {
  if (![...checked.values()].some((f) => f.doknr)) return [];
  const all = new Map(checked);
  const folders = new Set(files.filter((f) => f.collection === 'letters').map((f) => dirname(f.path)));
  for (const folder of folders) {
    for (const e of readDir(folder).entries) {
      const file = displayPath(e.path);
      if (e.kind !== 'file' || !/\.mdx?$/.test(e.name) || e.name.startsWith('.') || all.has(file)) continue;
      all.set(file, letterFacts(splitFrontMatter(readFileSync(e.path, 'utf8'), file).fm));
    }
  }
  return checkDocNumbers(all, new Set(checked.keys()));
}

export function checkContentFiles(files: readonly ContentFile[], ctx: ContentContext, cache?: CheckCache): ValidationError[] {
  return checkContent(files, ctx, cache).errors;
}
