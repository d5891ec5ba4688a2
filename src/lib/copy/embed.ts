/** The words of the embed section on an indicator page and of the embed page itself. */
export const EMBED_TEXT = {
  heading: 'Brug grafen på din egen side',
  intro:
    'Grafen kan indlejres på andre hjemmesider. Vælg, om den skal følge med, når der kommer nye tal, eller vise tallene fra en udgave uændret; kopiér koden, og sæt den ind i din sides HTML.',
  codeLabel: 'HTML-kode til indlejring',
  copy: 'Kopiér koden',
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
} as const;
