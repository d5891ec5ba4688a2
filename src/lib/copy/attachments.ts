/** Danish copy for letters' files and their text pages (until the shared copy catalogue exists). */
export const attachmentCopy = {
  original: 'Originalen',
  /** Link text for the original on the letter page. */
  originalLink: 'Brevet, som det blev modtaget',
  readText: 'Læs teksten',
  readTextOf: (title: string) => `Læs teksten i »${title}«`,
  /** Kicker above a text page's heading. */
  kicker: 'Bilag til brev',
  partOf: 'Bilag til',
  download: 'Hent filen',
  textNote:
    'Teksten herunder er læst automatisk ud af filen, så opstilling, tabeller og orddeling kan afvige fra originalen. Citér efter filen.',
  textless: 'Teksten i filen kunne ikke læses: den er sandsynligvis scannet som billeder uden tekstlag. Hent filen for at læse den.',
  textlessShort: 'teksten kan ikke læses: filen er scannet uden tekstlag',
  emptyPage: 'Siden har ingen tekst.',
  page: (n: number) => `Side ${n}`,
  openPage: (n: number) => `Åbn side ${n} i PDF'en`,
  sheet: (name: string) => `Ark: ${name}`,
  table: 'Tabel',
  document: 'Dokumentets tekst',
  partsLabel: 'Dele af teksten',
  part: (n: number, count: number) => `Del ${n} af ${count}`,
  pageRange: (from: number, to: number) => (from === to ? `side ${from}` : `side ${from}–${to}`),
  partTitle: (title: string, range: string) => `${title} (${range})`,
} as const;

/** A file's type beside its link; its own object, as the search's browser code needs only this. */
export const ATTACHMENT_KIND_LABEL = { pdf: 'PDF', docx: 'Word-dokument', xlsx: 'Excel-regneark', csv: 'CSV-fil' } as const;
