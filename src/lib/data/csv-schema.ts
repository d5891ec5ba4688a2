/**
 * The CSV files an editor writes, defined once as data. The validator checks against this, and
 * the data dictionary and the Frictionless datapackage.json are generated from it, so the rules an
 * editor reads and the rules the build applies cannot drift apart.
 */
import { AREA_IDS } from '../registry/areas.ts';
import { UNIT_IDS } from '../registry/units.ts';
import { COVERAGE_IDS } from '../registry/coverage.ts';
import { FLAG_IDS } from '../registry/flags.ts';
import { MUNICIPALITIES, MUNICIPALITY_CODES } from '../registry/municipalities.ts';
import { ADMINISTRATION_ABBRS } from '../registry/organisations.ts';
import { GOAL_KIND_IDS } from '../registry/goal-kinds.ts';
import { GOAL_STATUS_IDS } from '../registry/goal-statuses.ts';

/**
 * id: kebab-case ASCII · text: free text · url: http(s) address · number: decimal number
 * (decimal comma in `;` files, decimal point in `,` files) · period: year, quarter or month ·
 * year: a year of four digits · enum: one of `allowed` · boolean: "ja"/"nej" · indicator: an id
 * from indicators.csv · letter: a letter's slug or a case number from content/letters ·
 * date: a calendar day ÅÅÅÅ-MM-DD · expected-date: a day, a month (ÅÅÅÅ-MM) or a year (ÅÅÅÅ), as
 * precisely as a publisher's calendar says when something comes.
 */
export type ColumnType = 'id' | 'text' | 'url' | 'number' | 'period' | 'year' | 'enum' | 'boolean' | 'indicator' | 'letter' | 'date' | 'expected-date';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** An empty cell is an error. */
  required: boolean;
  /** Danish description for editors and the data dictionary. */
  description: string;
  /** A valid example value as an editor would write it in a Danish `;` file. */
  example: string;
  /** For enum and boolean: every accepted value. */
  allowed?: readonly string[];
  /** For id and period: the accepted form as a regular expression (source text, anchored). */
  pattern?: string;
  /**
   * The header may leave the column out (files written before it existed); its cells then count as
   * empty. When the column is there, `required` applies to every row.
   */
  optionalInHeader?: boolean;
  /** For number: the smallest value that makes sense (an amount of money is never negative). */
  minimum?: number;
  /**
   * For number: the largest value that makes sense, kept far below 2^53 so a sum of many rows stays
   * exact; with a note in the editor's words (e.g. "100 mia. kr.").
   */
  maximum?: number;
  maximumNote?: string;
  /** For number: counted in whole units, named here (kroner: the site prints amounts without øre). */
  wholeUnit?: string;
  /**
   * For text and url: the most characters a cell may hold (rules/cell-length.ts); other types have
   * CELL_MAX_LENGTH. Every table is published several times, so one pasted document in a cell would be too.
   */
  maxLength?: number;
}

export interface TableSpec {
  /** File name inside the data folder. */
  file: string;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  /** Columns that together identify a row; a second row with the same key is an error. */
  primaryKey: readonly string[];
  /** Columns that must name a row in another table. */
  foreignKeys: readonly { column: string; table: string; tableColumn: string }[];
  /**
   * The data folder may leave the file out (a folder written before the table existed, a test
   * corpus): the site then has no rows of it. When the file is there, every rule applies.
   */
  optionalFile?: boolean;
}

/** The only source an illustrative (made-up) series may claim, in indicators.csv and in every row. */
export const ILLUSTRATIVE_SOURCE = 'Illustrative eksempeldata – ikke en rigtig måling';

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** 2014 (year), 2014K1 (quarter 1–4), 2014-03 (month 01–12). */
export const PERIOD_PATTERN = '^[0-9]{4}(K[1-4]|-(0[1-9]|1[0-2]))?$';
/** 2026-12-01: a calendar day (the day itself is checked to exist by the cell rule). */
export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
/** 2026-12-01, 2026-12 or 2026: as precisely as the publisher's calendar says. */
export const EXPECTED_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

/**
 * Longest text a cell may hold, by what it is. Each is several times the longest value in data/
 * (title 89, source 152, note 297, method 729 characters in December 2026).
 */
export const TEXT_LIMITS = { label: 100, title: 300, source: 500, note: 2000, address: 2000, method: 5000 } as const;
/** Every other cell (ids, numbers, periods, choices, letter references): no real value comes near. */
export const CELL_MAX_LENGTH = 300;

export const DIRECTION_VALUES = { højere: 'higher', lavere: 'lower' } as const;
export const BOOLEAN_VALUES = { ja: true, nej: false } as const;

const directions = Object.keys(DIRECTION_VALUES);
const booleans = Object.keys(BOOLEAN_VALUES);

export const INDICATORS_TABLE: TableSpec = {
  file: 'indicators.csv',
  title: 'Indikatorer',
  description: 'Én række pr. indikator: hvad der måles, i hvilket område, og hvad der er godt.',
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    { name: 'id', type: 'id', required: true, pattern: ID_PATTERN, example: 'beskaeftigelsesfrekvens-16-64',
      description: 'Indikatorens faste id: små bogstaver a-z, tal og bindestreger (ingen æ, ø, å). Bruges i adressen /indikatorer/<id>/ og må ikke ændres, når den er udgivet.' },
    { name: 'area', type: 'enum', required: true, allowed: AREA_IDS, example: 'beskaeftigelse',
      description: 'Indsatsområdet, indikatoren hører til.' },
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title, example: 'Beskæftigelsesfrekvens for 16–64-årige',
      description: 'Indikatorens navn, som det vises på sitet.' },
    { name: 'definition', type: 'text', required: true, maxLength: TEXT_LIMITS.note, example: 'Andelen af 16–64-årige, der er i beskæftigelse.',
      description: 'Hvad der måles, for hvem.' },
    { name: 'unit', type: 'enum', required: true, allowed: UNIT_IDS, example: 'pct',
      description: 'Enheden. Værdier uden for enhedens grænser afvises (pct og procentpoint: højst 100; pct, antal og indeks: ikke negative).' },
    { name: 'direction', type: 'enum', required: true, allowed: directions, example: 'højere',
      description: 'Den gode retning: "højere" hvis en stigning er god, "lavere" hvis et fald er godt.' },
    { name: 'main', type: 'boolean', required: true, allowed: booleans, example: 'nej',
      description: 'Hovedindikator for området: "ja" eller "nej". Hvert område har præcis én hovedindikator; områdets status er dens status.' },
    { name: 'main_label', type: 'text', required: false, maxLength: TEXT_LIMITS.label, example: 'København',
      description: 'Navn på hovedserien (målingerne med tom breakdown) i grafer og tabeller, fx "København". Tom: "I alt".' },
    { name: 'baseline_period', type: 'period', required: false, pattern: PERIOD_PATTERN, example: '2014',
      description: 'Basisperioden, som udviklingen måles fra. Skal have en måling af hovedserien i measurements.csv. Tom: ingen status (hvid).' },
    { name: 'baseline_value', type: 'number', required: false, example: '70,0',
      description: 'Værdien i basisperioden. Kan stå tom; så bruges hovedseriens måling for basisperioden. Udfyldt skal den være lig med den måling.' },
    { name: 'target_period', type: 'period', required: false, pattern: PERIOD_PATTERN, example: '2026',
      description: 'Perioden, hvor målet skal være nået. Kræver en baseline og skal ligge efter basisperioden. Tom: status vurderes kun på retningen.' },
    { name: 'target_value', type: 'number', required: false, example: '75,0',
      description: 'Målet. Udfyldes sammen med target_period og skal ligge i den gode retning fra baseline.' },
    { name: 'tolerance', type: 'number', required: true, example: '0,5',
      description: 'Ændringer på højst så meget (i indikatorens enhed) tæller som stilstand. 0 eller mere.' },
    { name: 'source', type: 'text', required: true, maxLength: TEXT_LIMITS.source, example: 'Danmarks Statistik, RAS200 (udtræk)',
      description: `Kilden til tallene. For illustrative indikatorer præcis "${ILLUSTRATIVE_SOURCE}".` },
    { name: 'source_url', type: 'url', required: false, maxLength: TEXT_LIMITS.address, example: 'https://www.statistikbanken.dk/RAS200',
      description: 'Adresse på kilden, der begynder med https:// eller http://. Tom for illustrative indikatorer.' },
    { name: 'method', type: 'text', required: false, maxLength: TEXT_LIMITS.method, example: 'Tallene er trukket fra RAS200 for kommunekode 101.',
      description: 'Hvordan tallene er fremkommet, og forbehold (databrud, afrundinger).' },
    { name: 'illustrative', type: 'boolean', required: true, allowed: booleans, example: 'nej',
      description: '"ja" hvis serien er opdigtede eksempeldata uden en rigtig kilde; den vises så med et tydeligt mærke. "nej" for rigtige tal.' },
    { name: 'coverage', type: 'enum', required: true, optionalInHeader: true, allowed: COVERAGE_IDS, example: 'alle københavnere',
      description: 'Hvem tallene dækker, med de ord sitet viser ved kort, grafer, tabeller og downloads: "alle københavnere", hvis tallene ikke er opdelt efter oprindelse, ellers den gruppe, de gælder.' },
    { name: 'baseline_note', type: 'text', required: false, maxLength: TEXT_LIMITS.note, optionalInHeader: true, example: 'Politikkens basisår 2014 findes ikke i serien; 2013 er den nærmeste måling.',
      description: 'Hvorfor basisåret er valgt, når det ikke er integrationspolitikkens basisår 2014. Vises ved basis på indikatorens side.' },
    { name: 'next_update', type: 'expected-date', required: false, optionalInHeader: true, pattern: EXPECTED_DATE_PATTERN, example: '2027-03',
      description: 'Hvornår kilden forventes at offentliggøre nye tal: en dag (ÅÅÅÅ-MM-DD), en måned (ÅÅÅÅ-MM) eller et år (ÅÅÅÅ), så præcist som kildens udgivelsesplan siger. Vises som «Næste opdatering forventes» på indikatorens side. Tom: intet vises (udgivelsesplanen kendes ikke).' },
  ],
};

export const MEASUREMENTS_TABLE: TableSpec = {
  file: 'measurements.csv',
  title: 'Målinger',
  description: 'Én række pr. indikator × periode × opdeling (langt format).',
  primaryKey: ['indicator', 'period', 'breakdown'],
  foreignKeys: [{ column: 'indicator', table: 'indicators.csv', tableColumn: 'id' }],
  columns: [
    { name: 'indicator', type: 'indicator', required: true, pattern: ID_PATTERN, example: 'beskaeftigelsesfrekvens-16-64',
      description: 'Id på en indikator i indicators.csv.' },
    { name: 'period', type: 'period', required: true, pattern: PERIOD_PATTERN, example: '2014',
      description: 'Perioden: et år (ÅÅÅÅ, fx 2014), et kvartal (ÅÅÅÅK1–ÅÅÅÅK4) eller en måned (ÅÅÅÅ-MM, hvor MM er månedens nummer). Én indikator bruger én slags periode.' },
    { name: 'breakdown', type: 'text', required: false, maxLength: TEXT_LIMITS.label, example: 'Hele landet',
      description: 'Tom for hovedserien (den, status beregnes på). Ellers navnet på opdelingen, fx "Hele landet", "Kvinder" eller "Mænd".' },
    { name: 'value', type: 'number', required: true, example: '70,0',
      description: 'Den målte værdi i indikatorens enhed, med decimalkomma (fx 12,5) og uden tusindtalsadskiller.' },
    { name: 'source', type: 'text', required: true, maxLength: TEXT_LIMITS.source, example: 'Danmarks Statistik, RAS200 (udtræk)',
      description: `Kilden til netop denne værdi. For illustrative indikatorer præcis "${ILLUSTRATIVE_SOURCE}".` },
    { name: 'note', type: 'text', required: false, maxLength: TEXT_LIMITS.note, example: 'Springet fra 2020 til 2021 kan være et databrud.',
      description: 'Bemærkning til værdien, fx om den er beregnet eller om et databrud. Vises som fodnote i tabellen. Skal udfyldes ved flag "brud i serien" og "skønnet".' },
    { name: 'geo', type: 'enum', required: false, optionalInHeader: true, allowed: MUNICIPALITY_CODES, example: '101',
      description: `Kommunekoden for den kommune (eller hele landet), rækken gælder: ${MUNICIPALITIES.map((m) => `${m.code} ${m.name}`).join(', ')}. Med en kode skal breakdown være tom (hovedserien) eller kommunens navn. Serier for flere byer vises i sammenligningen med de andre storbyer.` },
    { name: 'flag', type: 'enum', required: false, optionalInHeader: true, allowed: FLAG_IDS, example: 'foreløbig',
      description: 'Markering af værdien: "foreløbig", "revideret", "brud i serien" (opgjort anderledes end tallene før) eller "skønnet" (beregnet, udledt eller omstridt). Tom: et almindeligt tal. Vises i grafen, som fodnote i tabellen og i downloads.' },
    { name: 'source_url', type: 'url', required: false, maxLength: TEXT_LIMITS.address, optionalInHeader: true, example: 'https://www.statistikbanken.dk/RAS200',
      description: 'Hvor netop denne værdi er læst (tabel, rapport, referat eller artikel), som en adresse, der begynder med https:// eller http://.' },
  ],
};

export const EDITIONS_TABLE: TableSpec = {
  file: 'editions.csv',
  title: 'Udgaver',
  description: 'Én række pr. udgivet barometermåling: datoen, hvor barometret blev udgivet, med titel og note. Sitet genskaber tallene, som de stod den dag, fra git.',
  primaryKey: ['date'],
  foreignKeys: [],
  /** The file may be missing: a site with no declared edition (a new repository, the benchmark corpus). */
  optionalFile: true,
  columns: [
    { name: 'date', type: 'date', required: true, pattern: DATE_PATTERN, example: '2026-12-01',
      description: 'Dagen, udgaven blev udgivet (ÅÅÅÅ-MM-DD). Tallene er dem, der lå på sitet ved dagens slutning (dansk tid). Må ikke ligge efter i dag, og hver dag kun én gang. Bliver adressen /udgaver/<dato>/ og må ikke ændres, når udgaven er udgivet.' },
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title, example: 'Barometermåling december 2026',
      description: 'Udgavens titel, som den vises på sitet og i citater.' },
    { name: 'note', type: 'text', required: false, maxLength: TEXT_LIMITS.note, example: 'Forelagt Beskæftigelses- og Integrationsudvalget.',
      description: 'Kort note om udgaven, fx hvem den blev forelagt, eller hvad der var nyt. Vises på udgavens side.' },
  ],
};

/** What a letter reference may be, for the dictionary and the messages. */
export const LETTER_REFERENCE = 'et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters';

export const GOALS_TABLE: TableSpec = {
  file: 'goals.csv',
  title: 'Forvaltningernes mål',
  description: 'Én række pr. mål: forvaltningernes resultatkrav og aktivitetsmål for integrationsindsatsen pr. budgetår, med forvaltningens egen status.',
  primaryKey: ['id'],
  foreignKeys: [{ column: 'indicator', table: 'indicators.csv', tableColumn: 'id' }],
  optionalFile: true,
  columns: [
    { name: 'id', type: 'id', required: true, pattern: ID_PATTERN, example: 'bif-2008-danskuddannelse',
      description: 'Målets faste id: små bogstaver a-z, tal og bindestreger (ingen æ, ø, å). Bruges i adressen /forvaltninger/<forvaltning>/<id>/ og må ikke ændres, når målet er udgivet.' },
    { name: 'administration', type: 'enum', required: true, allowed: ADMINISTRATION_ABBRS, example: 'BUF',
      description: 'Forvaltningen, der har sat målet, skrevet med forkortelsen fra registret over udvalg og forvaltninger.' },
    { name: 'budget_year', type: 'year', required: true, example: '2008',
      description: 'Budgetåret, målet er sat for: et år med fire cifre. Højst næste år (budgettet, der forhandles nu).' },
    { name: 'kind', type: 'enum', required: true, allowed: GOAL_KIND_IDS, example: 'resultatkrav',
      description: '"resultatkrav" (den virkning, indsatsen skal have for borgerne) eller "aktivitetsmål" (det, forvaltningen selv gør).' },
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title, example: 'Flere tosprogede børn får en sprogvurdering',
      description: 'Målet i én kort sætning, som det vises på sitet.' },
    { name: 'description', type: 'text', required: true, maxLength: TEXT_LIMITS.note, example: 'Alle tosprogede treårige i kommunens dagtilbud får en sprogvurdering.',
      description: 'Målet, som forvaltningen har formuleret det i budgettet.' },
    { name: 'area', type: 'enum', required: true, allowed: AREA_IDS, example: 'uddannelse',
      description: 'Indsatsområdet, målet hører til. Målet vises på områdets side.' },
    { name: 'indicator', type: 'indicator', required: false, pattern: ID_PATTERN, example: 'uddannelse-ungdomsuddannelse-forventet',
      description: 'En indikator fra indicators.csv, som målet kan følges på; den skal høre til samme område som målet. Målet vises på indikatorens side. Tom: målet følges ikke af en indikator.' },
    { name: 'target', type: 'number', required: false, example: '85',
      description: 'Talmålet. Med en indikator er det i indikatorens enhed og skal være muligt for den (fx højst 100 pct.); uden indikator i enheden i target_unit. Tom: målet har intet tal.' },
    { name: 'target_unit', type: 'text', required: false, maxLength: TEXT_LIMITS.label, example: 'sprogvurderinger',
      description: 'Enheden for et talmål uden indikator, fx "forløb" eller "deltagere". Tom, når målet har en indikator: så gælder indikatorens enhed.' },
    { name: 'status', type: 'enum', required: true, allowed: GOAL_STATUS_IDS, example: 'delvist opfyldt',
      description: 'Forvaltningens status for målet. "ikke vurderet", indtil forvaltningen har gjort status, og altid for et budgetår, der ikke er begyndt.' },
    { name: 'status_text', type: 'text', required: false, maxLength: TEXT_LIMITS.note, example: '1.850 af 2.100 tosprogede treårige er sprogvurderet.',
      description: 'Forvaltningens egen statustekst, med dens ord. Skal udfyldes, når status er "opfyldt", "delvist opfyldt" eller "ikke opfyldt".' },
    { name: 'realistic', type: 'boolean', required: false, allowed: booleans, example: 'ja',
      description: 'Om forvaltningen vurderer målet som realistisk: "ja" eller "nej". Tom: forvaltningen har ikke vurderet det.' },
    { name: 'initiatives', type: 'text', required: false, maxLength: TEXT_LIMITS.note, example: 'Flere sprogpædagoger i de bydele, hvor flest børn endnu ikke er vurderet.',
      description: 'De initiativer, forvaltningen mener, der er brug for, for at nå målet.' },
    { name: 'source_document', type: 'letter', required: true, example: '2006-742',
      description: 'Dokumentet, målet stammer fra: et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters (har flere breve samme sagsnummer: brevets filnavn). Målet vises på brevets side.' },
    { name: 'illustrative', type: 'boolean', required: true, allowed: booleans, example: 'nej',
      description: '"ja" hvis målet er opdigtede eksempeldata og ikke et rigtigt mål; det vises så med mærket «Eksempeldata» på hver side. "nej" for rigtige mål.' },
  ],
};

export const SPENDING_TABLE: TableSpec = {
  file: 'spending.csv',
  title: 'Integrationsudgifter',
  description: 'Én række pr. forvaltning × budgetår × formål: hvad forvaltningen bruger på den særlige integrationsindsats.',
  primaryKey: ['administration', 'budget_year', 'covers'],
  foreignKeys: [],
  optionalFile: true,
  columns: [
    { name: 'administration', type: 'enum', required: true, allowed: ADMINISTRATION_ABBRS, example: 'BUF',
      description: 'Forvaltningen, der bruger pengene, skrevet med forkortelsen fra registret over udvalg og forvaltninger.' },
    { name: 'budget_year', type: 'year', required: true, example: '2008',
      description: 'Budgetåret, beløbet gælder: et år med fire cifre. Højst næste år.' },
    { name: 'amount', type: 'number', required: true, minimum: 0, maximum: 100_000_000_000, maximumNote: '100 mia. kr.', wholeUnit: 'kroner', example: '2500000',
      description: 'Beløbet i hele kroner (ikke tusinder eller millioner, og uden øre) og uden tusindtalsadskiller, i budgetårets priser. 0 eller mere og højst 100000000000 (100 mia. kr.).' },
    { name: 'covers', type: 'text', required: true, maxLength: TEXT_LIMITS.source, example: 'Sprogstimulering af tosprogede småbørn',
      description: 'Hvad beløbet dækker: indsatsen eller budgetposten. En forvaltning kan have flere rækker for samme år; sitet lægger dem sammen.' },
    { name: 'source', type: 'text', required: true, maxLength: TEXT_LIMITS.source, example: 'Budget 2008, Børne- og Ungdomsudvalget, integrationsafsnittet',
      description: `Kilden til beløbet, fx budgettet eller forvaltningens redegørelse. For eksempeldata præcis "${ILLUSTRATIVE_SOURCE}".` },
    { name: 'source_document', type: 'letter', required: false, example: '2006-742',
      description: 'Et brev i arkivet, beløbet stammer fra: et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters (har flere breve samme sagsnummer: brevets filnavn). Beløbet vises så på brevets side. Tom: kun source.' },
    { name: 'illustrative', type: 'boolean', required: true, allowed: booleans, example: 'nej',
      description: '"ja" hvis beløbet er opdigtede eksempeldata; det vises så med mærket «Eksempeldata». "nej" for rigtige beløb.' },
  ],
};

export const CSV_TABLES: readonly TableSpec[] = [INDICATORS_TABLE, MEASUREMENTS_TABLE, EDITIONS_TABLE, GOALS_TABLE, SPENDING_TABLE];

export function columnSpec(table: TableSpec, name: string): ColumnSpec {
  const col = table.columns.find((c) => c.name === name);
  if (!col) throw new Error(`No column ${name} in ${table.file}`);
  return col;
}
