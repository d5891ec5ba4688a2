/**
 * Optional OCR for a scanned PDF, used only when the machine has the tools: `pdftoppm` (Poppler)
 * renders the pages as images and `tesseract` reads them, in Danish when its Danish model is
 * installed. Never required: without them the importer says what to do instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The full path of a program on PATH, or undefined. */
export function findOnPath(program: string, env: Record<string, string | undefined> = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, program);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface OcrTools {
  pdftoppm: string;
  tesseract: string;
}

export function ocrTools(env: Record<string, string | undefined> = process.env): OcrTools | undefined {
  const pdftoppm = findOnPath('pdftoppm', env);
  const tesseract = findOnPath('tesseract', env);
  return pdftoppm && tesseract ? { pdftoppm, tesseract } : undefined;
}

/** OCR every page of a PDF file; pages are separated by blank lines. */
export function ocrPdf(file: string, tools: OcrTools, env: Record<string, string | undefined> = process.env): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-ocr-'));
  try {
    execFileSync(tools.pdftoppm, ['-r', '300', '-png', file, join(dir, 'side')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const langs = execFileSync(tools.tesseract, ['--list-langs'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const lang = /^dan$/m.test(langs) ? ['-l', 'dan'] : [];
    const images = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    return images
      .map((img) =>
        execFileSync(tools.tesseract, [join(dir, img), 'stdout', ...lang], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
      )
      .join('\n\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
