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

/**
 * Ids the site's own templates put on pages (without the «ib-» prefix): a heading in an editor's
 * text must not take one («## Indhold» would give a second id="indhold", the main region's, and the
 * skip link could land on the heading). test/unit/page-ids.test.ts keeps this list complete.
 */
export const PAGE_IDS: readonly string[] = [
  'beregning',
  'beskaeftigelse-ikke-vestlige-ratio',
  'breve',
  'citer',
  'citer-udgaven',
  'dataordbog',
  'datapakke',
  'datasaet',
  'datasaet-caption',
  'eksempel',
  'eksempeldata',
  'forvaltninger',
  'forvaltninger-caption',
  'forvaltningernes-maal',
  'grafer',
  'grafer-caption',
  'hoved-caption',
  'hovedindikator',
  'ideer',
  'idekatalog',
  'indhold',
  'indhold-overskrift',
  'kilder',
  'konferencer',
  'licens',
  'maal',
  'maal-titel',
  'nyeste-breve',
  'oevrige',
  'om-indikatoren',
  'om-maalet',
  'omraader',
  'omraader-caption',
  'oversigt',
  'rapport-titel',
  'regel-caption',
  'saadan',
  'sammenligning',
  'siden',
  'soeg-arkiver',
  'soeg-dato-hint',
  'soeg-fra',
  'soeg-hint',
  'soeg-q',
  'soeg-resultater',
  'soeg-sort',
  'soeg-til',
  'status',
  'status-forklaring',
  'statusrapporter',
  'tidligere-udgaver',
  'udgifter',
  'udgifter-caption',
  'udvikling',
];

/** Hands out each slug once per document: a second "Økonomi" becomes "oekonomi-2", and «Indhold» "indhold-2" (PAGE_IDS). */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>(PAGE_IDS.map((id) => [id, 1]));
  return (text) => {
    const base = headingSlug(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
