/**
 * The files a letter's front matter declares: its original (`original: original.pdf`) and the
 * attachments with a file (`attachments: [{ title, file: bilag-1.pdf }]`), in the order written.
 * Works on parsed data (the build) and on raw YAML data with the path of each name (the check).
 */
import type { LetterData } from '../content-schemas.ts';

export type FileRole = 'original' | 'bilag';

export interface DeclaredFile {
  role: FileRole;
  /** File name in the letter's folder, e.g. "bilag-1.pdf". */
  name: string;
  /** The letter's own label, e.g. "Bilag 1". */
  label?: string;
  title?: string;
  note?: string;
}

export function declaredFiles(data: Pick<LetterData, 'original' | 'attachments'>): DeclaredFile[] {
  const out: DeclaredFile[] = [];
  if (data.original) out.push({ role: 'original', name: data.original });
  for (const a of data.attachments) {
    if (!a.file) continue;
    const f: DeclaredFile = { role: 'bilag', name: a.file, title: a.title };
    if (a.label) f.label = a.label;
    if (a.note) f.note = a.note;
    out.push(f);
  }
  return out;
}

export interface DeclaredName {
  name: string;
  /** Front-matter path of the value, to locate it: ["original"] or ["attachments", 2, "file"]. */
  path: (string | number)[];
}

/** File names as written in raw front matter, whatever else is wrong with it (only strings count). */
export function declaredNames(data: unknown): DeclaredName[] {
  if (!data || typeof data !== 'object') return [];
  const fm = data as Record<string, unknown>;
  const out: DeclaredName[] = [];
  if (typeof fm.original === 'string') out.push({ name: fm.original, path: ['original'] });
  if (Array.isArray(fm.attachments)) {
    fm.attachments.forEach((a: unknown, i) => {
      const file = a && typeof a === 'object' ? (a as Record<string, unknown>).file : undefined;
      if (typeof file === 'string') out.push({ name: file, path: ['attachments', i, 'file'] });
    });
  }
  return out;
}
