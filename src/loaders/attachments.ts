/**
 * The files a letter carries (content/letters/<slug>/…), read for the build and the editor check:
 * size, a SHA-256 of the bytes, and the text, extracted once and cached by that hash in the build
 * cache (<cacheDir>/attachment-text/), so a warm rebuild reads JSON instead of parsing PDFs again –
 * and renders the same bytes as a cold build, since the cached text is exactly what extraction
 * returned. The check (run first by npm run build) fills the cache; the pages read it.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterData } from '../lib/content-schemas.ts';
import { siteSettings } from './site-settings.ts';
import { EXTRACTOR_VERSION, extractText } from '../lib/attachments/extract.ts';
import { kindOfName, type AttachmentKind } from '../lib/attachments/kinds.ts';
import type { AttachmentText } from '../lib/attachments/text.ts';
import { declaredFiles, type DeclaredFile } from '../lib/attachments/declared.ts';
import type { LetterFileFacts } from '../lib/archive/letter-view.ts';

export interface ReadAttachment {
  bytes: number;
  sha256: string;
  text: AttachmentText;
}

export function attachmentCacheDir(env: Record<string, string | undefined> = process.env): string {
  return join(siteSettings(env).cacheDir, 'attachment-text');
}

/** The folder of a letter's files. */
export function letterFolder(contentDir: string, slug: string): string {
  return join(contentDir, 'letters', slug);
}

// Within one process (the build renders three routes from the same files) each file is hashed and
// its text read once; a file is known again by its path, size and modification time.
const memory = new Map<string, AttachmentText>();
const hashes = new Map<string, { stamp: string; sha256: string }>();

function hashOf(path: string): { bytes: number; sha256: string; data?: Buffer } {
  const st = lstatSync(path);
  const stamp = `${st.size}:${st.mtimeMs}`;
  const known = hashes.get(path);
  if (known?.stamp === stamp) return { bytes: st.size, sha256: known.sha256 };
  const data = readFileSync(path);
  const sha256 = createHash('sha256').update(data).digest('hex');
  hashes.set(path, { stamp, sha256 });
  return { bytes: data.length, sha256, data };
}

/** Size, hash and text of one file; throws AttachmentReadError (Danish reason) when it cannot be read. */
export async function readAttachment(path: string, kind: AttachmentKind, cacheDir: string = attachmentCacheDir()): Promise<ReadAttachment> {
  const { bytes, sha256, data } = hashOf(path);
  const key = `v${EXTRACTOR_VERSION}-${kind}-${sha256}`;
  const cached = memory.get(key) ?? readCache(cacheDir, key);
  if (cached) {
    memory.set(key, cached);
    return { bytes, sha256, text: cached };
  }
  const text = await extractText(kind, new Uint8Array(data ?? readFileSync(path)));
  memory.set(key, text);
  writeCache(cacheDir, key, text);
  return { bytes, sha256, text };
}

function readCache(dir: string, key: string): AttachmentText | undefined {
  const file = join(dir, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as AttachmentText;
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so a check and a build running at once never read half a file. */
function writeCache(dir: string, key: string, text: AttachmentText): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${key}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(text));
  renameSync(tmp, join(dir, `${key}.json`));
}

export interface PublishedFile extends DeclaredFile, ReadAttachment {
  kind: AttachmentKind;
  /** Absolute path of the file in the content folder. */
  source: string;
}

/** What the letter page prints about a file (and what its cache key must cover). */
export function fileFacts(f: PublishedFile): LetterFileFacts {
  const facts: LetterFileFacts = { name: f.name, kind: f.kind, bytes: f.bytes, textless: f.text.textless };
  if (f.text.pages !== undefined) facts.pages = f.text.pages;
  if (f.text.sheets !== undefined) facts.sheets = f.text.sheets;
  return facts;
}

/**
 * Every file a letter declares, read. The check has already refused missing, unnamed, oversized
 * and unreadable files; should one slip through (a build with --skip-check), the build stops here
 * with the file named rather than publish the letter without it.
 */
export async function letterFiles(contentDir: string, slug: string, data: LetterData, cacheDir?: string): Promise<PublishedFile[]> {
  const folder = letterFolder(contentDir, slug);
  const out: PublishedFile[] = [];
  for (const d of declaredFiles(data)) {
    const source = join(folder, d.name);
    const kind = kindOfName(d.name);
    const shown = `content/letters/${slug}/${d.name}`;
    if (!kind) throw new Error(`${shown}: filtypen kan ikke udgives`);
    if (!existsSync(source) || !lstatSync(source).isFile())
      throw new Error(`${shown}: filen findes ikke (brevet nævner den i front matter)`);
    try {
      out.push({ ...d, kind, source, ...(await readAttachment(source, kind, cacheDir)) });
    } catch (err) {
      throw new Error(`${shown}: filen kan ikke læses – ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }
  return out;
}

/** The site's own content folder: every file of a letter, for the pages. */
export function siteLetterFiles(letter: { id: string; data: LetterData }): Promise<PublishedFile[]> {
  return letterFiles(siteSettings(process.env).contentDir, letter.id, letter.data);
}

/** The bytes of a published file, as committed (an ArrayBuffer-backed copy, as Response wants). */
export function fileBytes(source: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(source));
}
