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
  intro:
    'Integrationspolitikken har seks indsatsområder. Hvert område har én hovedindikator, og områdets status er hovedindikatorens status.',
  howStatus: 'Sådan beregnes status',
} as const;

/** An indicator's page (/indikatorer/<id>/). */
export const indicatorPageCopy = {
  description: (title: string, status: string, definition: string) => `${title}: ${status}. ${definition}`,
  breadcrumb: 'Indikatorer',
  illustrative: 'Tallene er opdigtede eksempler, ikke rigtige målinger.',
  coverage: 'Omfatter:',
  statusHeading: 'Status',
  latestTrend: 'Seneste udvikling:',
  howHeading: 'Sådan er status beregnet',
  chartHeading: 'Udvikling',
  ruleLink: 'Om reglen for status og tendens',
  aboutHeading: 'Om indikatoren',
  lettersHeading: 'Breve om indikatoren',
  moreLetters: (more: string) => `${more} om indikatoren`,
} as const;

/** The list of indicators (/indikatorer/). */
export const indicatorsPageCopy = {
  title: 'Indikatorer',
  description: 'Alle indikatorer i Integrationsbarometeret, ordnet efter indsatsområde, med status og seneste måling.',
  intro: 'Hver indikator måler en del af et indsatsområde. Status beregnes ud fra udviklingen siden basisåret og tempoet mod målet;',
  howStatus: 'sådan beregnes status',
  dataLead: 'Alle tal kan hentes under',
  dataLink: 'Åbne data',
  pageOf: (n: number, count: number, from: number, to: number, total: number) =>
    `Side ${n} af ${count}: indikator ${from}–${to} af ${total}.`,
} as const;

/** Open data (/data/) and the downloads behind each chart (/data/grafer/). */
export const openDataCopy = {
  title: 'Åbne data',
  description:
    'Hent alle tal bag Integrationsbarometeret som CSV og JSON, med dataordbog, Frictionless-datapakke, licens og kildeangivelse.',
  intro:
    'Alle tal bag barometret kan hentes her: som CSV-filer, præcis som redaktionen har skrevet dem, og som JSON. ' +
    'Tallene bag hver enkelt graf kan også hentes på indikatorens egen side, sammen med grafen som SVG-fil.',
  datasetsHeading: 'Datasæt',
  datasetsCaption: 'Datasæt til download',
  datasetColumns: { dataset: 'Datasæt', content: 'Indhold', rows: 'Rækker', get: 'Hent' },
  csvFormat: (format: string) => `CSV-filerne er gemt som dansk Excel gemmer dem: ${format}. De kan åbnes direkte i Excel.`,
  packageHeading: 'Datapakke (Frictionless Data)',
  chartsTitle: 'Tallene bag hver graf',
  chartsDescription: 'Hent tallene bag hver indikators graf som CSV og JSON, grafen som SVG og siden til indlejring.',
  /** Around the column name `flag`, which the page prints as code. */
  chartsIntro: {
    beforeFlag:
      'For hver indikator kan du hente præcis de tal, grafen viser, som CSV (til Excel) og JSON, og selve grafen som ' +
      'SVG-billede; hvor København sammenlignes med de andre storbyer, også sammenligningen. Hvert tal har sin markering ' +
      '(kolonnen',
    afterFlag:
      '), og hver række siger, hvem tallene omfatter. Indlejringssiden viser kun grafen og kan sættes ind på andre hjemmesider; koden står på indikatorens side.',
  },
  chartsAll: (n: number) => `Downloads for alle ${n} indikatorer`,
  perPage: (n: number) => `${n} pr. side`,
  onePage: 'én side',
  chartsCaption: 'Downloads pr. indikator',
  lettersHeading: 'Brevarkivet som data',
  lettersIntro: (count: string, one: boolean) =>
    `${one ? 'Arkivets ene dokument' : `Alle ${count} dokumenter i brevarkivet`} kan hentes som én tabel: dato, titel, sagsnummer og de andre numre, ` +
    'afsender og modtagere, udvalg og forvaltninger, indsatsområder og indikatorer, og adressen på hvert dokuments side. ' +
    'Teksterne står på dokumenternes sider.',
  lettersDictionaryLink: 'Kolonnerne i dataordbogen',
  lettersExamples: 'Nogle rækker er eksempeldata: et opdigtet dokument har »ja« i kolonnen illustrative.',
  lettersDictionaryHeading: (files: string) => `Brevarkivet (${files})`,
  goalFilesHeading: 'Forvaltningernes udgifter og statusrapporter',
  goalFilesIntro:
    'Forvaltningernes udgifter til integration kan hentes pr. forvaltning, og hvert års statusrapport over målene som tabeller til Excel. ' +
    'Alle mål og udgifter står også samlet i datasættene ovenfor.',
  spendingCaption: 'Udgifter pr. forvaltning',
  spendingColumns: { administration: 'Forvaltning', get: 'Hent' },
  spendingChart: 'grafen som SVG',
  reportsCaption: 'Statusrapporter pr. budgetår',
  reportsColumns: { year: 'Budgetår', get: 'Hent (CSV)' },
  reportLink: (year: number) => `Statusrapport ${year}`,
  chartsColumns: { indicator: 'Indikator', area: 'Område', coverage: 'Omfatter', get: 'Hent' },
  embed: 'indlejring',
  cities: 'storbyerne:',
  citiesCompared: (title: string) => `${title}, byerne sammenlignet`,
  dictionaryHeading: 'Dataordbog',
  dictionaryCaption: (file: string) => `Kolonner i ${file}`,
  dictionaryColumns: {
    column: 'Kolonne',
    type: 'Type',
    required: 'Påkrævet',
    description: 'Beskrivelse',
    allowed: 'Tilladte værdier',
    example: 'Eksempel',
  },
  /** Inline HTML (code elements): printed with set:html, so only trusted words from this file. */
  jsonTypes:
    'I JSON-filerne hedder nøglerne som CSV-filernes kolonner, med små bogstaver og understregning (fx <code>source_url</code>); ' +
    'tal er tal, »ja«/»nej« er <code>true</code>/<code>false</code>, og tomme felter er <code>null</code> – også <code>breakdown</code> for hovedserien.',
  packageLead: 'beskriver alle filerne maskinlæsbart efter standarden',
  packageStandard: 'Data Package',
  packageRest:
    ': kolonner, typer, tilladte værdier, nøgler, filformat, licens og kilder. ' +
    'Den dannes af de samme regler, som sitet bruger til at tjekke data, så beskrivelsen og tallene passer sammen.',
  licenceLead:
    'Københavns Kommune udgiver sitets egen sammenstilling – udvalget af indikatorer, deres definitioner og metode, status og tendens, filernes opbygning, dataordbogen og datapakken – under',
  attributionLead: 'Angiv kilden sådan:',
  /** Inline HTML (code elements): printed with set:html, so only trusted words from this file. */
  figuresLead:
    'Tallene selv er ikke sitets: hvert tal kommer fra den kilde, der står ved det (kolonnerne <code>source</code> og <code>source_url</code>) – ' +
    'også et tal, sitet har udledt af kildens tal (markeret »skønnet«, med en note) – og licensen ovenfor gælder ikke tallene. ' +
    'Bruger du dem, så nævn kilden, og følg dens vilkår:',
  publisher: 'Udgiver:',
  /** Inline HTML (code elements): printed with set:html, so only trusted words from this file. */
  flagCaveats:
    'Tal med markeringen »skønnet« i kolonnen <code>flag</code> er ikke trykt i kilden, men udledt af andre tal, eller ' +
    'kilderne er uenige; noten siger hvordan, og tallet bør efterprøves i den primære kilde, før det citeres. Et tal ' +
    'markeret »brud i serien« kan ikke sammenlignes direkte med tallene før det. Tal markeret som eksempeldata er ' +
    'opdigtede og må ikke bruges som rigtige målinger. Et datasæt, der har eksempeldata, er markeret »Eksempeldata« ' +
    'i tabellen øverst (kolonnen <code>illustrative</code> siger, hvilke rækker det gælder).',
  licenceHeading: 'Licens og kildeangivelse',
  citeHeading: 'Sådan citerer du',
} as const;

/** The tables, lists and worked example that /om/ computes (its prose is content/pages/om.md). */
export const aboutPageCopy = {
  mainCaption: 'Hovedindikatorerne, hvem de omfatter og deres basisår',
  mainColumns: {
    area: 'Område',
    indicator: 'Hovedindikator',
    coverage: 'Omfatter',
    byOrigin: 'Opdelt efter oprindelse',
    baseline: 'Basisår',
  },
  yes: 'Ja',
  no: 'Nej',
  /** A main indicator without coverage or baseline. */
  notGiven: 'ikke angivet',
  none: 'ingen',
  and: ' og ',
  baseline: (year: string, note: string) => `basisår ${year}. ${note}`,
  ruleCaption: 'Status efter forbedring (a), nødvendig forbedring (r) og tolerance',
  ruleColumns: { status: 'Status', withTarget: 'Med talmål', withoutTarget: 'Kun ønsket retning' },
  /** »Status vises altid med både farve, figur og ord: [badge] har en cirkel med flueben, …«. */
  shapes: {
    lead: 'Status vises altid med både farve, figur og ord:',
    groen: 'har en cirkel med flueben,',
    gul: 'en trekant,',
    roed: 'en firkant med kryds og',
    hvid: 'en stiplet cirkel.',
  },
  example: {
    heading: 'Et regneeksempel',
    indicator: 'Indikatoren',
    base: 'har basis',
    latest: 'og seneste måling',
    target: (value: string) => ` Målet er ${value}.`,
    noTarget: ' Den har intet talmål, så status følger Københavns regel.',
    result: 'Resultat:',
    hypotheticalHeading: 'Samme tal med et tænkt mål',
    hypotheticalLead: 'For at vise tempo-reglen regner vi på de samme, rigtige tal med et',
    hypotheticalTarget: 'tænkt mål',
    hypotheticalOn: 'på',
    hypotheticalNote: 'Målet er kun et eksempel; det er ikke vedtaget af kommunen.',
  },
  illustrative: {
    heading: (mark: string) => `Hvad betyder »${mark}«?`,
    real: 'Indikatorernes tal er rigtige, offentliggjorte målinger med en kilde. Forvaltningernes mål, deres status og beløb er derimod eksempler og ikke rigtige tal. Alt, der ikke er en rigtig måling, er markeret med',
    everywhere: 'overalt, hvor det vises. En side, hvis egne tal er eksempler, har desuden et banner øverst.',
    goals: (mark: string) =>
      'Målteksterne for de seks områder er barometrets egen sammenfatning af integrationspolitikkens kapitler og ikke ' +
      `politikkens ordlyd; det står ved hver tekst. Idéer, der ikke stammer fra et rigtigt idékatalog, er markeret med »${mark}«.`,
  },
} as const;
