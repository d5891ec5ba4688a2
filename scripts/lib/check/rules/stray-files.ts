/**
 * Rule: every file in the content folder is a document the site publishes. A letter saved as
 * brev.md.txt or brev.docx, a file in an unknown folder or a hidden .brev.md would be skipped by
 * the build without a word, and one in a sub-folder would get an address no page expects; the
 * check names each of them instead.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { COLLECTION_SCHEMAS } from '../collections.ts';

/** Files operating systems and git leave in folders; never content. */
const IGNORED = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);
const FOLDERS = Object.keys(COLLECTION_SCHEMAS).map((f) => `content/${f}/`).join(', ');

function problem(rel: string): { message: string; expected: string } | undefined {
  const parts = rel.split('/');
  const name = parts[parts.length - 1] ?? rel;
  if (IGNORED.has(name)) return undefined;
  if (parts.length === 1) return { message: 'filen ligger direkte i indholdsmappen og bliver ikke udgivet', expected: `en af mapperne ${FOLDERS}` };
  if (!((parts[0] ?? '') in COLLECTION_SCHEMAS)) return { message: `mappen "${parts[0]}" er ikke en indholdsmappe, så filen bliver ikke udgivet`, expected: `en af mapperne ${FOLDERS}` };
  if (parts.length > 2) return { message: 'filen ligger i en undermappe; sitet udgiver kun filer, der ligger direkte i indholdsmappen', expected: `filen direkte i content/${parts[0]}/` };
  if (name.startsWith('.')) return { message: 'filnavnet begynder med punktum, så filen er skjult og bliver ikke udgivet', expected: 'et navn uden punktum forrest' };
  if (/\.mdx?$/.test(name)) return undefined;
  if (/\.(pdf|docx?|xlsx?|pptx?|odt|png|jpe?g|gif|svg)$/i.test(name)) {
    return { message: 'filen er ikke et Markdown-dokument og bliver ikke udgivet', expected: 'bilag og billeder i public/bilag/, nævnt i brevets attachments med href: /bilag/<filnavn>' };
  }
  return { message: 'filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider', expected: `et navn, der ender på .md (fx ${name.replace(/\.[^.]*$/i, '').replace(/\.md$/i, '')}.md)` };
}

/** `rel`: the path inside the content folder with "/" separators; `file`: as the editor sees it. */
export function checkStrayFile(rel: string, file: string): ValidationError | undefined {
  const p = problem(rel);
  return p ? { file, line: 1, column: 1, message: p.message, got: rel.split('/').pop() ?? rel, expected: p.expected } : undefined;
}
