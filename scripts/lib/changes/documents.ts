/**
 * The content documents of one side (letters, conferences with their ideas, area goals, pages) and
 * what a change does to them: added, changed (which front-matter fields, the text), removed, or
 * renamed (same text, new file name, so a new address). Front matter is read with the check's own
 * reader and schemas; a file they refuse still counts as a document, only without its data.
 */
import { COLLECTION_SCHEMAS, isCollection, type CollectionName } from '../check/collections.ts';
import { splitFrontMatter } from '../check/front-matter.ts';
import type { ConferenceData, IdeaData, LetterData } from '../../../src/lib/content-schemas.ts';
import type { Layout, Snapshot } from './snapshot.ts';

export interface Doc {
  collection: CollectionName;
  /** The entry id the site uses: the path in the collection folder without extension, lower-case. */
  id: string;
  /** Path from the repository's top. */
  path: string;
  text: string;
  /** Front matter as YAML reads it (for field-by-field comparison); undefined when unreadable. */
  raw?: Record<string, unknown>;
  body: string;
  /** Validated by the collection's schema; undefined when the schema refuses it. */
  data?: unknown;
}

export type DocKind = 'added' | 'changed' | 'removed' | 'renamed';

export interface IdeaChange {
  kind: 'added' | 'changed' | 'removed';
  idea: IdeaData;
  /** Changed idea fields, for kind "changed". */
  fields: string[];
  /** Marked as example data before, not after. */
  illustrativeRemoved: boolean;
}

export interface DocChange {
  kind: DocKind;
  /** The document after the change; before it for "removed". */
  doc: Doc;
  /** The document before the change (changed, removed, renamed). */
  before?: Doc;
  /** Changed front-matter keys, in the order written. */
  fields: string[];
  bodyChanged: boolean;
  ideas: IdeaChange[];
  /** `illustrative: true` before, not after. */
  illustrativeRemoved: boolean;
}

export function docId(collectionPath: string): string {
  return collectionPath.replace(/\.mdx?$/i, '').toLowerCase();
}

export function readDocs(snapshot: Snapshot, layout: Layout): Doc[] {
  const prefix = layout.contentDir === '.' ? '' : `${layout.contentDir}/`;
  const docs: Doc[] = [];
  for (const [path, text] of snapshot.files) {
    if (!path.startsWith(prefix) || !/\.mdx?$/i.test(path)) continue;
    const [collection = '', ...rest] = path.slice(prefix.length).split('/');
    if (!isCollection(collection) || rest.length === 0) continue;
    const { fm, errors } = splitFrontMatter(text, path);
    const raw = fm && errors.length === 0 && isRecord(fm.data) ? fm.data : undefined;
    const parsed = raw ? COLLECTION_SCHEMAS[collection].safeParse(raw) : undefined;
    docs.push({
      collection,
      id: docId(rest.join('/')),
      path,
      text,
      raw,
      body: fm?.body ?? text,
      data: parsed?.success ? parsed.data : undefined,
    });
  }
  return docs.sort((a, b) => a.path.localeCompare(b.path));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function letterData(doc: Doc): LetterData | undefined {
  return doc.collection === 'letters' ? (doc.data as LetterData | undefined) : undefined;
}

export function conferenceData(doc: Doc): ConferenceData | undefined {
  return doc.collection === 'conferences' ? (doc.data as ConferenceData | undefined) : undefined;
}

/** The document's title as the site shows it, or its file name. */
export function docTitle(doc: Doc): string {
  const t = doc.raw?.title ?? doc.raw?.goal;
  return typeof t === 'string' && t.trim() !== '' ? t.trim() : (doc.path.split('/').at(-1) ?? doc.path);
}

const isIllustrative = (v: unknown): boolean => isRecord(v) && v.illustrative === true;

function changedKeys(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): string[] {
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.filter((k) => JSON.stringify(a?.[k]) !== JSON.stringify(b?.[k]));
}

function ideaChanges(before: Doc | undefined, after: Doc | undefined): IdeaChange[] {
  const ideas = (d: Doc | undefined) => new Map(((d && conferenceData(d))?.ideas ?? []).map((i) => [i.id, i]));
  const b = ideas(before);
  const a = ideas(after);
  const out: IdeaChange[] = [];
  for (const [id, idea] of a) {
    const old = b.get(id);
    if (!old) out.push({ kind: 'added', idea, fields: [], illustrativeRemoved: false });
    else {
      const fields = changedKeys(old as unknown as Record<string, unknown>, idea as unknown as Record<string, unknown>);
      if (fields.length) out.push({ kind: 'changed', idea, fields, illustrativeRemoved: old.illustrative && !idea.illustrative });
    }
  }
  for (const [id, idea] of b) if (!a.has(id)) out.push({ kind: 'removed', idea, fields: [], illustrativeRemoved: false });
  return out;
}

function change(kind: DocKind, doc: Doc, before?: Doc): DocChange {
  return {
    kind,
    doc,
    before,
    fields: kind === 'changed' ? changedKeys(before?.raw, doc.raw) : [],
    bodyChanged: kind === 'changed' && before?.body !== doc.body,
    ideas: kind === 'removed' ? ideaChanges(doc, undefined) : ideaChanges(before, doc),
    illustrativeRemoved: kind !== 'removed' && isIllustrative(before?.raw) && !isIllustrative(doc.raw),
  };
}

export function docChanges(before: readonly Doc[], after: readonly Doc[]): DocChange[] {
  const byPathBefore = new Map(before.map((d) => [d.path, d]));
  const byPathAfter = new Map(after.map((d) => [d.path, d]));
  const added = after.filter((d) => !byPathBefore.has(d.path));
  const removed = before.filter((d) => !byPathAfter.has(d.path));
  const out: DocChange[] = [];
  for (const d of after) {
    const old = byPathBefore.get(d.path);
    if (old && old.text !== d.text) out.push(change('changed', d, old));
  }
  // Same collection and same text under another name: a rename, which moves the page's address.
  const key = (d: Doc) => `${d.collection}\u0000${d.text}`;
  const gone = new Map<string, Doc[]>();
  for (const d of removed) gone.set(key(d), [...(gone.get(key(d)) ?? []), d]);
  const renamed = new Set<Doc>();
  for (const d of added) {
    const from = gone.get(key(d))?.find((r) => !renamed.has(r));
    if (from) renamed.add(from);
    out.push(from ? change('renamed', d, from) : change('added', d));
  }
  for (const d of removed) if (!renamed.has(d)) out.push(change('removed', d, d));
  return out;
}
