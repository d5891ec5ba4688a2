/**
 * The data dictionary's words for the downloads the site makes from the data folder (per indicator,
 * per administration, per status report): what each file holds and the columns it adds to the data
 * folder's own, and the keys of the JSON files. The columns they share with data/ keep the
 * descriptions in csv-schema.ts.
 */

export const DOWNLOAD_TEXT = {
  /** The placeholders in the downloads' paths as /data/ prints them: »indikatorer/<id>/data.csv«. */
  placeholders: { id: '<id>', date: '<dato>', administration: '<forvaltning>', year: '<år>' },
  indicatorData: {
    title: 'Tallene bag en indikators graf',
    description:
      'Indikatorens rækker af measurements.csv – hovedserien først, så opdelingerne, hver efter periode – med kolonnen coverage på hver række. ' +
      'En udgaves data.csv har de samme kolonner, med tallene som de stod på udgavens dato.',
  },
  comparison: {
    title: 'Sammenligningen med de andre storbyer',
    description:
      'For en indikator, der sammenligner København med de andre storbyer og hele landet: én række pr. kommune × periode med kommunekode og navn, værdien med markering og note, kilden og hvem tallet omfatter i kommunen eller hele landet.',
  },
  administrationSpending: {
    title: 'En forvaltnings udgifter',
    description:
      'Forvaltningens rækker af spending.csv med de samme kolonner. JSON-filen har desuden forvaltningen, enheden og udgifterne i alt pr. budgetår.',
  },
  reportGoals: {
    title: 'Statusrapportens mål',
    description: 'Budgetårets mål fra goals.csv (uden beskrivelsen) med forvaltningens navn og adressen på målets side.',
  },
  reportAreas: {
    title: 'Statusrapportens områder',
    description:
      'De seks indsatsområder med barometrets status i budgetåret (beregnet med målingerne til og med året) og status i dag, som områdets side viser den.',
  },
  reportSpending: {
    title: 'Statusrapportens udgifter',
    description: 'Budgetårets rækker af spending.csv for alle forvaltninger, med forvaltningens navn.',
  },
  letters: {
    title: 'Brevarkivet',
    /** What the file covers, after the title in datapackage.json. */
    label: 'alle dokumenter',
    description:
      'Én række pr. dokument i brevarkivet (breve, referater, rapporter), ældste først: dato, titel, sagsnummer og de andre numre, ' +
      'afsender og modtagere, udvalg og forvaltninger, indsatsområder og indikatorer, og adressen på dokumentets side. ' +
      'Teksten står på dokumentets side. I JSON-filen er kolonnerne med flere værdier lister.',
  },
  /** A column copied unchanged from a data folder file. */
  sameAs: (file: string) => `Som kolonnen med samme navn i ${file} (se ovenfor).`,
  /** Columns only the downloads have. */
  columns: {
    /** `here`/`elsewhere`: one coverage in Copenhagen's words and in another place's, as an example. */
    coverage: (here: string, elsewhere: string) =>
      'Hvem tallet på rækken omfatter, sagt om rækkens sted: for København indikatorens målgruppe (kolonnen coverage i indicators.csv), ' +
      `for en anden kommune eller hele landet den samme gruppe dér, fx »${elsewhere}«, hvor indikatoren gælder »${here}«. ` +
      'Står på hver række, så en kopi af rækkerne ikke mister det. Tom, hvis indikatoren ikke angiver det.',
    comparisonGeo: 'Kommunekoden for den kommune (eller hele landet), rækken gælder.',
    municipality: 'Navnet på kommunen med koden i geo, eller »Hele landet« for 000.',
    administrationName: 'Forvaltningens navn til forkortelsen i administration.',
    goalUrl: 'Adressen på målets side på sitet.',
    reportYear: 'Budgetåret, statusrapporten gælder.',
    area: 'Indsatsområdet (id).',
    areaName: 'Indsatsområdets navn.',
    mainIndicator: 'Id på områdets hovedindikator i indicators.csv.',
    statusColour:
      'Barometrets status for området i budgetåret som farve-id (groen, gul, roed, hvid), beregnet med målingerne til og med året.',
    status: 'Statussen i budgetåret i ord, som sitet viser den.',
    latestPeriod: 'Den seneste periode med en måling af hovedserien til og med budgetåret. Tom: ingen måling.',
    latestValue: 'Hovedseriens værdi i latest_period, i enheden i unit. Tom: ingen måling.',
    unit: 'Hovedindikatorens enhed.',
    explanation: 'Hvorfor området har den status i budgetåret.',
    statusTodayColour: 'Områdets status i dag som farve-id, beregnet med alle målinger.',
    statusToday: 'Områdets status i dag i ord.',
    areaUrl: 'Adressen på områdets side på sitet.',
    letterDate: 'Dokumentets dato (ÅÅÅÅ-MM-DD).',
    letterTitle: 'Titlen, som arkivet viser den.',
    editorialTitle: 'ja, når dokumentet ingen overskrift har, og titlen er skrevet af redaktionen.',
    letterLabel: 'Dokumentets egen betegnelse, fx »Bilag 2«. Tom: ingen.',
    caseNumber: 'Sagsnummeret (sagsnr.), som sitets søgning også finder.',
    documentNumber: 'Dokumentnummeret (dok.nr.). Tom: intet.',
    journalNumbers: 'Journalnumrene (j.nr.): dokumentets eget og modtagelsesstemplets, adskilt af » | «. Tom: intet.',
    sender: 'Afsenderen: navn, titel og forvaltning eller udvalg, som dokumentets side viser det. Tom: ingen afsender nævnt.',
    senderOrganisation: 'Forkortelsen for afsenderens forvaltning eller udvalg, fx BIF. Tom: ingen.',
    recipients: 'Modtagerne, hver som dokumentets side viser dem, adskilt af » | «. Tom: ingen nævnt.',
    organisations:
      'Forkortelserne for de forvaltninger og udvalg, dokumentet er fra eller til, adskilt af » | « (dem, arkivets filter »Udvalg og forvaltninger« viser det under).',
    letterAreas: 'De indsatsområder (id), dokumentet handler om, adskilt af » | «.',
    letterIndicators: 'De indikatorer (id i indicators.csv), dokumentet handler om, adskilt af » | «.',
    original: 'Adressen på dokumentet, som det blev modtaget (fx en PDF), når det er udgivet. Tom: kun teksten er udgivet.',
    letterIllustrative: 'ja, når dokumentet er et opdigtet eksempel og ikke et rigtigt dokument.',
    letterUrl: 'Adressen på dokumentets side på sitet.',
  },
  /** Example values of breve.csv's columns, as the real archive has them. */
  letterExamples: {
    title: 'Vedrørende budgetredegørelse for integrationsindsatsen',
    sender: 'Morten Binder, Direktør, Beskæftigelses- og Integrationsforvaltningen (BIF)',
    recipients: 'Claus Juhl, Økonomiforvaltningen (ØKF) | Børne- og Ungdomsudvalget (BUU)',
    organisations: 'BIF | ØKF | BUU',
    /** No letter of the archive has its original published yet: the example is the address's pattern, not a dead link. */
    original: 'https://www.kk.dk/breve/<brevets-adresse>/original.pdf',
  },
  /** An example of the status report's explanation column. */
  explanationExample: 'Hovedindikatorens basisår er 2014, efter 2008, så barometret har ingen status for 2008.',
  /** The JSON files' top-level keys; rows is one object per CSV row, keyed by the CSV's column names. */
  jsonKeys: {
    name: 'Datasættets navn, som i datapackage.json.',
    title: 'Datasættets titel, med »Eksempeldata«, når nogle rækker er eksempeldata.',
    description: 'Hvad datasættet indeholder.',
    licence:
      'Licensen for sitets sammenstilling: id (SPDX), title, url og scope – hvad licensen gælder, og at tallene følger kildernes vilkår.',
    attribution: 'Kildeangivelsen for sitets sammenstilling.',
    schema: 'Datapakken, der beskriver kolonnerne (datapackage.json).',
    rows: 'Rækkerne: ét objekt pr. række i CSV-filen, med dens kolonnenavne som nøgler.',
    indicator:
      'Indikatoren med kolonnenavnene fra indicators.csv som nøgler. I data.json er baseline_value værdien i basisperioden, også når indicators.csv lader den stå tom. ' +
      'Dens coverage gælder København; rækkernes coverage siger, hvem tallet omfatter på rækkens sted.',
    administration: 'Forvaltningen: abbr (forkortelsen) og name (navnet).',
    unit: 'Enheden for amount: »kr.«.',
    totals: 'Udgifterne i alt pr. budgetår: budget_year, amount og illustrative (true, når summen rummer eksempeldata).',
  },
  /** The dictionary section on /data/ for these files. */
  heading: 'Filer pr. indikator, forvaltning og statusrapport',
  intro:
    'Filerne pr. indikator, pr. forvaltning og pr. statusrapport er udsnit af datasættene ovenfor. Her står hver fils kolonner i filens rækkefølge; en kolonne med samme navn som i datasættene betyder det samme.',
  filesLabel: 'Filer:',
  jsonHeading: 'Nøgler i JSON-filerne',
  jsonCaption: 'Nøglerne øverst i JSON-filerne',
  jsonColumns: { key: 'Nøgle', description: 'Beskrivelse', files: 'Findes i' },
} as const;
