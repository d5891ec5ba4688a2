/**
 * The site's Danish words, in one typed catalogue. Each section has its own file; pages, components
 * and lib modules import from here. Prose of whole pages (/om/, /tilgaengelighed/) is Markdown in
 * content/pages/, where editors change it.
 *
 * What belongs here: every word a visitor reads or hears – labels, headings, sentences, the words in
 * feeds, downloads and descriptions, and the labels of registry ids (»Skønnet« for `skønnet`).
 * What stays where it is, because it is data or speaks to editors, not visitors:
 * - names: organisations and municipalities (registry/), the six policy areas, the publisher;
 * - formats and vocabularies: the Danish month names (format/period.ts), the search's compound
 *   lexicon, and the values an editor types in CSV (`højere`, `skønnet`, `ikke opfyldt`);
 * - messages to editors: the validators (data/rules/, goals/rules/, csv-schema.ts descriptions,
 *   content-schemas.ts, content-policy/, the attachment and editions checks) and errors thrown at
 *   developers.
 * test/unit/copy-catalogue-lib.test.ts reads every string literal of src/lib and fails on Danish
 * visitor text outside this folder; its allow-list names each exception above.
 */
import { archiveCopy, CONFERENCE_STATUS_TEXT, LETTER_TEXT } from './archive.ts';
import { chartCopy } from './chart.ts';
import { EMBED_TEXT } from './embed.ts';
import { figureWords } from './figure.ts';
import { HISTORY_TEXT } from './history.ts';
import { goalCopy, SPENDING_TEXT } from './goals.ts';
import { ATTACHMENT_KIND_LABEL, attachmentCopy } from './attachments.ts';
import { CITE_TEXT, DATES_TEXT, EDITION_TEXT, EMBED_CHOICE_TEXT, FEED_TEXT, HISTORY_TABLE_TEXT } from './editions.ts';
import { illustrativeCopy } from './illustrative.ts';
import { comparisonWords, factWords, traceWords } from './indicator.ts';
import {
  aboutPageCopy,
  areaPageCopy,
  areasPageCopy,
  homeCopy,
  indicatorPageCopy,
  indicatorsPageCopy,
  notFoundCopy,
  openDataCopy,
} from './pages.ts';
import { OPEN_DATA_TEXT } from './open-data.ts';
import { PERIOD_TEXT } from './period.ts';
import { COVERAGE_TEXT, FLAG_TEXT, GOAL_KIND_TEXT, GOAL_STATUS_TEXT, MILLION_KRONER_TEXT, UNIT_TEXT } from './registry.ts';
import { searchCopy } from './search.ts';
import { SITE_MAP_TEXT } from './site-map.ts';
import { da } from './site.ts';
import { COLOUR_NAME, MOVEMENT_LABEL, OUTCOME_LABEL, RULE_CONDITION, RULE_LABEL, RULE_SUMMARY, TREND_LABEL, TREND_TEXT } from './status.ts';

export {
  ATTACHMENT_KIND_LABEL,
  CONFERENCE_STATUS_TEXT,
  COVERAGE_TEXT,
  FLAG_TEXT,
  GOAL_KIND_TEXT,
  GOAL_STATUS_TEXT,
  LETTER_TEXT,
  MILLION_KRONER_TEXT,
  OPEN_DATA_TEXT,
  PERIOD_TEXT,
  RULE_SUMMARY,
  SITE_MAP_TEXT,
  SPENDING_TEXT,
  UNIT_TEXT,
  goalCopy,
  attachmentCopy,
  CITE_TEXT,
  DATES_TEXT,
  EDITION_TEXT,
  EMBED_CHOICE_TEXT,
  FEED_TEXT,
  HISTORY_TABLE_TEXT,
  comparisonWords,
  factWords,
  traceWords,
  aboutPageCopy,
  areaPageCopy,
  areasPageCopy,
  homeCopy,
  indicatorPageCopy,
  indicatorsPageCopy,
  notFoundCopy,
  openDataCopy,
  archiveCopy,
  chartCopy,
  EMBED_TEXT,
  figureWords,
  HISTORY_TEXT,
  illustrativeCopy,
  searchCopy,
  da,
  COLOUR_NAME,
  MOVEMENT_LABEL,
  OUTCOME_LABEL,
  RULE_CONDITION,
  RULE_LABEL,
  TREND_LABEL,
  TREND_TEXT,
};

export const copy = {
  site: da,
  archive: archiveCopy,
  letter: LETTER_TEXT,
  conferenceStatus: CONFERENCE_STATUS_TEXT,
  search: searchCopy,
  figure: figureWords,
  chart: chartCopy,
  embed: EMBED_TEXT,
  illustrative: illustrativeCopy,
  history: HISTORY_TEXT,
  goals: goalCopy,
  spending: SPENDING_TEXT,
  openData: OPEN_DATA_TEXT,
  period: PERIOD_TEXT,
  registry: {
    flag: FLAG_TEXT,
    goalKind: GOAL_KIND_TEXT,
    goalStatus: GOAL_STATUS_TEXT,
    coverage: COVERAGE_TEXT,
    unit: UNIT_TEXT,
    millionKroner: MILLION_KRONER_TEXT,
  },
  attachments: attachmentCopy,
  attachmentKinds: ATTACHMENT_KIND_LABEL,
  editions: {
    edition: EDITION_TEXT,
    historyTable: HISTORY_TABLE_TEXT,
    dates: DATES_TEXT,
    cite: CITE_TEXT,
    embedChoice: EMBED_CHOICE_TEXT,
    feed: FEED_TEXT,
  },
  indicator: { trace: traceWords, facts: factWords, comparison: comparisonWords },
  pages: {
    about: aboutPageCopy,
    home: homeCopy,
    areas: areasPageCopy,
    area: areaPageCopy,
    indicator: indicatorPageCopy,
    indicators: indicatorsPageCopy,
    notFound: notFoundCopy,
    openData: openDataCopy,
    siteMap: SITE_MAP_TEXT,
  },
  status: {
    outcome: OUTCOME_LABEL,
    colour: COLOUR_NAME,
    trend: TREND_LABEL,
    rule: RULE_LABEL,
    condition: RULE_CONDITION,
    movement: MOVEMENT_LABEL,
    trendText: TREND_TEXT,
    ruleSummary: RULE_SUMMARY,
  },
} as const;

export type Copy = typeof copy;
