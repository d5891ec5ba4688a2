/** The words of single pages that are not long prose (that is content/pages/): the area page and the 404 page. */

export const areaPageCopy = {
  description: (area: string, status: string) => `${area}: integrationspolitikkens mål, status (${status}) og indikatorer.`,
  breadcrumb: 'Indsatsområder',
  goal: 'Mål:',
  summaryNoteLead: 'Bemærk:',
  summaryNote: 'Formuleringen er Integrationsbarometerets sammenfatning af politikkens kapitel, ikke politikkens egen ordlyd.',
  statusHeading: 'Status',
  latestTrend: 'Seneste udvikling:',
  statusIsMain: 'Områdets status er status for hovedindikatoren',
  mainHeading: 'Hovedindikator',
  comparisonLink: 'Se København sammenlignet med de andre storbyer',
  goalHeading: 'Om målet',
  otherHeading: 'Øvrige indikatorer',
  noOther: 'Området har ingen andre indikatorer.',
  lettersHeading: 'Breve om området',
  noLetters: 'Der er endnu ingen breve i arkivet, der handler om området.',
  allLetters: (n: number) => `Se alle ${n} breve om området i søgningen`,
  ideasHeading: 'Idéer fra konferencerne',
  allIdeas: (area: string) => `Alle idéer om ${area}`,
  noIdeas: 'Der er endnu ingen idéer fra konferencerne om området.',
} as const;

export const notFoundCopy = {
  title: 'Siden findes ikke',
  description: 'Siden findes ikke på Integrationsbarometeret. Søg, eller gå videre til overblikket eller brevarkivet.',
  lead:
    'Vi kan ikke finde en side på den adresse, du har skrevet eller fulgt. Måske er der en stavefejl i ' +
    'adressen, eller også er siden flyttet eller fjernet.',
  searchHeading: 'Søg efter det, du leder efter',
  searchLabel: 'Søgeord',
  searchButton: 'Søg',
  waysHeading: 'Gå videre herfra',
  ways: {
    overview: { label: 'Overblikket', text: 'status for de seks indsatsområder' },
    letters: { label: 'Brevarkivet', text: 'alle breve, nyeste først' },
    conferences: { label: 'Konferencer', text: 'rapporter og idékataloger' },
    data: { label: 'Data', text: 'alle tal til download' },
    about: { label: 'Om barometret', text: 'hvad barometret er, og hvordan status beregnes' },
  },
  brokenLinkLead: 'Fulgte du et link på Integrationsbarometeret, som ikke virker, så sig det gerne til os. Kontaktoplysningerne står i',
  brokenLinkTarget: 'tilgængelighedserklæringen',
} as const;

/** The front page (/). */
export const homeCopy = {
  description:
    'Status for Københavns integrationspolitik på seks indsatsområder: beskæftigelse, bolig, tryghed, uddannelse, sundhed og omsorg, kultur og fritid.',
  lead: 'Hvordan går det med Københavns integrationspolitik? For hvert af de seks indsatsområder viser barometret, om udviklingen går mod målet, og hvor hurtigt.',
  howStatus: 'Sådan beregnes status',
  areasHeading: 'Indsatsområder',
  allIndicators: 'Alle indikatorer',
  allAreas: 'Alle indsatsområder',
  lettersHeading: 'Nyeste breve',
  allLetters: 'Alle breve i arkivet',
  conferencesHeading: 'Konferencer',
  latestConference: 'Seneste konference:',
  allConferences: 'Alle konferencer og idékataloger',
} as const;

/** The list of areas (/omraader/). */
export const areasPageCopy = {
  title: 'Indsatsområder',
  description: 'Integrationspolitikkens seks indsatsområder med status for hvert områdes hovedindikator.',
  intro: 'Integrationspolitikken har seks indsatsområder. Hvert område har én hovedindikator, og områdets status er hovedindikatorens status.',
  howStatus: 'Sådan beregnes status',
} as const;
