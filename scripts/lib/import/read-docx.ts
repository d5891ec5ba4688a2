/** Text of a DOCX, read with mammoth (a maintained DOCX-to-HTML converter), shaped by html-to-text. */
import mammoth from 'mammoth';
import { htmlToText } from './html-to-text.ts';

export async function readDocx(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
  return htmlToText(value);
}
