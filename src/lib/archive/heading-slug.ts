/**
 * Readable, stable ids for headings and anchors: Danish letters are spelled out (æ → ae, ø → oe,
 * å → aa) so an id survives copy-paste into e-mails and old systems.
 */
const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'u', ö: 'oe', ä: 'ae' };

export function headingSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (c) => DANISH[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'afsnit';
}

/** Hands out each slug once per document: a second "Økonomi" becomes "oekonomi-2". */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = headingSlug(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
