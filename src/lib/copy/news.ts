import { FEED_TEXT } from './editions.ts';

/** The words of the news page (/nyheder/): what the site feed holds, as a page for people. */
export const NEWS_TEXT = {
  title: 'Nyheder',
  description: 'Det nyeste fra Integrationsbarometeret: nye breve, nye målinger, rettede tal og ændret status for indsatsområderne.',
  lead: 'Nye breve i arkivet, nye målinger, rettede tal og ændret status for indsatsområderne, nyeste først. Det samme står i sitets nyhedsfeed.',
  followHeading: 'Følg med i en feedlæser',
  follow:
    'Kopiér adressen på nyhedsfeedet ind i en feedlæser (fx Feedly, Inoreader, NetNewsWire eller Thunderbird), så får du besked, når der kommer nyt. Hvert indsatsområde og hver indikator har også sit eget feed; linket står på deres sider under »Følg«.',
  feedLink: 'Nyhedsfeed for hele sitet (Atom)',
  listHeading: 'Seneste nyt',
  empty: 'Der er endnu intet nyt.',
  /** Under the list when it holds only the newest entries (MAX_SITE_ENTRIES). */
  limited: (n: number) =>
    `Her står de ${n} nyeste. Ældre breve står i brevarkivet, og hver indikators tidligere målinger står på indikatorens side.`,
  archiveLink: 'Alle breve i arkivet',
  indicatorsLink: 'Alle indikatorer',
  /** The kind of an entry, by its Atom category. */
  kinds: {
    brev: 'Brev',
    [FEED_TEXT.categoryMeasurement]: 'Nyeste tal',
    [FEED_TEXT.categoryRevision]: 'Rettet tal',
    status: 'Ændret status',
  } as Record<string, string>,
} as const;
