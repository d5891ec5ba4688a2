/**
 * Read an attachment's text by its kind, after checking that its first bytes are what its name
 * says, and what in it a reader's program would run or open by itself (active-content.ts). A DOCX
 * or XLSX is unzipped once, with a cap, before any reader inflates it (zip-entries.ts). Throws
 * AttachmentReadError with a Danish reason when the file cannot be read. A PDF's streams are
 * decoded once, with a cap, before pdf-lib and pdf.js decode them (pdf-streams.ts).
 */
import { contentMismatch, KINDS, type AttachmentKind } from './kinds.ts';
import { extractDocx } from './extract-docx.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractCsv, extractXlsx } from './extract-sheet.ts';
import { AttachmentReadError, type AttachmentText } from './text.ts';
import { pdfActiveContent } from './pdf-active.ts';
import { docxActiveContent } from './docx-fields.ts';
import { xlsxActiveContent } from './xlsx-formulas.ts';
import { zipEntries } from './zip-entries.ts';
import { pdfStreamExcess } from './pdf-streams.ts';
import { formatBytes } from './format.ts';

/**
 * Bump when extraction changes what it returns: cached texts of another version are read again
 * (src/loaders/attachments.ts).
 */
export const EXTRACTOR_VERSION = 5;

export async function extractText(kind: AttachmentKind, bytes: Uint8Array): Promise<AttachmentText> {
  if (bytes.length === 0) throw new AttachmentReadError('filen er tom');
  const mismatch = contentMismatch(kind, bytes);
  if (mismatch)
    throw new AttachmentReadError(
      `filen hedder .${KINDS[kind].ext}, men er ${mismatch === 'ikke genkendelig' ? `ikke ${KINDS[kind].noun}` : mismatch}`,
    );
  switch (kind) {
    case 'pdf': {
      refuseStreamBomb(bytes);
      return withActive(await extractPdf(bytes), await pdfActiveContent(bytes));
    }
    case 'docx': {
      const entries = zipEntries(bytes);
      return withActive(await extractDocx(bytes), entries ? docxActiveContent(entries) : []);
    }
    case 'xlsx': {
      const entries = zipEntries(bytes);
      return withActive(await extractXlsx(bytes), entries ? xlsxActiveContent(entries) : []);
    }
    case 'csv':
      return extractCsv(bytes);
  }
}

/** Read with the text (and cached with it), so the check judges a file once per content. */
function withActive(text: AttachmentText, active: string[]): AttachmentText {
  return active.length > 0 ? { ...text, active } : text;
}

function refuseStreamBomb(bytes: Uint8Array): void {
  const excess = pdfStreamExcess(bytes);
  if (!excess) return;
  const where = excess.object ? ` (objekt ${excess.object})` : '';
  const packed = formatBytes(bytes.length);
  const cap = formatBytes(excess.decoded);
  if (excess.image)
    throw new AttachmentReadError(
      `et billede i filen${where} fylder mere, når det pakkes ud, end dets størrelse siger – det gør kun en ødelagt PDF eller en, der er lavet til at lamme det program, der åbner den`,
      'en PDF, hvis billeder passer til deres størrelse: udskriv den til en ny PDF',
    );
  throw new AttachmentReadError(
    `${excess.whole ? `filens sider og skrifter fylder over ${cap}` : `en side, en skrift eller et billede i filen${where} fylder over ${cap}`}, når de pakkes ud, men hele filen kun ${packed} pakket – så meget fylder kun en PDF, der er lavet til at lamme det program, der åbner den`,
    `en PDF, der fylder under ${cap} udpakket: udskriv den til en ny PDF, eller del den i flere filer`,
  );
}
