/**
 * The letter as received (a PDF or DOCX) copied beside its draft and declared in it: the draft
 * content/letters/<slug>.md gets `original: original.pdf`, the file goes to
 * content/letters/<slug>/original.pdf, where the build publishes it with the letter. A file over
 * the site's size limit is not copied; the editor is told why.
 */
import { basename, dirname, extname, join } from 'node:path';
import { formatBytes } from '../../../src/lib/attachments/format.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../src/lib/attachments/kinds.ts';
import type { Review } from './review.ts';
import type { PlannedFile } from './write-draft.ts';

export interface OriginalPlan {
  /** The name to declare (`original: original.pdf`); none when the file is not copied. */
  name?: string;
  file?: PlannedFile;
  review: Review;
}

export function originalPlan(
  original: { ext: 'pdf' | 'docx'; bytes: Uint8Array } | undefined,
  letterFile: string,
): OriginalPlan | undefined {
  if (!original) return undefined;
  if (original.bytes.length > MAX_ATTACHMENT_BYTES) {
    return {
      review: {
        path: [],
        kind: 'guess',
        message: `originalen er ikke kopieret med: den fylder ${formatBytes(original.bytes.length)}, og sitet udgiver højst ${formatBytes(MAX_ATTACHMENT_BYTES)} pr. fil – gem en mindre udgave, og vedhæft den som beskrevet i README (»Vedhæft et bilag«)`,
      },
    };
  }
  const name = `original.${original.ext}`;
  const folder = join(dirname(letterFile), basename(letterFile, extname(letterFile)));
  return {
    name,
    file: { path: join(folder, name), content: original.bytes },
    review: {
      path: ['original'],
      kind: 'guess',
      message:
        'den modtagne fil udgives med brevet – fjern linjen og slet filen, hvis den rummer noget, der ikke må offentliggøres (fx CPR-numre eller underskrifter), eller kør importen med --no-original',
    },
  };
}
