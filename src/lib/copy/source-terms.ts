/**
 * Who published the figures the site shows, and on what terms they may be reused, per source. Only
 * what the sources themselves or the reference notes (test/fixtures/reference-data/README.md) say:
 * where no terms were found, the text says so, asks for the source to be named and says where to check.
 * Printed on /data/ under »Licens og kildeangivelse« and in datapackage.json's description.
 */

/** The extract most of the statistics were read in (»udtræk« in the source's name). */
export const EXTRACT_NOTE =
  'Tal, hvis kilde er markeret »udtræk«, er læst i det offentlige udtræk augustseptimius-beep/doughnut (»Danmarks 98 Doughnuts«), ' +
  'som henter tabellerne fra kildernes egne API’er; udtrækkets README siger, at genbrug følger kildedataenes licens. ' +
  'Nævn derfor den oprindelige kilde, fx »Danmarks Statistik, RAS200«.';

const unknownTerms = (name: string, where: string) =>
  `Vilkår for genbrug er ikke oplyst i det materiale, sitet bygger på. Nævn ${name} som kilde, og se vilkårene ${where}, før tallene genbruges.`;

/**
 * Per source: the beginnings of the `source` values it covers (as the editors write them in data/),
 * its name, its publisher and its terms. Example data is added in open-data/licence.ts.
 */
export const SOURCE_TERMS_TEXT = {
  dst: {
    prefixes: ['Danmarks Statistik'],
    title: 'Danmarks Statistik',
    publisher: 'Danmarks Statistik (Statistikbanken, tabellerne RAS200, BOL103, STRAF11, IDRAKT02 og LABY08)',
    terms:
      'Tal fra Danmarks Statistik må frit genbruges, også kommercielt, når Danmarks Statistik angives som kilde – helst med link til tabellen i Statistikbanken. Er tallene bearbejdet, skal det fremgå, fx »Kilde: Egne beregninger baseret på tal fra Danmarks Statistik«.',
  },
  factsOnIntegration: {
    prefixes: ['Social- og Integrationsministeriet'],
    title: 'Social- og Integrationsministeriet, »Fakta om integration« (2011)',
    publisher:
      'Social- og Integrationsministeriet, publikationen »Fakta om integration. Status og udvikling« (november 2011), tabel D1; tallene er Danmarks Statistiks',
    terms:
      'Publikationens egne vilkår for genbrug er ikke oplyst i det materiale, sitet bygger på. Nævn både publikationen og Danmarks Statistik som kilde; for tallene gælder Danmarks Statistiks vilkår ovenfor – se Danmarks Statistiks side om kildeangivelse.',
  },
  profileModel: {
    prefixes: ['Børne- og Undervisningsministeriet'],
    title: 'Børne- og Undervisningsministeriet, profilmodellen (PROFMOD)',
    publisher: 'Børne- og Undervisningsministeriet, profilmodellen (uddannelsesstatistik.dk)',
    terms: unknownTerms('Børne- og Undervisningsministeriet, profilmodellen', 'på uddannelsesstatistik.dk'),
  },
  healthProfile: {
    prefixes: ['Den Nationale Sundhedsprofil'],
    title: 'Den Nationale Sundhedsprofil',
    publisher: 'Den Nationale Sundhedsprofil (danskernessundhed.dk), spørgeskemaundersøgelsen 2010, 2013, 2017, 2021 og 2025',
    terms: unknownTerms('Den Nationale Sundhedsprofil og undersøgelsens år', 'på danskernessundhed.dk'),
  },
  nationalBarometer: {
    prefixes: ['Det nationale integrationsbarometer'],
    title: 'Det nationale integrationsbarometer',
    publisher: 'Det nationale integrationsbarometer (integrationsbarometer.dk), »Udviklingsrapport, hele landet«, november 2022',
    terms: unknownTerms('det nationale integrationsbarometer og rapporten', 'på integrationsbarometer.dk'),
  },
  safetySurvey: {
    prefixes: ['Københavns Kommunes Tryghedsundersøgelse'],
    title: 'Københavns Kommunes Tryghedsundersøgelse',
    publisher:
      'Københavns Kommune (feltarbejde ved Danmarks Statistik til 2016, Epinion fra 2017); tallene er læst i kommunens referater og sider om undersøgelsen eller i pressens gengivelse af kommunens pressemeddelelser',
    terms:
      'Vilkår for genbrug er ikke oplyst i de referater, sider og artikler, tallene er læst i. Nævn Københavns Kommunes Tryghedsundersøgelse og året som kilde, gerne med siden, tallet er læst på (kolonnen source_url), og se kommunens side om undersøgelsen, før tallene genbruges.',
  },
  housingLists: {
    prefixes: ['Boligministeriets'],
    title: 'Boligministeriets lister over udsatte boligområder',
    publisher:
      'Boligministeriet (i dag Social- og Boligstyrelsen), som udgiver listerne som PDF; tallene er læst i BL – Danmarks Almene Boligers oversigt og i pressens gengivelse af listerne (fx Politiken, TV 2, Ritzau og lokalaviser)',
    terms:
      'Vilkår for genbrug er ikke oplyst i listerne eller på de sider, tallene er læst på. Nævn boligministeriets liste og siden, tallet er læst på (kolonnen source_url), som kilde; oversigternes og artiklernes egen tekst hører ikke med i datasættet. For vilkår og de officielle tal: se listerne hos Social- og Boligstyrelsen; et tal markeret »skønnet« bør efterprøves dér.',
  },
  illustrative: {
    title: 'Eksempeldata',
    publisher: 'sitet selv – opdigtede tal, ikke fra nogen kilde',
    terms:
      'Eksempeldata er en del af sitets sammenstilling (licensen ovenfor), men er ikke rigtige målinger og må ikke bruges eller citeres som sådan.',
  },
} as const;
