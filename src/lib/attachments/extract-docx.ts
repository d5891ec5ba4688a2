/**
 * A DOCX's text, read with mammoth (a maintained DOCX reader): one section, a paragraph per Word
 * paragraph. Only the text is kept, never the document's HTML: links and formatting in an editor's
 * file do not reach the page.
 */
import mammoth from 'mammoth';
import { AttachmentReadError, isTextless, paragraphsOf, type AttachmentText, type TextSection } from './text.ts';

export async function extractDocx(bytes: Uint8Array): Promise<AttachmentText> {
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new AttachmentReadError('filen er beskadiget eller ikke et gyldigt Word-dokument (DOCX)');
  }
  const sections: TextSection[] = [{ id: 'tekst', paragraphs: paragraphsOf(raw), rows: [] }];
  return { kind: 'docx', sections, textless: isTextless(sections) };
}
