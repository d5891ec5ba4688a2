/** Danish UI strings shared by layouts and components. Page-specific copy lives with its page. */
export const da = {
  siteName: 'Integrationsbarometeret',
  siteTagline: 'Københavns Kommunes integrationsbarometer',
  owner: 'Københavns Kommune',
  skipLink: 'Gå til hovedindhold',
  navLabel: 'Hovedmenu',
  nav: {
    overview: 'Overblik',
    letters: 'Breve',
    conferences: 'Konferencer',
    administrations: 'Forvaltninger',
    data: 'Data',
    search: 'Søg',
    about: 'Om barometret',
  },
  footer: {
    accessibility: 'Tilgængelighedserklæring',
    about: 'Om barometret',
    feed: 'Nyheder (Atom-feed)',
    data: 'Åbne data',
    editions: 'Tidligere udgaver',
    sitemap: 'Sitemap',
  },
  illustrativeBanner:
    'Eksempeldata: Nogle af tallene på denne side er illustrative og ikke rigtige målinger. De er markeret med «Eksempeldata».',
  illustrativeMark: 'Eksempeldata',
} as const;
