/** The barometer's indicators: what is measured, in which area, and what is good. */
import { AREA_IDS } from '../../registry/areas.ts';
import { UNIT_IDS } from '../../registry/units.ts';
import { COVERAGE_IDS } from '../../registry/coverage.ts';
import type { TableSpec } from './columns.ts';
import {
  BOOLEAN_VALUES,
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
      description: 'Den gode retning: »højere« hvis en stigning er god, »lavere« hvis et fald er godt.',
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
      description: 'Navn på hovedserien (målingerne med tom breakdown) i grafer og tabeller, fx »København«. Tom: »I alt«.',
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
        'Hvornår kilden forventes at offentliggøre nye tal: en dag (ÅÅÅÅ-MM-DD), en måned (ÅÅÅÅ-MM) eller et år (ÅÅÅÅ), så præcist som kildens udgivelsesplan siger. Vises som »Næste opdatering forventes« på indikatorens side. Tom: intet vises (udgivelsesplanen kendes ikke).',
    },
    {
      name: 'unit_noun',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.label,
      optionalInHeader: true,
      example: 'område/områder',
      description:
        'Kun for enheden antal, og udfyld den altid der: hvad tallet tæller, i ental og flertal adskilt af en skråstreg, fx "område/områder". Sitet skriver så »1 område« og »0 områder« og kalder enheden »antal områder«; uden den står et antal som et tal uden ord. Tom for andre enheder.',
    },
  ],
};
