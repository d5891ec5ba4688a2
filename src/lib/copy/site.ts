/** Danish UI strings shared by layouts and components: the site's name, menus and footer. */
import { illustrativeCopy } from './illustrative.ts';

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
    /** The site feed's title where a browser announces it (<link rel="alternate">). */
    feed: 'Nyheder (Atom-feed)',
    news: 'Nyheder',
    data: 'Åbne data',
    editions: 'Tidligere udgaver',
    sitemap: 'Sideoversigt',
  },
  /** A list of indicators (IndicatorList.astro). */
  indicatorList: {
    main: 'Hovedindikator',
    latest: (value: string, period: string) => `Seneste: ${value} (${period})`,
  },
  /** A status computed from a main series measured elsewhere (»På rette kurs (hele landet)«): not the city's. */
  statusAt: (label: string, place: string) => `${label} (${place})`,
  /** Said before a status word to a screen reader (StatusBadge.astro). */
  statusPrefix: 'Status: ',
  /** When a page of content/pages/ was last reviewed (the accessibility statement). */
  reviewed: 'Senest gennemgået:',
  /** An area's card on the overview and in reports (AreaCard.astro). */
  areaCard: {
    mainIndicator: 'Hovedindikator: ',
    coverage: 'Omfatter:',
    latest: 'Seneste måling:',
    noMeasurement: 'Ingen målinger endnu',
    /** After the status: what it measures from (»Tilbagegang siden 2014«); the trend is only the last change. */
    since: (period: string) => `siden ${period}`,
    trend: 'Seneste ændring:',
  },
  illustrativeMark: illustrativeCopy.mark,
} as const;
