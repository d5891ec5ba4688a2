/**
 * The signature: the closing ("Venlig hilsen", "Med venlig hilsen"), then the signer's name and,
 * on the line below it, a title ("Direktør") or the signer's committee or administration.
 */
import { filledCells, nextNonBlank, type Line } from './lines.ts';
import { isPersonName, resolveOrganisation } from './org-names.ts';

export interface FoundSignature {
  closing: Line;
  name?: Line;
  title?: string;
  organisation?: string;
  lines: number[];
}

const CLOSING = /^(?:med\s+)?(?:(?:de\s+)?(?:venlig(?:st)?e?|bedste|mange|kærlig)\s+)?hilsen(?:er)?\b|^mvh\.?$/i;

export function isClosing(text: string): boolean {
  return CLOSING.test(text.trim()) && text.trim().split(/\s+/).length <= 8;
}

/** A short title line under a name: "Direktør", "Borgmester", "Kontorchef, Kontoret for Integration". */
function isTitle(text: string): boolean {
  return text.split(/\s+/).length <= 6 && !/\d|@|:$/.test(text) && /^[A-ZÆØÅa-zæøå]/.test(text);
}

/** "Morten Binder, direktør" → name and title. */
function splitNameTitle(text: string): { name: string; title?: string } | undefined {
  if (isPersonName(text)) return { name: text };
  const [name, ...rest] = text.split(/\s*,\s*/);
  if (name && rest.length === 1 && isPersonName(name) && isTitle(rest[0] ?? '')) return { name, title: capitalise(rest[0] ?? '') };
  return undefined;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function findSignature(lines: readonly Line[]): FoundSignature | undefined {
  let at = -1;
  lines.forEach((l, i) => {
    if (!l.blank && isClosing(l.text)) at = i;
  });
  const closing = lines[at];
  if (!closing) return undefined;
  const sig: FoundSignature = { closing, lines: [] };
  const nameLine = nextNonBlank(lines, at, 3);
  if (!nameLine || filledCells(nameLine) > 1 || nameLine.cells[0] === '') return sig;
  const nt = splitNameTitle(nameLine.text);
  if (!nt) return sig;
  sig.name = { ...nameLine, text: nt.name };
  sig.lines.push(nameLine.no);
  if (nt.title) sig.title = nt.title;
  // Title and organisation are the next lines of the name's own block.
  const below = lines.filter((l) => l.block === nameLine.block && l.no > nameLine.no).slice(0, 3);
  for (const l of below) {
    const org = resolveOrganisation(l.text);
    if (org && !sig.organisation) sig.organisation = org.abbr;
    else if (!sig.title && isTitle(l.text)) sig.title = l.text;
    else break;
    sig.lines.push(l.no);
  }
  return sig;
}
