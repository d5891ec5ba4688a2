/** The barometer's own files: the indicators, their measurements and the published editions. */
import { AREA_IDS } from '../../registry/areas.ts';
import { UNIT_IDS } from '../../registry/units.ts';
import { COVERAGE_IDS } from '../../registry/coverage.ts';
import { FLAG_IDS } from '../../registry/flags.ts';
import { MUNICIPALITIES, MUNICIPALITY_CODES } from '../../registry/municipalities.ts';
import type { TableSpec } from './columns.ts';
import {
  BOOLEAN_VALUES,
  DATE_PATTERN,
  DIRECTION_VALUES,
  EXPECTED_DATE_PATTERN,
  ID_PATTERN,
  ILLUSTRATIVE_SOURCE,
  PERIOD_PATTERN,
  TEXT_LIMITS,
} from './values.ts';

const directions = Object.keys(DIRECTION_VALUES);
const booleans = Object.keys(BOOLEAN_VALUES);

export const INDICATORS_TABLE: TableSpec = {
  file: 'indicators.csv',
  title: 'Indikatorer',
  description: 'Én række pr. indikator: hvad der måles, i hvilket område, og hvad der er godt.',
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    {
      name: 'id',
      type: 'id',
      required: true,
      pattern: ID_PATTERN,
      example: 'beskaeftigelsesfrekvens-16-64',
      description:
        'Indikatorens faste id: små bogstaver a-z, tal og bindestreger (ingen æ, ø, å). Bruges i adressen /indikatorer/<id>/ og må ikke ændres, når den er udgivet.',
    },
    {
      name: 'area',
      type: 'enum',
      required: true,
      allowed: AREA_IDS,
      example: 'beskaeftigelse',
      description: 'Indsatsområdet, indikatoren hører til.',
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.title,
      example: 'Beskæftigelsesfrekvens for 16–64-årige',
      description: 'Indikatorens navn, som det vises på sitet.',
    },
    {
      name: 'definition',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.note,
      example: 'Andelen af 16–64-årige, der er i beskæftigelse.',
      description: 'Hvad der måles, for hvem.',
    },
    {
      name: 'unit',
      type: 'enum',
      required: true,
      allowed: UNIT_IDS,
      example: 'pct',
      description:
        'Enheden. Værdier uden for enhedens grænser afvises (pct og procentpoint: højst 100; pct, antal og indeks: ikke negative).',
    },
    {
      name: 'direction',
      type: 'enum',
      required: true,
      allowed: directions,
      example: 'højere',
      description: 'Den gode retning: "højere" hvis en stigning er god, "lavere" hvis et fald er godt.',
    },
    {
      name: 'main',
      type: 'boolean',
      required: true,
      allowed: booleans,
      example: 'nej',
      description:
        'Hovedindikator for området: "ja" eller "nej". Hvert område har præcis én hovedindikator; områdets status er dens status.',
    },
    {
      name: 'main_label',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.label,
      example: 'København',
      description: 'Navn på hovedserien (målingerne med tom breakdown) i grafer og tabeller, fx "København". Tom: "I alt".',
    },
    {
      name: 'baseline_period',
      type: 'period',
      required: false,
      pattern: PERIOD_PATTERN,
      example: '2014',
      description:
        'Basisperioden, som udviklingen måles fra. Skal have en måling af hovedserien i measurements.csv. Tom: ingen status (hvid).',
    },
    {
      name: 'baseline_value',
      type: 'number',
      required: false,
      example: '70,0',
      description:
        'Værdien i basisperioden. Kan stå tom; så bruges hovedseriens måling for basisperioden. Udfyldt skal den være lig med den måling.',
    },
    {
      name: 'target_period',
      type: 'period',
      required: false,
      pattern: PERIOD_PATTERN,
      example: '2026',
      description:
        'Perioden, hvor målet skal være nået. Kræver en baseline og skal ligge efter basisperioden. Tom: status vurderes kun på retningen.',
    },
    {
      name: 'target_value',
      type: 'number',
      required: false,
      example: '75,0',
      description: 'Målet. Udfyldes sammen med target_period og skal ligge i den gode retning fra baseline.',
    },
    {
      name: 'tolerance',
      type: 'number',
      required: true,
      example: '0,5',
      description: 'Ændringer på højst så meget (i indikatorens enhed) tæller som stilstand. 0 eller mere.',
    },
    {
      name: 'source',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.source,
      example: 'Danmarks Statistik, RAS200 (udtræk)',
      description: `Kilden til tallene. For illustrative indikatorer præcis "${ILLUSTRATIVE_SOURCE}".`,
    },
    {
      name: 'source_url',
      type: 'url',
      required: false,
      maxLength: TEXT_LIMITS.address,
      example: 'https://www.statistikbanken.dk/RAS200',
      description: 'Adresse på kilden, der begynder med https:// eller http://. Tom for illustrative indikatorer.',
    },
    {
      name: 'method',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.method,
      example: 'Tallene er trukket fra RAS200 for kommunekode 101.',
      description: 'Hvordan tallene er fremkommet, og forbehold (databrud, afrundinger).',
    },
    {
      name: 'illustrative',
      type: 'boolean',
      required: true,
      allowed: booleans,
      example: 'nej',
      description:
        '"ja" hvis serien er opdigtede eksempeldata uden en rigtig kilde; den vises så med et tydeligt mærke. "nej" for rigtige tal.',
    },
    {
      name: 'coverage',
      type: 'enum',
      required: true,
      optionalInHeader: true,
      allowed: COVERAGE_IDS,
      example: 'alle københavnere',
      description:
        'Hvem tallene dækker, med de ord sitet viser ved kort, grafer, tabeller og downloads: "alle københavnere", hvis tallene ikke er opdelt efter oprindelse, ellers den gruppe, de gælder.',
    },
    {
      name: 'baseline_note',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.note,
      optionalInHeader: true,
      example: 'Politikkens basisår 2014 findes ikke i serien; 2013 er den nærmeste måling.',
      description:
        'Hvorfor basisåret er valgt, når det ikke er integrationspolitikkens basisår 2014. Vises ved basis på indikatorens side.',
    },
    {
      name: 'next_update',
      type: 'expected-date',
      required: false,
      optionalInHeader: true,
      pattern: EXPECTED_DATE_PATTERN,
      example: '2027-03',
      description:
        'Hvornår kilden forventes at offentliggøre nye tal: en dag (ÅÅÅÅ-MM-DD), en måned (ÅÅÅÅ-MM) eller et år (ÅÅÅÅ), så præcist som kildens udgivelsesplan siger. Vises som «Næste opdatering forventes» på indikatorens side. Tom: intet vises (udgivelsesplanen kendes ikke).',
    },
    {
      name: 'unit_noun',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.label,
      optionalInHeader: true,
      example: 'område/områder',
      description:
        'Kun for enheden antal, og udfyld den altid der: hvad tallet tæller, i ental og flertal adskilt af en skråstreg, fx "område/områder". Sitet skriver så «1 område» og «0 områder» og kalder enheden «antal områder»; uden den står et antal som et tal uden ord. Tom for andre enheder.',
    },
  ],
};

export const MEASUREMENTS_TABLE: TableSpec = {
  file: 'measurements.csv',
  title: 'Målinger',
  description: 'Én række pr. indikator × periode × opdeling (langt format).',
  primaryKey: ['indicator', 'period', 'breakdown'],
  foreignKeys: [{ column: 'indicator', table: 'indicators.csv', tableColumn: 'id' }],
  columns: [
    {
      name: 'indicator',
      type: 'indicator',
      required: true,
      pattern: ID_PATTERN,
      example: 'beskaeftigelsesfrekvens-16-64',
      description: 'Id på en indikator i indicators.csv.',
    },
    {
      name: 'period',
      type: 'period',
      required: true,
      pattern: PERIOD_PATTERN,
      example: '2014',
      description:
        'Perioden: et år (ÅÅÅÅ, fx 2014), et kvartal (ÅÅÅÅK1–ÅÅÅÅK4) eller en måned (ÅÅÅÅ-MM, hvor MM er månedens nummer). Én indikator bruger én slags periode.',
    },
    {
      name: 'breakdown',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.label,
      example: 'Hele landet',
      description: 'Tom for hovedserien (den, status beregnes på). Ellers navnet på opdelingen, fx "Hele landet", "Kvinder" eller "Mænd".',
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      example: '70,0',
      description: 'Den målte værdi i indikatorens enhed, med decimalkomma (fx 12,5) og uden tusindtalsadskiller.',
    },
    {
      name: 'source',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.source,
      example: 'Danmarks Statistik, RAS200 (udtræk)',
      description: `Kilden til netop denne værdi. For illustrative indikatorer præcis "${ILLUSTRATIVE_SOURCE}".`,
    },
    {
      name: 'note',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.note,
      example: 'Springet fra 2020 til 2021 kan være et databrud.',
      description:
        'Bemærkning til værdien, fx om den er beregnet eller om et databrud. Vises som fodnote i tabellen. Skal udfyldes ved flag "brud i serien" og "skønnet".',
    },
    {
      name: 'geo',
      type: 'enum',
      required: false,
      optionalInHeader: true,
      allowed: MUNICIPALITY_CODES,
      example: '101',
      description: `Kommunekoden for den kommune (eller hele landet), rækken gælder: ${MUNICIPALITIES.map((m) => `${m.code} ${m.name}`).join(', ')}. Med en kode skal breakdown være tom (hovedserien) eller kommunens navn. Serier for flere byer vises i sammenligningen med de andre storbyer.`,
    },
    {
      name: 'flag',
      type: 'enum',
      required: false,
      optionalInHeader: true,
      allowed: FLAG_IDS,
      example: 'foreløbig',
      description:
        'Markering af værdien: "foreløbig", "revideret", "brud i serien" (opgjort anderledes end tallene før) eller "skønnet" (beregnet, udledt eller omstridt). Tom: et almindeligt tal. Vises i grafen, som fodnote i tabellen og i downloads.',
    },
    {
      name: 'source_url',
      type: 'url',
      required: false,
      maxLength: TEXT_LIMITS.address,
      optionalInHeader: true,
      example: 'https://www.statistikbanken.dk/RAS200',
      description:
        'Hvor netop denne værdi er læst (tabel, rapport, referat eller artikel), som en adresse, der begynder med https:// eller http://.',
    },
  ],
};

export const EDITIONS_TABLE: TableSpec = {
  file: 'editions.csv',
  title: 'Udgaver',
  description:
    'Én række pr. udgivet barometermåling: datoen, hvor barometret blev udgivet, med titel og note. Sitet genskaber tallene, som de stod den dag, fra git.',
  primaryKey: ['date'],
  foreignKeys: [],
  /** The file may be missing: a site with no declared edition (a new repository, the benchmark corpus). */
  optionalFile: true,
  columns: [
    {
      name: 'date',
      type: 'date',
      required: true,
      pattern: DATE_PATTERN,
      example: '2026-12-01',
      description:
        'Dagen, udgaven blev udgivet (ÅÅÅÅ-MM-DD). Tallene er dem, der lå på sitet ved dagens slutning (dansk tid). Må ikke ligge efter i dag, og hver dag kun én gang. Bliver adressen /udgaver/<dato>/ og må ikke ændres, når udgaven er udgivet.',
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.title,
      example: 'Barometermåling december 2026',
      description: 'Udgavens titel, som den vises på sitet og i citater.',
    },
    {
      name: 'note',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.note,
      example: 'Forelagt Beskæftigelses- og Integrationsudvalget.',
      description: 'Kort note om udgaven, fx hvem den blev forelagt, eller hvad der var nyt. Vises på udgavens side.',
    },
  ],
};
