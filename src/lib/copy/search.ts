/** Danish copy for the search page and its results; only the search uses it. */
import { administrationsPath, conferencesPath, indicatorsPath, lettersPath } from '../routes.ts';
import { formatNumber } from '../format/danish-number.ts';
import { listDa } from '../format/list.ts';

export const searchCopy = {
  title: 'Søg',
  description:
    'Søg i breve og deres bilag, konferencerapporter, idékataloger, indikatorer og forvaltningernes mål fra Integrationsbarometeret.',
  heading: 'Søg i arkivet',
  label: 'Søg i breve, konferencer og indikatorer',
  hint: 'Skriv ord, navne, datoer eller sagsnumre, fx »konference«, »Morten Binder« eller »2009-9512«. Sæt hele søgningen i anførselstegn for at finde en bestemt sætning.',
  submit: 'Søg',
  refine: 'Afgræns og sortér',
  sortLabel: 'Sortering',
  sort: { relevans: 'Bedste match', nyeste: 'Nyeste først', aeldste: 'Ældste først' },
  clearFilters: 'Nulstil filtre',
  resultsHeading: 'Resultater',
  more: 'Vis flere resultater',
  loading: 'Søger …',
  goToParagraph: 'Gå til afsnittet',
  /** A document's numbered paragraph (its »¶« anchor): two hits in one result have different link texts. */
  goToParagraphNumber: (n: number) => `Gå til afsnit ${n}`,
  /** A hit in an attached PDF: opens the PDF at that page. */
  goToPage: (n: number) => `Gå til side ${n} i PDF'en`,
  inDocument: 'i',
  caseNumber: 'Sagsnr.',
  documentNumber: 'Dok.nr.',
  journalNumber: 'J.nr.',
  sourceCaseNumber: 'Kilde: sagsnr.',
  /** An example goal's letter: the goal is made after it, not taken from it (the goal page says so too). */
  exampleSourceCaseNumber: 'Lavet efter sagsnr.',
  /** An attachment's result: the letter it belongs to. */
  attachmentOf: 'Bilag til',
  /** Before a goal's budget year in its result line: »Budget 2007«. */
  budgetYear: 'Budget',
  /** In the result line of a page that shows example data, as its banner does. */
  illustrative: 'Eksempeldata',
  noDate: 'Uden dato',
  loadError: 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden, eller gå til arkiverne herunder.',
  noScript:
    'Søgningen kræver JavaScript. Uden JavaScript kan du bladre i arkiverne over breve, konferencer, indikatorer og forvaltningernes mål nederst på siden.',
  browse: 'Gennemse arkiverne',
  archives: [
    { path: lettersPath(), label: 'Breve' },
    { path: conferencesPath(), label: 'Konferencer og idékataloger' },
    { path: indicatorsPath(), label: 'Indikatorer' },
    { path: administrationsPath(), label: 'Forvaltningernes mål' },
  ],
  filterLegends: { type: 'Type', aar: 'År', omraade: 'Indsatsområde', udvalg: 'Udvalg', forvaltning: 'Forvaltning', budgetaar: 'Budget' },
  dateLegend: 'Dato',
  dateFrom: 'Fra måned',
  dateTo: 'Til måned',
  dateHint: 'År og måned, fx marts 2007 eller 3.2007',
  /** "Viser resultater for »rådhuset«" when æ/ø/å were typed as aa/oe/ae. */
  restored: (searched: string, typed: string) => `Viser resultater for »${searched}« (du skrev »${typed}«).`,
  /** No page has every word of the query (engine.ts, some-words.ts). */
  someWords: (typed: string) => `Ingen sider har alle ordene i »${typed}«. Viser sider med nogle af dem, dem med flest af ordene først.`,
  /** Query words no page has, which the search left out (engine.ts, Outcome.missing). */
  missing: (words: readonly string[]) =>
    `${words.length === 1 ? 'Ordet' : 'Ordene'} ${listDa(words.map((w) => `»${w}«`))} står ikke på nogen side i arkivet og er udeladt af søgningen. Viser sider med resten af ordene.`,
  /** A query that is a date (date-query.ts): the pages with it, or none. */
  dateFound: (date: string) => `Viser sider med datoen ${date}: først dokumenter fra den dag, så sider, der nævner den.`,
  dateNone: (date: string) => `Ingen dokumenter har datoen ${date}.`,
  /** As dateNone, when filters or a date range may hide the pages with the date. */
  dateNoneNarrowed: (date: string) => `Ingen dokumenter inden for din afgrænsning har datoen ${date}.`,
  /**
   * A query that names months (month-query.ts): their documents, then pages that write a month out.
   * `months` as monthsLabel writes them; `several` when there is more than one.
   */
  month: {
    range: (from: string, to: string) => `${from} til ${to}`,
    /** »maj 2008«, »maj 2008 og juni 2008«, »maj 2008, juni 2008 og juli 2009«. */
    list: (labels: readonly string[]) => (labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}`),
    found: (months: string, several: boolean) =>
      `Viser dokumenter fra ${months}: først dem, der er dateret i ${several ? 'månederne' : 'måneden'}, så sider, der nævner ${several ? 'dem' : 'den'}.`,
    none: (months: string, several: boolean) =>
      `Ingen dokumenter er fra ${months}, og ingen sider nævner ${several ? 'månederne' : 'måneden'}.`,
    noneNarrowed: (months: string, several: boolean) =>
      `Ingen dokumenter inden for din afgrænsning er fra ${months} eller nævner ${several ? 'månederne' : 'måneden'}.`,
    wordsFound: (months: string, words: string, several: boolean) =>
      `Viser dokumenter fra ${months}, der har »${words}«: først dem, der er dateret i ${several ? 'månederne' : 'måneden'}, så sider, der nævner ${several ? 'dem' : 'den'}.`,
    wordsNone: (months: string, words: string, several: boolean) =>
      `Ingen dokumenter fra ${months} har »${words}«. Søg uden ${several ? 'månederne' : 'måneden'} for at se alle.`,
    wordsNoneNarrowed: (months: string, words: string, several: boolean) =>
      `Ingen dokumenter inden for din afgrænsning fra ${months} har »${words}«. Søg uden ${several ? 'månederne' : 'måneden'} for at se alle.`,
  },
  /** A query written as a date that does not exist (date-query.ts, impossibleDate). */
  /** A date among other words (»Hougaard 2.4.2009«): the pages of that day with the words. */
  dateWordsFound: (date: string, words: string) =>
    `Viser sider med datoen ${date}, der også har »${words}«: først dokumenter fra den dag, så sider, der nævner den.`,
  dateWordsNone: (date: string, words: string) => `Ingen dokumenter med datoen ${date} har »${words}«. Søg uden datoen for at se alle.`,
  dateWordsNoneNarrowed: (date: string, words: string) =>
    `Ingen dokumenter inden for din afgrænsning med datoen ${date} har »${words}«. Søg uden datoen for at se alle.`,
  dateImpossible: (typed: string) => `Datoen ${typed} findes ikke. Tjek dag og måned.`,
  /** The search field holds at most this many characters; a longer pasted text is cut. */
  truncated: (max: number) => `Søgefeltet rummer ${formatNumber(max, 0)} tegn, så resten af den indsatte tekst er ikke med i søgningen.`,
  didYouMean: 'Mente du',
  /** A word the archive has, which the search reaches only through a short stem (engine.ts, Buried). */
  buried: (word: string, pages: number, stem: string, checked: number) =>
    `»${word}« står på ${formatNumber(pages, 0)} ${pages === 1 ? 'side' : 'sider'} i arkivet, men søgningen finder ordet gennem »${stem}«, ` +
    `som står på langt flere, og ${pages === 1 ? 'siden' : 'de'} er ikke blandt de ${formatNumber(checked, 0)} bedste træf, søgningen ser efter. ` +
    'Søg på ordet sammen med et andet ord, fx en sætning i anførselstegn.',
  or: 'eller',
  problemsHeading: 'Søgningen kan ikke læses helt:',
  /** A filter value in the URL that names nothing, by filter parameter. */
  unknownFilter: {
    type: 'Ukendt dokumenttype',
    aar: 'Ukendt år',
    omraade: 'Ukendt indsatsområde',
    udvalg: 'Ukendt udvalg',
    forvaltning: 'Ukendt forvaltning',
    budgetaar: 'Ukendt budgetår',
  },
  /** The date range: its problems and how it reads in the results message. */
  range: {
    fromLabel: 'Fra',
    toLabel: 'Til',
    unreadable: (label: string, value: string) =>
      `${label}-datoen »${value}« kan ikke læses. Skriv år og måned, fx marts 2007 eller 3.2007.`,
    reversed: (from: string, to: string) => `Fra-datoen (${from}) ligger efter til-datoen (${to}).`,
    from: (month: string) => `fra ${month}`,
    to: (month: string) => `til ${month}`,
  },
  /** The live region's count: "12 resultater for »konference«", "Viser 10 af 23". */
  count: {
    filtered: 'med de valgte filtre',
    noDocuments: 'Ingen dokumenter',
    document: 'dokument',
    documents: 'dokumenter',
    noResults: (q: string) => `Ingen resultater for »${q}«`,
    result: 'resultat',
    results: 'resultater',
    forQuery: (q: string) => `for »${q}«`,
    /** Results with some of the words only (engine.ts, someWords). */
    forSomeWords: (q: string) => `med nogle af ordene i »${q}«`,
    shown: (shown: string, total: string) => `Viser ${shown} af ${total}`,
  },
  /** By document type (the meta value) and by its filter slug. */
  types: {
    brev: 'Brev',
    bilag: 'Bilag',
    konferencerapport: 'Konferencerapport',
    idékatalog: 'Idékatalog',
    idekatalog: 'Idékatalog',
    indikator: 'Indikator',
    område: 'Indsatsområde',
    omraade: 'Indsatsområde',
    mål: 'Mål',
    maal: 'Mål',
    side: 'Side',
  } as Record<string, string>,
} as const;
