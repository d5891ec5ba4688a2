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
 * Ids the site's own templates put on pages (without the »ib-« prefix): a heading in an editor's
 * text must not take one (»## Indhold« would give a second id="indhold", the main region's, and the
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
  'ordbog-json',
  'ordbog-json-caption',
  'ordbog-udsnit',
  'oversigt',
  'rapport-titel',
  'regel-caption',
  'saadan',
  'sammenligning',
  'siden',
  'soeg-arkiver',
  'soeg-dato-hint',
  'soeg-fra',
  'soeg-fra-fejl',
  'soeg-hint',
  'soeg-q',
  'soeg-resultater',
  'soeg-sort',
  'soeg-til',
  'soeg-til-fejl',
  'status',
  'status-forklaring',
  'statusrapporter',
  'tidligere-udgaver',
  'udgifter',
  'udgifter-caption',
  'udvikling',
];

/** Ids the Markdown processor gives a document's footnotes heading: a heading »Footnote label« gets »footnote-label-2«. */
export const GENERATED_IDS: readonly string[] = ['footnote-label'];

/**
 * Families of ids the site hands out itself, on the pages that show an editor's text: its own
 * »ib-« ids (id="ib-letter-title"), the processor's footnotes (»user-content-fn-1«, and
 * »user-content-fnref-1-2« for a second reference), numbered paragraphs (»afsnit-3«) and the
 * goals under a letter or an area (»maal-2009«, »forvaltningernes-maal-2009«). A number added
 * after such an id could be one of the family too, so a heading's slug gets »overskrift-« in front.
 */
export const RESERVED_ID_PATTERNS: readonly RegExp[] = [
  /^ib-/,
  /^user-content-/,
  /^afsnit(-\d+)*$/,
  /^maal-\d{4}$/,
  /^forvaltningernes-maal-\d{4}$/,
];

/**
 * Hands out each slug once per document: a second "Økonomi" becomes "oekonomi-2", »Indhold«
 * "indhold-2" (PAGE_IDS) and »Footnote label« "footnote-label-2"; »User content fn 1« becomes
 * "overskrift-user-content-fn-1" (RESERVED_ID_PATTERNS).
 */
export function createSlugger(): (text: string) => string {
  // Every id handed out or reserved, so »Økonomi 2« after two »Økonomi« does not get a second "oekonomi-2".
  const taken = new Set<string>([...PAGE_IDS, ...GENERATED_IDS]);
  const counts = new Map<string, number>();
  return (text) => {
    const slug = headingSlug(text);
    const base = RESERVED_ID_PATTERNS.some((p) => p.test(slug)) ? `overskrift-${slug}` : slug;
    let n = counts.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken.has(id)) id = `${base}-${++n}`;
    counts.set(base, n);
    taken.add(id);
    return id;
  };
}
