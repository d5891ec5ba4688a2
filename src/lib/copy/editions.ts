/**
 * Danish words for editions, dated citations, update dates and feeds, in one place (moves to
 * src/lib/copy/ when the shared catalogue lands).
 */
export const EDITION_TEXT = {
  /** The front page's line about the newest edition. */
  latest: 'Seneste udgave:',
  chart: 'Graf',
  citeSuggested: 'Forslag til citat:',
  ruleToday: (since: string, summary: string) => `Reglen i dag (fra ${since}): ${summary}`,
  ruleWhole: 'Hele reglen står under »Om barometret«',
  listTitle: 'Udgaver af barometret',
  listLead:
    'En udgave (en barometermåling) er barometret, som det blev udgivet på en bestemt dag: de seks indsatsområders status, tal og tendens. Her kan du se hver udgave, som den så ud, og hvad der er ændret siden.',
  howTitle: 'Sådan er udgaverne lavet',
  howData:
    'Tallene i en udgave er præcis de tal, der lå på sitet ved udgangen af udgavens dag (dansk tid). De læses fra sitets versionsstyring (git), hvor hver ændring af tallene er gemt med dato.',
  howRule:
    'Status og tendens er beregnet med den regel, der gælder i dag, på udgavens tal. Står der ikke andet ved udgaven, er det samme regel, som gjaldt, da udgaven blev udgivet, og så er status den samme, som blev vist dengang. Er reglen ændret siden, står det ved udgaven, og status kan afvige fra den, der blev vist.',
  howWhy:
    'Vi genberegner i stedet for at gemme et billede af siden, fordi alle udgaver så kan sammenlignes med samme regel, og fordi alt kan efterprøves: tallene ligger som CSV ved hver udgave.',
  none: 'Der er endnu ikke udgivet nogen udgave.',
  unavailable:
    'Udgaverne er ikke tilgængelige i denne udgave af sitet: den er bygget uden git-historik (fx fra en zip-fil eller en tarball), så tallene, som de stod på en bestemt dag, kan ikke genskabes.',
  declaredUnavailable: 'Disse udgaver er udgivet, men kan ikke vises her:',
  banner: (date: string) => `Du ser udgaven fra ${date}.`,
  bannerLatest: 'Det er den nyeste udgave.',
  bannerNewer: 'Der er en nyere udgave:',
  bannerToday: 'Se barometret med de nyeste tal',
  dataFrom: (date: string, sha: string) => `Tallene er dem, der lå på sitet ved dagens slutning: versionen fra ${date} (${sha}).`,
  noData: 'Der lå ingen tal på sitet på denne dag.',
  /** Before the list of indicators whose unit is printed with its name today (edition-units.ts). */
  unitsRenamed: (n: number) =>
    n === 1
      ? 'En enhed har fået et nyt navn siden udgaven. Udgavens tal står her, som de blev udgivet, men med enhedens navn i dag:'
      : 'Nogle enheder har fået et nyt navn siden udgaven. Udgavens tal står her, som de blev udgivet, men med enhedernes navne i dag:',
  unitRenamed: (title: string, then: string, now: string) => `${title}: »${then}« i udgaven, »${now}« i dag`,
  dataErrors: (n: number) =>
    `${n === 1 ? 'Én række' : `${n} rækker`} i tallene fra dengang opfylder ikke dagens regler for data og er udeladt her; resten vises, som det blev udgivet.`,
  ruleSame: (since: string) =>
    `Status er beregnet med den statusregel, der har gældt siden ${since}: samme regel som da udgaven blev udgivet.`,
  ruleChanged: (since: string) =>
    `Status er genberegnet med den regel, der gælder i dag (fra ${since}). Reglen er ændret efter udgaven, så status kan afvige fra den, der blev vist dengang:`,
  areasTitle: 'Indsatsområderne i udgaven',
  mainIndicator: 'Hovedindikator',
  latestValue: 'Seneste tal',
  status: 'Status',
  trend: 'Tendens',
  indicator: 'Indikator',
  csv: 'CSV',
  // Read after the visible »CSV«/»Graf«, so the link's name starts with what a speech-input user sees.
  csvLabel: (title: string) => `: tallene for ${title} som udgivet`,
  chartLabel: (title: string) => `: ${title} som udgivet`,
  sinceTitle: 'Ændret siden udgaven',
  sinceLead: 'Sammenlignet med tallene på sitet i dag:',
  sinceNone: 'Intet af det, udgaven viser, er ændret siden: tallene i dag er de samme.',
  statusThenNow: 'Status dengang → nu',
  trendThenNow: 'Tendens dengang → nu',
  revised: 'Rettet',
  /** A value whose number stayed the same, but whose flag, note or source changed. */
  marked: 'Ny markering, note eller kilde',
  unitThenNow: 'Enhed dengang → nu',
  /** »foreløbig → endelig«: a value's flag then → now. */
  flagChange: (from: string, to: string) => `${from} → ${to}`,
  /** No flag after »foreløbig«: the figure is final. */
  final: 'endelig',
  noFlag: 'ingen markering',
  noteAdded: (note: string) => `ny note: »${note}«`,
  noteChanged: (note: string) => `ændret note: »${note}«`,
  noteRemoved: 'noten er fjernet',
  sourceChanged: (from: string, to: string) => `kilde: ${from} → ${to}`,
  sourceUrlChanged: 'ny adresse på kilden',
  added: 'Nye tal',
  removed: 'Fjernet',
  notThen: 'fandtes ikke',
  notNow: 'findes ikke længere',
  citeTitle: 'Sådan citerer du udgaven',
  permanent: 'Permanent link til udgaven',
} as const;

export const HISTORY_TABLE_TEXT = {
  heading: 'Status i tidligere udgaver',
  intro: 'Indikatorens status, seneste tal og tendens i hver udgave af barometret, som de blev udgivet, og tallene bag som CSV.',
  edition: 'Udgave',
  status: 'Status',
  latest: 'Seneste tal',
  trend: 'Tendens',
  data: 'Tal',
  missing: 'Indikatoren var ikke med i udgaven.',
  none: 'Indikatoren har ikke været med i en udgave endnu.',
  caption: (title: string) => `Status for ${title} i udgaverne`,
} as const;

export const DATES_TEXT = {
  updated: 'Senest opdateret',
  updatedSite: 'Tallene er senest ændret',
  /** Beside »Senest opdateret« when the text changed later than the figures. */
  updatedFigures: 'Tallene senest ændret',
  next: 'Næste opdatering forventes',
  /** The label when the expected day has passed: »forventes« beside »var forventet …« said two things. */
  nextPassed: 'Næste opdatering',
  nextLate: (when: string) => `var forventet ${when}; nye tal er ikke kommet endnu`,
} as const;

export const CITE_TEXT = {
  heading: 'Sådan citerer du',
  edition: 'Udgave',
  latestEdition: 'Seneste udgave',
  retrieved: 'Hentet',
  permanent: 'Permanent link',
  suggested: 'Forslag til citat',
  sameAsEdition: (edition: string) => `Tallene her er de samme som i ${edition}; citér udgaven, så linket altid viser det, du citerede.`,
  /** Only words about the figures changed since (a note, a source, the unit's name): the figures are the edition's. */
  describedSinceEdition: (edition: string) =>
    `Tallene her er de samme som i ${edition}; kun beskrivelsen (fx en note, en kilde eller enhedens navn) er ændret siden. Citér udgaven, så linket altid viser de tal, du citerede.`,
  changedSinceEdition: (edition: string) =>
    `Tallene er ændret siden ${edition}, som står uændret på sin egen side (se herunder). Citér siden med datoen, du hentede den.`,
  noEdition: 'Der er endnu ingen udgave med disse tal; citér siden med datoen, du hentede den.',
  unavailable: 'Udgaverne er ikke tilgængelige i denne udgave af sitet; citér siden med datoen, du hentede den.',
  latestFigures: (date: string) => `tal senest opdateret ${date}`,
} as const;

export const EMBED_CHOICE_TEXT = {
  latestHeading: 'Altid de nyeste tal',
  latestIntro: 'Grafen opdateres automatisk, når tallene gør.',
  editionHeading: 'Denne udgave, uændret',
  editionIntro: (edition: string) => `Grafen viser tallene fra ${edition} og ændrer sig aldrig – også når der kommer nye tal.`,
  editionNote: (edition: string, date: string) => `Tallene er fra ${edition} (${date}) og ændres ikke.`,
  editionLink: 'Se udgaven på Integrationsbarometeret',
} as const;

export const FEED_TEXT = {
  follow: 'Følg',
  followIndicator: 'Følg indikatoren (Atom-feed)',
  followArea: 'Følg området (Atom-feed)',
  followHint: 'Nye tal, rettelser, ændret status og nye breve kommer i feedet. Sæt adressen ind i en feedlæser.',
  indicatorFeedTitle: (title: string) => `${title} – Integrationsbarometeret`,
  areaFeedTitle: (name: string) => `${name} – Integrationsbarometeret`,
  indicatorSubtitle: 'Nye tal, rettelser, ændret status og breve om indikatoren',
  areaSubtitle: 'Nye tal, rettelser, ændret status og breve om indsatsområdet',
  newValues: 'Nye tal',
  revisedValues: 'Rettet',
  removedValues: 'Fjernet',
  statusChange: 'Ændret status',
  letter: 'Brev',
  more: (n: number) => `og ${n} flere`,
  /** A status change's summary: "Beskæftigelse: status ændret fra Grøn: … til Gul: …". */
  statusChanged: (subject: string, from: string, to: string) => `${subject}: status ændret fra ${from} til ${to}.`,
  /**
   * An indicator's newest measurement in the site's feed, dated when it reached the site: »Nyeste
   * tal«, not »Ny måling«, since a figure for 2022 may reach the site in 2026.
   */
  newMeasurement: (what: string, value: string, period: string, place?: string) =>
    `Nyeste tal: ${what}: ${value} i ${period}${place ? ` (${place})` : ''}`,
  /** `place`: where a main series was measured when not in Copenhagen (»hele landet«, main-place.ts). */
  measured: (what: string, value: string, period: string, place?: string) => `${what}: ${value} i ${period}${place ? ` (${place})` : ''}.`,
  coverage: (coverage: string) => `Omfatter: ${coverage}.`,
  source: (source: string) => `Kilde: ${source}.`,
  periodStartNote: 'Datoen er periodens start; ændringshistorikken var ikke tilgængelig.',
  /** Atom categories: a new measurement or a revision. */
  categoryMeasurement: 'måling',
  categoryRevision: 'rettelse',
  /** The page a browser shows for a feed (feed-xsl.ts). */
  page: {
    titleSuffix: '(nyhedsfeed)',
    aboutHeading: 'Sådan følger du med',
    about:
      'Dette er et nyhedsfeed (Atom). Kopiér adressen herunder ind i en feedlæser (fx Feedly, Inoreader, NetNewsWire eller Thunderbird), så får du besked, når der kommer nyt.',
    goTo: (site: string) => `Gå til siden på ${site}`,
    latest: 'Seneste nyt',
    empty: 'Der er endnu intet nyt i feedet.',
  },
} as const;
