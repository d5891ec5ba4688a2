/** Danish copy of the archive (letters, conferences, ideas). */
import { illustrativeCopy } from './illustrative.ts';
import { formatNumber } from '../format/danish-number.ts';

export const archiveCopy = {
  paragraphLink: (n: number) => `Link til afsnit ${n}`,
  headingLink: (text: string) => `Link til afsnittet »${text}«`,
  lettersTitle: 'Breve',
  lettersDescription:
    'Arkiv over breve om integrationsindsatsen i Københavns Kommune: dato, sagsnummer, afsender, modtagere og den fulde tekst.',
  yearsHeading: 'Breve efter år',
  committeesHeading: 'Breve efter udvalg og forvaltning',
  allLetters: 'Alle breve',
  /** /breve/aar/ and /breve/udvalg/: the archive's years and committees, each with its count. */
  yearsPage: {
    description: 'Brevarkivets år med antallet af breve fra hvert år.',
    lead: (count: string) => `Arkivets ${count} efter det år, de er dateret. Vælg et år for at se årets breve, nyeste først.`,
  },
  organisationsPage: {
    description: 'Brevarkivets udvalg og forvaltninger med antallet af breve til eller fra hver.',
    lead: (count: string) =>
      `Arkivets ${count} efter de udvalg og forvaltninger, der har sendt eller modtaget dem; et brev til flere står under hver af dem.`,
  },
  lettersFromYear: (year: number) => `Breve fra ${year}`,
  lettersForOrganisation: (name: string) => `Breve til eller fra ${name}`,
  lettersForOrganisationYear: (name: string, year: number) => `Breve til eller fra ${name} i ${year}`,
  organisationYearsHeading: (label: string) => `${label} efter år`,
  count: (n: number) => (n === 1 ? '1 brev' : `${formatNumber(n, 0)} breve`),
  pagination: {
    label: 'Sider i listen',
    prev: 'Forrige side',
    next: 'Næste side',
    page: (n: number) => `Side ${n}`,
    gap: 'sider udeladt',
    /** "side 2 af 14", added to a page's <title> after page 1 so every page has its own title. */
    titleSuffix: (n: number, count: number) => `side ${n} af ${count}`,
    /** "Breve 101–200 af 1.378, nyeste først." */
    range: (from: number, to: number, total: number) =>
      `Breve ${formatNumber(from, 0)}–${formatNumber(to, 0)} af ${formatNumber(total, 0)}, nyeste først.`,
    /** "Breve 101–200, nyeste først." on a list's later pages, which show no totals. */
    rangeOnly: (from: number, to: number) => `Breve ${formatNumber(from, 0)}–${formatNumber(to, 0)}, nyeste først.`,
  },
  indicatorLetters: (title: string) => `Breve om ${title}`,
  moreLetters: (n: number) => `Se alle ${formatNumber(n, 0)} breve`,
  ideaCount: (n: number) => (n === 1 ? '1 idé' : `${n} idéer`),
  meta: {
    heading: 'Om brevet',
    headingDocument: 'Om dokumentet',
    date: 'Dato',
    sagsnr: 'Sagsnr.',
    doknr: 'Dok.nr.',
    jnr: 'J.nr.',
    label: 'Dokument',
    sender: 'Afsender',
    senderUnknown: 'Ikke angivet i dokumentet',
    contact: 'Afsenderens kontaktoplysninger',
    recipients: 'Modtagere',
    recipientsUnknown: 'Ikke angivet',
    attachments: 'Bilag',
    areas: 'Områder',
    indicators: 'Indikatorer',
    stamp: 'Modtagelsesstempel',
    routing: 'Stemplets fordelingsskema',
    conferences: 'Konference',
    provenance: 'Kilde',
    provenanceHeading: 'Om gengivelsen',
    notes: 'Redaktionelle noter',
  },
  /** A conference's facts (ConferenceFacts.astro). */
  conferenceFacts: {
    status: 'Status',
    date: 'Dato',
    when: 'Foreslået tidspunkt',
    place: 'Sted',
    participants: 'Deltagere',
    theme: 'Tema',
    themeProposals: 'Temaforslag',
    budget: 'Økonomi',
    organiser: 'Arrangør',
    sources: 'Kilder',
    sagsnr: 'sagsnr.',
  },
  /** The list of conferences (/konferencer/). */
  conferences: {
    title: 'Konferencer',
    description: 'Københavns Kommunes integrationskonferencer: rapporter, temaer, deltagere og idékataloger.',
    lead:
      'Integrationskonferencen skal ifølge konceptet fra november 2007 holdes årligt i februar. Den sætter kommunens ' +
      'integrationspolitik til diskussion og samler forslag og idéer til nye initiativer, og der udarbejdes en rapport ' +
      'eller et idékatalog på baggrund af konferencens indlæg og debatter. Kilde:',
    conceptTitle: 'Koncept og tema for integrationskonferencen',
    conceptReference: '(bilag 2, 20. november 2007, sagsnr. 2007-102467).',
    listHeading: 'Konferencerne',
    theme: (theme: string) => `Tema: ${theme}`,
    catalogue: (n: number) => `Idékatalog (${n} idéer)`,
    ideasHeading: 'Idéer fra idékatalogerne',
    allIdeas: 'Alle idéer efter område og forvaltning',
    byArea: 'Efter område',
    byAdministration: 'Efter ansvarlig forvaltning',
  },
  /** All ideas (/konferencer/ideer/). */
  ideas: {
    title: 'Idéer fra konferencerne',
    description: 'Idéerne fra integrationskonferencernes idékataloger efter indsatsområde og ansvarlig forvaltning.',
    intro: (count: string) => `${count} fra integrationskonferencernes idékataloger. Vælg et område eller en forvaltning.`,
  },
  /** A conference's page (/konferencer/<år>/). */
  conference: {
    report: 'Rapport',
    catalogueHeading: 'Idékatalog',
    wholeCatalogue: 'Hele idékataloget med beskrivelser',
  },
  listDescription: (title: string, count: string) => `${title}: ${count} i Integrationsbarometerets brevarkiv.`,
  laterPageDescription: (title: string, n: number, count: number) =>
    `${title}, side ${n} af ${count}, i Integrationsbarometerets brevarkiv.`,
  catalogueTitle: (conference: string) => `Idékatalog: ${conference}`,
  catalogueDescription: (conference: string) => `Idéerne fra ${conference}, med område og ansvarlig forvaltning.`,
  ideasAboutArea: (area: string) => `Idéer om ${area}`,
  ideasAboutAreaDescription: (title: string) => `${title} fra integrationskonferencernes idékataloger.`,
  ideasOfAdministration: (name: string) => `Idéer med ${name} som ansvarlig`,
  ideasOfAdministrationDescription: (title: string) => `${title}, fra integrationskonferencernes idékataloger.`,
  feedSubtitle: (tagline: string) => `${tagline}: nye breve og målinger`,
  ideaArea: 'Område:',
  ideaResponsible: 'Ansvarlig:',
  ideaConference: 'Konference:',
  ideaSource: (source: string) => `Kilde: ${source}`,
  ideasInArea: (count: string) => `${count} fra idékatalogerne, som vedrører indsatsområdet`,
  ideasOfOrganisation: (count: string, name: string, abbr: string) => `${count} fra idékatalogerne, hvor ${name} (${abbr}) er ansvarlig.`,
  allIdeaGroups: 'Alle områder og forvaltninger',
  ideaCatalogueFrom: 'Fra',
  newestFirst: 'Nyeste brev først.',
  /** Around the links to /data/breve.csv and breve.json on /breve/. */
  asData: {
    lead: 'Hele arkivet som én tabel med dato, sagsnummer, afsender og modtagere:',
    excel: '(til Excel)',
    or: 'eller',
    about: 'kolonnerne forklaret',
  },
  lettersOfOrganisation: (committee: string, administration: string) =>
    `Breve, hvor ${committee} eller ${administration} er afsender eller modtager.`,
  backToIndicator: (title: string) => `Tilbage til indikatoren »${title}«`,
  received: 'Modtaget',
  recipient: 'Modtager',
  filtersLabel: 'Afgræns brevarkivet',
  contact: { address: 'Adresse', phone: 'Telefon', directPhone: 'Direkte telefon', fax: 'Telefax', email: 'E-mail', web: 'Web' },
  stampJnr: (org: string) => `fra ${org}s modtagelsesstempel`,
  editorialTitle: 'Brevet har ingen emnelinje; titlen er skrevet af redaktionen.',
  letterHeading: 'Brevets tekst',
  citeHeading: 'Sådan citerer du',
  citePermalink: 'Permanent link',
  citeSuggested: 'Forslag til kildehenvisning',
  citeParagraph: 'Vil du henvise til et bestemt afsnit, så brug linket ¶ ved afsnittet.',
  illustrative: illustrativeCopy.mark,
  illustrativeIdeas: illustrativeCopy.ideas,
} as const;

/** How a letter is named in its citation, meta description and feed entry. */
export const LETTER_TEXT = {
  letter: 'Brev',
  document: 'Dokument',
  /** "Brev af 2. april 2009" */
  dated: (kind: string, date: string) => `${kind} af ${date}`,
  from: (person: string) => `fra ${person}`,
  caseNumber: (n: string) => `sagsnr. ${n}`,
  documentNumber: (n: string) => `dok.nr. ${n}`,
  /** In the meta description, after a full stop. */
  caseNumberStart: (n: string) => `Sagsnr. ${n}`,
  /** "Økonomiudvalget og Økonomiforvaltningen" */
  committeeAndAdministration: (committee: string, administration: string) => `${committee} og ${administration}`,
} as const;

/** A conference's status (content/conferences, field status). */
export const CONFERENCE_STATUS_TEXT = { afholdt: 'Afholdt', foreslået: 'Foreslået; kun forslaget er dokumenteret' } as const;
