const COPY = 'Kopiér koden';

/** The words of the embed section on an indicator page and of the embed page itself. */
export const EMBED_TEXT = {
  heading: 'Brug grafen på din egen side',
  intro:
    'Grafen kan indlejres på andre hjemmesider. Vælg, om den skal følge med, når der kommer nye tal, eller vise tallene fra en udgave uændret; kopiér koden, og sæt den ind i din sides HTML.',
  codeLabel: 'HTML-kode til indlejring',
  copy: COPY,
  /** The copy button's accessible name: »Kopiér koden«, as shown, and which of the page's codes it copies. */
  copyWhich: (variant: string) => `${COPY}: ${variant}`,
  copied: 'Koden er kopieret.',
  copyFailed: 'Kunne ikke kopiere. Markér koden, og kopiér den selv.',
  preview: 'Se den indlejrede graf',
  svg: 'Hent grafen som SVG-billede',
  backLink: 'Se tallene og hele indikatoren på Integrationsbarometeret',
  newWindow: '(åbner i et nyt vindue)',
  /** The disclosure holding the chart's numbers as a table. */
  table: 'Se tallene som tabel',
  /** The iframe's title in the code to copy. */
  iframeTitle: (title: string) => `Graf: ${title} (Integrationsbarometeret)`,
  /** The embed page's own <title>: the chart, as the iframe names it, not the indicator page's title. */
  pageTitle: (title: string) => `Graf: ${title} – Integrationsbarometeret`,
  /** What an edition's frozen embed shows: »<indikator> – <udgave> (<dag>)«. */
  editionSubject: (title: string, edition: string, day: string) => `${title} – ${edition} (${day})`,
} as const;
