/** The administrations' files: their goals and their spending on the integration effort. */
import { AREA_IDS } from '../../registry/areas.ts';
import { ADMINISTRATION_ABBRS } from '../../registry/organisations.ts';
import { GOAL_KIND_IDS } from '../../registry/goal-kinds.ts';
import { GOAL_STATUS_IDS } from '../../registry/goal-statuses.ts';
import type { TableSpec } from './columns.ts';
import { BOOLEAN_VALUES, ID_PATTERN, ILLUSTRATIVE_SOURCE, TEXT_LIMITS } from './values.ts';

const booleans = Object.keys(BOOLEAN_VALUES);

export const GOALS_TABLE: TableSpec = {
  file: 'goals.csv',
  title: 'Forvaltningernes mål',
  description:
    'Én række pr. mål: forvaltningernes resultatkrav og aktivitetsmål for integrationsindsatsen pr. budgetår, med forvaltningens egen status. En række med illustrative = ja er et opdigtet eksempelmål: dets status er opdigtet sammen med det.',
  primaryKey: ['id'],
  foreignKeys: [{ column: 'indicator', table: 'indicators.csv', tableColumn: 'id' }],
  optionalFile: true,
  columns: [
    {
      name: 'id',
      type: 'id',
      required: true,
      pattern: ID_PATTERN,
      example: 'bif-2008-danskuddannelse',
      description:
        'Målets faste id: små bogstaver a-z, tal og bindestreger (ingen æ, ø, å). Bruges i adressen /forvaltninger/<forvaltning>/<id>/ og må ikke ændres, når målet er udgivet.',
    },
    {
      name: 'administration',
      type: 'enum',
      required: true,
      allowed: ADMINISTRATION_ABBRS,
      example: 'BUF',
      description: 'Forvaltningen, der har sat målet, skrevet med forkortelsen fra registret over udvalg og forvaltninger.',
    },
    {
      name: 'budget_year',
      type: 'year',
      required: true,
      example: '2008',
      description: 'Budgetåret, målet er sat for: et år med fire cifre. Højst næste år (budgettet, der forhandles nu).',
    },
    {
      name: 'kind',
      type: 'enum',
      required: true,
      allowed: GOAL_KIND_IDS,
      example: 'resultatkrav',
      description: '»resultatkrav« (den virkning, indsatsen skal have for borgerne) eller »aktivitetsmål« (det, forvaltningen selv gør).',
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.title,
      example: 'Flere tosprogede børn får en sprogvurdering',
      description: 'Målet i én kort sætning, som det vises på sitet.',
    },
    {
      name: 'description',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.note,
      example: 'Alle tosprogede treårige i kommunens dagtilbud får en sprogvurdering.',
      description: 'Målet, som forvaltningen har formuleret det i budgettet.',
    },
    {
      name: 'area',
      type: 'enum',
      required: true,
      allowed: AREA_IDS,
      example: 'uddannelse',
      description: 'Indsatsområdet, målet hører til. Målet vises på områdets side.',
    },
    {
      name: 'indicator',
      type: 'indicator',
      required: false,
      pattern: ID_PATTERN,
      example: 'uddannelse-ungdomsuddannelse-forventet',
      description:
        'En indikator fra indicators.csv, som målet kan følges på; den skal høre til samme område som målet. Målet vises på indikatorens side. Tom: målet følges ikke af en indikator.',
    },
    {
      name: 'target',
      type: 'number',
      required: false,
      example: '85',
      description:
        'Talmålet. Med en indikator er det i indikatorens enhed og skal være muligt for den (fx højst 100 pct.); uden indikator i enheden i target_unit. Tom: målet har intet tal.',
    },
    {
      name: 'target_unit',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.label,
      example: 'sprogvurderinger',
      description:
        'Enheden for et talmål uden indikator, fx "forløb" eller "deltagere". Tom, når målet har en indikator: så gælder indikatorens enhed.',
    },
    {
      name: 'status',
      type: 'enum',
      required: true,
      allowed: GOAL_STATUS_IDS,
      example: 'delvist opfyldt',
      description:
        'Forvaltningens status for målet. "ikke vurderet", indtil forvaltningen har gjort status, og altid for et budgetår, der ikke er begyndt.',
    },
    {
      name: 'status_text',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.note,
      example: '1.850 af 2.100 tosprogede treårige er sprogvurderet.',
      description:
        'Forvaltningens egen statustekst, med dens ord (for et eksempelmål opdigtet). Skal udfyldes, når status er "opfyldt", "delvist opfyldt" eller "ikke opfyldt".',
    },
    {
      name: 'realistic',
      type: 'boolean',
      required: false,
      allowed: booleans,
      example: 'ja',
      description: 'Om forvaltningen vurderer målet som realistisk: »ja« eller »nej«. Tom: forvaltningen har ikke vurderet det.',
    },
    {
      name: 'initiatives',
      type: 'text',
      required: false,
      maxLength: TEXT_LIMITS.note,
      example: 'Flere sprogpædagoger i de bydele, hvor flest børn endnu ikke er vurderet.',
      description: 'De initiativer, forvaltningen mener, der er brug for, for at nå målet.',
    },
    {
      name: 'source_document',
      type: 'letter',
      required: true,
      example: '2006-742',
      description:
        'Dokumentet, målet stammer fra: et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters (har flere breve samme sagsnummer: brevets filnavn). Målet vises på brevets side.',
    },
    {
      name: 'illustrative',
      type: 'boolean',
      required: true,
      allowed: booleans,
      example: 'nej',
      description:
        '"ja" hvis målet er opdigtede eksempeldata og ikke et rigtigt mål; det vises så med mærket »Eksempeldata« på hver side. "nej" for rigtige mål.',
    },
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
    {
      name: 'administration',
      type: 'enum',
      required: true,
      allowed: ADMINISTRATION_ABBRS,
      example: 'BUF',
      description: 'Forvaltningen, der bruger pengene, skrevet med forkortelsen fra registret over udvalg og forvaltninger.',
    },
    {
      name: 'budget_year',
      type: 'year',
      required: true,
      example: '2008',
      description: 'Budgetåret, beløbet gælder: et år med fire cifre. Højst næste år.',
    },
    {
      name: 'amount',
      type: 'number',
      required: true,
      minimum: 0,
      maximum: 100_000_000_000,
      maximumNote: '100 mia. kr.',
      wholeUnit: 'kroner',
      example: '2500000',
      description:
        'Beløbet i hele kroner (ikke tusinder eller millioner, og uden øre) og uden tusindtalsadskiller, i budgetårets priser. 0 eller mere og højst 100 mia. kr. (skrives 100000000000).',
    },
    {
      name: 'covers',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.source,
      example: 'Sprogstimulering af tosprogede småbørn',
      description:
        'Hvad beløbet dækker: indsatsen eller budgetposten. En forvaltning kan have flere rækker for samme år; sitet lægger dem sammen.',
    },
    {
      name: 'source',
      type: 'text',
      required: true,
      maxLength: TEXT_LIMITS.source,
      example: 'Budget 2008, Børne- og Ungdomsudvalget, integrationsafsnittet',
      description: `Kilden til beløbet, fx budgettet eller forvaltningens redegørelse. For eksempeldata præcis "${ILLUSTRATIVE_SOURCE}".`,
    },
    {
      name: 'source_document',
      type: 'letter',
      required: false,
      example: '2006-742',
      description:
        'Et brev i arkivet, beløbet stammer fra: et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters (har flere breve samme sagsnummer: brevets filnavn). Beløbet vises så på brevets side. Tom: kun source.',
    },
    {
      name: 'illustrative',
      type: 'boolean',
      required: true,
      allowed: booleans,
      example: 'nej',
      description: '»ja« hvis beløbet er opdigtede eksempeldata; det vises så med mærket »Eksempeldata«. »nej« for rigtige beløb.',
    },
  ],
};
