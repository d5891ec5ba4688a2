/**
 * The site's Danish words, in one typed catalogue. Each section has its own file; pages, components
 * and lib modules import from here. Prose of whole pages (/om/, /tilgaengelighed/) is Markdown in
 * content/pages/, where editors change it.
 */
import { archiveCopy } from './archive.ts';
import { chartCopy } from './chart.ts';
import { EMBED_TEXT } from './embed.ts';
import { figureWords } from './figure.ts';
import { HISTORY_TEXT } from './history.ts';
import { goalCopy, reportCsvColumns } from './goals.ts';
import { attachmentCopy } from './attachments.ts';
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
import { searchCopy } from './search.ts';
import { da } from './site.ts';
import { COLOUR_NAME, MOVEMENT_LABEL, OUTCOME_LABEL, RULE_CONDITION, RULE_LABEL, TREND_LABEL, TREND_TEXT } from './status.ts';

export {
  goalCopy,
  reportCsvColumns,
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
  search: searchCopy,
  figure: figureWords,
  chart: chartCopy,
  embed: EMBED_TEXT,
  illustrative: illustrativeCopy,
  history: HISTORY_TEXT,
  goals: goalCopy,
  attachments: attachmentCopy,
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
  },
  status: {
    outcome: OUTCOME_LABEL,
    colour: COLOUR_NAME,
    trend: TREND_LABEL,
    rule: RULE_LABEL,
    condition: RULE_CONDITION,
    movement: MOVEMENT_LABEL,
    trendText: TREND_TEXT,
  },
} as const;

export type Copy = typeof copy;
