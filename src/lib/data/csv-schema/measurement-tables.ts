/** The barometer's measurements and its published editions. */
import { FLAG_IDS } from '../../registry/flags.ts';
import { MUNICIPALITIES, MUNICIPALITY_CODES } from '../../registry/municipalities.ts';
import type { TableSpec } from './columns.ts';
import { DATE_PATTERN, ID_PATTERN, ILLUSTRATIVE_SOURCE, PERIOD_PATTERN, TEXT_LIMITS } from './values.ts';

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
      description: 'Tom for hovedserien (den, status beregnes på). Ellers navnet på opdelingen, fx »Hele landet«, »Kvinder« eller »Mænd«.',
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
