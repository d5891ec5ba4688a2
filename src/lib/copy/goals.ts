/**
 * Danish copy for the administrations' goals, spending and status reports: every string these pages
 * and downloads print. When the shared catalogue (src/lib/copy/) lands, this moves there.
 */
const int = new Intl.NumberFormat('da-DK');

export const goalCopy = {
  navLabel: 'Forvaltninger',
  overviewTitle: 'Forvaltningernes mål for integrationsindsatsen',
  overviewDescription:
    'De syv forvaltningers resultatkrav og aktivitetsmål for integrationsindsatsen pr. budgetår, med status og udgifter.',
  overviewLead:
    'Hvert år sætter de syv forvaltninger resultatkrav og aktivitetsmål for deres integrationsindsats i budgettet, redegør for, hvad indsatsen koster, og gør status over målene til kommunens statusrapport på integrationsområdet. Her står målene, deres status og udgifterne pr. forvaltning og budgetår.',
  kindsHeading: 'Resultatkrav og aktivitetsmål',
  statusesHeading: 'Sådan læses status',
  statusesLead: 'Status er forvaltningens egen vurdering af målet, som den har givet den til statusrapporten.',
  /** Said after statusesLead when goals in data are invented: their status is no administration's. */
  statusesLeadExamples: 'Eksempelmålenes status er opdigtet sammen med målene; den er ikke nogen forvaltnings vurdering.',
  tableCaption: 'Mål og status pr. forvaltning og budgetår',
  tableAdministration: 'Forvaltning',
  tableTotal: 'Alle forvaltninger',
  budgetYear: (year: number) => `Budget ${year}`,
  goalCount: (n: number) => (n === 1 ? '1 mål' : `${int.format(n)} mål`),
  noGoals: 'Ingen mål',
  noGoalsYet: 'Der er endnu ingen mål i data for denne forvaltning.',
  statusCount: (n: number, label: string) => `${int.format(n)} ${label.toLowerCase()}`,
  spendingLine: (text: string) => `Udgifter: ${text}`,
  reportsHeading: 'Statusrapporter',
  reportsLead: 'Årets statusrapport samler barometrets status for de seks indsatsområder og alle forvaltningers mål og status.',
  reportLink: (year: number) => `Statusrapport ${year}`,

  // The administration page
  administrationTitle: (name: string, abbr: string) => `${name} (${abbr})`,
  administrationDescription: (name: string) => `${name}s mål for integrationsindsatsen pr. budgetår, status, udgifter, breve og idéer.`,
  committeeLine: (committee: string, abbr: string) => `Forvaltningen under ${committee} (${abbr}).`,
  goalsHeading: 'Mål pr. budgetår',
  spendingHeading: 'Udgifter til integration',
  spendingNone: 'Der er endnu ingen udgifter i data for denne forvaltning.',
  lettersHeading: 'Breve til og fra forvaltningen og udvalget',
  lettersNone: 'Der er endnu ingen breve i arkivet til eller fra forvaltningen eller dens udvalg.',
  lettersAll: (n: number) => `Alle ${int.format(n)} breve til og fra ${n === 1 ? 'forvaltningen' : 'forvaltningen og udvalget'}`,
  ideasHeading: 'Idéer fra konferencerne',
  ideasNone: 'Ingen idéer fra konferencerne har forvaltningen som ansvarlig.',
  ideasAll: 'Alle idéer med forvaltningen som ansvarlig',
  reportForYear: (year: number) => `Statusrapport ${year}`,
  contents: 'Indhold',

  // One goal
  kindLabel: 'Måltype',
  administrationLabel: 'Forvaltning',
  budgetYearLabel: 'Budgetår',
  areaLabel: 'Indsatsområde',
  indicatorLabel: 'Følges af indikatoren',
  targetLabel: 'Talmål',
  realisticLabel: 'Realistisk ifølge forvaltningen',
  /** An example goal's »realistic« is invented with it: no administration judged it. */
  realisticLabelExample: 'Realistisk i eksemplet (opdigtet vurdering)',
  realistic: { yes: 'Ja', no: 'Nej', unknown: 'Ikke vurderet' },
  initiativesLabel: 'Initiativer, der er brug for',
  sourceLabel: 'Kildedokument',
  /** An example goal's letter: the kind of goal it asked for, not the goal itself. */
  sourceLabelExample: 'Eksemplet er lavet efter',
  sourceNoteExample: 'Målet er opdigtet og står ikke i brevet.',
  underCommittee: (committee: string) => `, under ${committee}`,
  sourceLetterMeta: (sagsnr: string) => `sagsnr. ${sagsnr}`,
  /** Accessible names of the status counts: »Status for budget 2008«, »Status, budget 2008«. */
  statusForYear: (heading: string) => `Status for ${heading.toLowerCase()}`,
  statusOfYear: (year: number) => `Status, budget ${year}`,
  statusHeading: 'Status',
  statusTextLabel: 'Forvaltningens status',
  /** Under an example goal's status text, which no administration wrote. */
  statusTextExample: 'Opdigtet status (eksempeldata), ikke forvaltningens ord',
  /** No status text yet: an example goal has no administration that could make status over it. */
  statusTextNoneFor: (illustrative: boolean) =>
    illustrative ? 'Eksempelmålet har ingen statustekst.' : 'Forvaltningen har endnu ikke gjort status over målet.',
  indicatorAtYear: (value: string, year: number, place?: string) => `Indikatoren målte ${value} i ${year}${place ? ` (${place})` : ''}.`,
  indicatorNoValue: (year: number) => `Indikatoren har ingen måling for ${year}.`,
  indicatorNow: (value: string, period: string, place?: string) => `Seneste måling: ${value} (${period}${place ? `, ${place}` : ''}).`,
  aboutHeading: 'Om målet',
  goalDescription: (title: string, name: string, year: number) => `${title}: ${name}s mål for budget ${year}, med status.`,
  sourceLetter: (title: string, date: string, sagsnr: string) => `${title} (${date}, sagsnr. ${sagsnr})`,

  // Spending figure
  spendingFigureTitle: (name: string) => `${name}s udgifter til integration`,
  spendingSeries: 'Udgifter i alt',
  spendingTableCaption: (name: string) => `${name}s udgifter til integration pr. budgetår, mio. kr.`,
  spendingTableLabel: 'Tabel med udgifterne pr. budgetår',
  spendingDetailsCaption: 'Udgifterne pr. formål',
  spendingColumns: { year: 'Budgetår', covers: 'Formål', amount: 'Beløb', source: 'Kilde' },
  /** Before the letters an invented amount refers to (SpendingFigure.astro): they are not its source. */
  /** Before the letters an invented amount was made after (spending-view.ts, letterRefs). */
  spendingMadeAfter: (letters: number) => `Beløbet er opdigtet og står ikke i ${letters === 1 ? 'brevet' : 'brevene'}`,
  spendingYearTotal: (year: number) => `I alt ${year}`,
  spendingDownloads: 'Hent udgifterne:',
  spendingCsv: 'CSV (til Excel)',
  spendingJson: 'JSON',
  spendingSvg: 'grafen som SVG',
  noValue: 'ingen udgifter',

  // Status report
  reportsTitle: 'Statusrapporter på integrationsområdet',
  reportsDescription: 'Årets statusrapport på integrationsområdet: indsatsområdernes status og forvaltningernes mål og status.',
  reportTitle: (year: number) => `Statusrapport på integrationsområdet ${year}`,
  reportDescription: (year: number) =>
    `Statusrapport ${year}: de seks indsatsområders status i barometret og alle forvaltningers mål for budget ${year} med status.`,
  /** With example goals the status is not »forvaltningernes egen«: it is invented with them. */
  reportLead: (year: number, examples = false) =>
    `Statusrapporten samler, hvordan det går på integrationsområdet i ${year}: barometrets status for de seks indsatsområder og alle syv forvaltningers mål for budget ${year} med ${examples ? 'deres status' : 'forvaltningernes egen status'}.`,
  reportPrint: 'Siden kan udskrives på A4: brug browserens udskriv (Ctrl+P, på Mac Cmd+P).',
  reportDownloads: 'Hent rapportens tabeller som CSV (til Excel):',
  reportTableNames: { maal: 'mål og status', omraader: 'indsatsområder', udgifter: 'udgifter' },
  areasHeading: 'Indsatsområderne i barometret',
  areasLead: (year: number) =>
    `Status for hvert område er status for dets hovedindikator, beregnet med de målinger, der findes til og med ${year}. »Status i dag« er beregnet med alle målinger, som på områdets egen side.`,
  areasColumns: {
    area: 'Område',
    status: (year: number) => `Status i ${year}`,
    today: 'Status i dag',
    indicator: 'Hovedindikator',
    latest: 'Seneste måling',
    why: 'Forklaring',
  },
  areaNoMeasurement: (year: number) => `Ingen måling til og med ${year}`,
  areaBaselineAfter: (baseline: string, year: number) =>
    `Hovedindikatorens basisår er ${baseline}, efter ${year}, så barometret har ingen status for ${year}.`,
  areasNoneNote: (year: number) =>
    `Barometrets serier for hovedindikatorerne begynder efter ${year} eller har deres basisår efter ${year}, så ingen af områderne har en status for ${year}. Kolonnen »Status i dag« viser, hvordan de står nu.`,
  /** The year's letters about the barometer's measurements (src/lib/goals/report-letters.ts). */
  reportLettersHeading: (year: number) => `Barometrets resultater for ${year} i arkivets breve`,
  reportLettersLead: (n: number, year: number) =>
    (n === 1
      ? `Arkivet har et brev fra ${year} om barometrets målinger. Brevets vurdering af områderne er dets egen, efter målingerne og reglen dengang; `
      : `Arkivet har ${int.format(n)} breve fra ${year} om barometrets målinger. Brevenes vurdering af områderne er deres egen, efter målingerne og reglen dengang; `) +
    `status for områderne ovenfor beregner sitet selv efter den nuværende regel, og den kræver, at hovedindikatorens basisår og en måling ligger til og med ${year}.`,
  reportLettersYear: (year: number) => `Alle arkivets breve fra ${year}`,
  reportGoalsHeading: 'Forvaltningernes mål og status',
  reportGoalsLead: (n: number, year: number) => `${n === 1 ? 'Ét mål' : `${int.format(n)} mål`} for budget ${year} fra forvaltningerne.`,
  reportGoalColumns: { goal: 'Mål', status: 'Status', assessment: 'Forvaltningens status' },
  /** The status text column of a table with example goals: their text is invented. */
  reportAssessmentExamples: 'Statustekst (opdigtet for eksempelmål)',
  reportSummaryCaption: (year: number) => `Status for forvaltningernes mål, budget ${year}`,
  /** One administration's goal table in the report: its caption names whose goals they are. */
  reportAdministrationCaption: (name: string, abbr: string, year: number) => `${name} (${abbr}): mål og status, budget ${year}`,
  reportSpendingHeading: (year: number) => `Udgifter til integration i ${year}`,
  reportSpendingCaption: (year: number) => `Forvaltningernes udgifter til integration, budget ${year}`,
  reportSpendingNone: (year: number) => `Der er ingen udgifter for ${year} i data.`,
  reportNoGoals: 'Forvaltningen har ingen mål for året i data.',
  printedFrom: 'Udskrevet fra',
  realisticShort: (r: boolean | undefined, illustrative = false) =>
    r === undefined
      ? ''
      : illustrative
        ? `Opdigtet vurdering: ${r ? 'realistisk' : 'ikke realistisk'}.`
        : r
          ? 'Realistisk ifølge forvaltningen.'
          : 'Ikke realistisk ifølge forvaltningen.',

  // Cross-links on letters, areas and indicators
  letterHeading: 'Mål og udgifter, der henviser til brevet',
  /**
   * An example goal is made after the letter, not taken from it: »har brevet som kildedokument«
   * said of invented goals told a reader the letter held them.
   */
  letterGoalsLead: (goals: readonly { illustrative: boolean }[], year: number) => {
    const examples = goals.filter((g) => g.illustrative).length;
    const real = goals.length - examples;
    const count = (n: number, noun: string) => (n === 1 ? `ét ${noun}` : `${int.format(n)} ${noun}`);
    const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    const realText = `${count(real, 'mål')} for budget ${year} har brevet som kildedokument`;
    if (examples === 0) return sentence(realText);
    if (real === 0)
      return sentence(
        `${count(examples, 'eksempelmål')} for budget ${year} er lavet efter brevet; ${examples === 1 ? 'det står' : 'de står'} ikke i det`,
      );
    return sentence(`${realText}, og ${count(examples, 'eksempelmål')} er lavet efter det uden at stå i det`);
  },
  /**
   * A sum with invented amounts in it does not have the letter as its source: they were made after
   * it and are not in it (as an example goal's lead says), and a reader quoting the sum must see it.
   */
  letterSpending: (year: number, text: string, examples: 'all' | 'some' | 'none' = 'none') =>
    examples === 'all'
      ? `Opdigtede udgifter for budget ${year}, lavet efter brevet: ${text} i alt. Beløbene står ikke i brevet.`
      : examples === 'some'
        ? `Udgifter for budget ${year}, der henviser til brevet: ${text} i alt, heraf opdigtede eksempelbeløb, som ikke står i brevet.`
        : `Udgifter for budget ${year} med brevet som kilde: ${text} i alt.`,
  areaGoalsHeading: 'Forvaltningernes mål på området',
  areaGoalsNone: 'Ingen forvaltning har endnu mål for området i data.',
  indicatorGoalsHeading: 'Forvaltningernes mål, der følges af indikatoren',
  allGoals: 'Alle forvaltningers mål',
  olderYears: (n: number) => `${n === 1 ? 'Ét ældre budgetår' : `${n} ældre budgetår`} står på forvaltningernes sider.`,

  // Shared
  illustrative: 'Eksempeldata',
  illustrativeGoals:
    'Målene, status og udgifterne markeret »Eksempeldata« er opdigtede. De viser, hvordan forvaltningernes mål vises, indtil de rigtige mål er lagt ind; de er ikke kommunens mål.',
} as const;

/** The spending chart's text description (spending-view.ts): span, totals, change, example data. */
export const SPENDING_TEXT = {
  oneYear: (year: number) => `budgetåret ${year}`,
  years: (first: number, last: number) => `budgetårene ${first}–${last}`,
  inYear: (amount: string, year: number) => `${amount} i ${year}`,
  and: 'og',
  shows: (name: string, span: string) =>
    `Grafen viser ${name}s udgifter til den særlige integrationsindsats i ${span}, i millioner kroner i hvert års priser (ikke korrigeret for prisudviklingen).`,
  were: (list: string) => `Udgifterne var ${list}.`,
  rise: 'en stigning',
  fall: 'et fald',
  noChange: 'ingen ændring',
  unchanged: (first: number, last: number, word: string) => `Fra ${first} til ${last} er der ${word}.`,
  changed: (first: number, last: number, word: string, amount: string, pct: string) =>
    `Fra ${first} til ${last} er det ${word} på ${amount} (${pct}\u00a0pct.).`,
  allExamples: 'Beløbene er eksempeldata, ikke rigtige udgifter.',
  someExamples: 'Nogle af beløbene er eksempeldata, ikke rigtige udgifter; de er markeret »Eksempeldata« under udgifterne pr. formål.',
} as const;
