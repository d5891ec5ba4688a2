/**
 * The files a letter may carry beside it (content/letters/<slug>/): PDF, DOCX, XLSX and CSV, each
 * recognised by its name and by its first bytes, with one size limit. Everything else in a letter's
 * folder is refused by the check, so the site publishes only files it can list, describe and read.
 */
import { ATTACHMENT_KIND_LABEL } from '../copy/attachments.ts';
import { asciiSlug } from '../format/ascii-slug.ts';
import { BYTE_KIND_TEXT, byteKind } from './file-bytes.ts';

export type AttachmentKind = 'pdf' | 'docx' | 'xlsx' | 'csv';

export interface KindInfo {
  ext: string;
  mime: string;
  /** Type shown beside the link: "PDF", "Word-dokument". */
  label: string;
  /** What to call the file in a message: "en PDF". */
  noun: string;
}

export const KINDS: Record<AttachmentKind, KindInfo> = {
  pdf: { ext: 'pdf', mime: 'application/pdf', label: ATTACHMENT_KIND_LABEL.pdf, noun: 'en PDF' },
  docx: {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: ATTACHMENT_KIND_LABEL.docx,
    noun: 'et Word-dokument (DOCX)',
  },
  xlsx: {
    ext: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: ATTACHMENT_KIND_LABEL.xlsx,
    noun: 'et Excel-regneark (XLSX)',
  },
  csv: { ext: 'csv', mime: 'text/csv; charset=utf-8', label: ATTACHMENT_KIND_LABEL.csv, noun: 'en CSV-fil' },
};

export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.values(KINDS).map((k) => k.ext);

/**
 * At most 20 MB (20.000.000 bytes) per file: the site is read on phones, and a larger PDF is
 * nearly always a scan at print resolution that can be saved smaller.
 */
export const MAX_ATTACHMENT_BYTES = 20_000_000;

/** A file name in a letter's folder: small letters a–z, digits and hyphens, and an allowed extension. */
const NAME = new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\.(${ATTACHMENT_EXTENSIONS.join('|')})$`);

export function isAttachmentName(name: string): boolean {
  return NAME.test(name);
}

/** The kind a file name announces (any case), or undefined for another extension. */
export function kindOfName(name: string): AttachmentKind | undefined {
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  return (Object.keys(KINDS) as AttachmentKind[]).find((k) => KINDS[k].ext === ext);
}

/** The name without its extension: the text page's address (bilag-1.pdf → bilag-1). */
export function attachmentStem(name: string): string {
  return name.replace(/\.[^.]*$/, '');
}

/** The name an editor probably meant: "Bilag 1 (endelig).PDF" → "bilag-1-endelig.pdf". */
export function suggestedAttachmentName(name: string): string {
  const kind = kindOfName(name);
  const ext = kind ? KINDS[kind].ext : (/\.([^./]+)$/.exec(name)?.[1] ?? 'pdf').toLowerCase();
  const stem = asciiSlug(attachmentStem(name));
  return `${stem || 'bilag'}.${ext}`;
}

/** What the first bytes say the file is, in the words a message uses; undefined when they fit the kind. */
export function contentMismatch(kind: AttachmentKind, bytes: Uint8Array): string | undefined {
  const actual = byteKind(bytes);
  if (kind === 'pdf' && actual === 'pdf') return undefined;
  if ((kind === 'docx' || kind === 'xlsx') && actual === 'zip') return undefined;
  // A CSV is text: nothing the bytes show to be a document, an image or markup a browser would run.
  if (kind === 'csv' && actual === undefined) return undefined;
  return actual ? BYTE_KIND_TEXT[actual] : 'ikke genkendelig';
}
