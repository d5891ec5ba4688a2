/**
 * The text notes under the search field (search-view.ts draws them; »Mente du …?« links are drawn
 * there too): a pasted text cut at the field's limit, the æ/ø/å note, a date query's answer,
 * results with only some of the words, and words the search cannot reach. Kept apart from the DOM
 * so the wording, which the live region reads, can be tested.
 */
import { searchCopy as copy } from '../copy/index.ts';
import { OVER_STEMMED_CHECK, type Outcome } from './engine.ts';
import { formatDate, shortQuery } from './format.ts';
import { MAX_QUERY_LENGTH } from './query.ts';
import { monthsLabel } from './month-query.ts';

export type NoteOutcome = Pick<
  Outcome,
  'searched' | 'restoredFrom' | 'buried' | 'someWords' | 'missing' | 'date' | 'dateWords' | 'impossibleDate' | 'months' | 'monthWords'
>;

export interface NoteContext {
  /** The query as typed, spaces evened out. */
  typed: string;
  /** Results shown. */
  found: number;
  /** The field was full: a pasted text was cut. */
  truncated: boolean;
  /** Filters or a date range are set, so a page with the date may be hidden by them. */
  narrowed?: boolean;
}

export interface Note {
  className: string;
  text: string;
}

export function noteTexts(outcome: NoteOutcome | undefined, context: NoteContext): Note[] {
  const items: Note[] = [];
  const add = (className: string, text: string) => items.push({ className, text });
  if (context.truncated) add('ib-search__truncated', copy.truncated(MAX_QUERY_LENGTH));
  if (outcome?.restoredFrom) add('ib-search__restored', copy.restored(outcome.searched, outcome.restoredFrom));
  if (outcome?.impossibleDate) add('ib-search__date-note', copy.dateImpossible(context.typed));
  if (outcome?.date && outcome.dateWords) {
    const [day, words] = [formatDate(outcome.date), shortQuery(outcome.dateWords)];
    const none = context.narrowed ? copy.dateWordsNoneNarrowed(day, words) : copy.dateWordsNone(day, words);
    add('ib-search__date-note', context.found > 0 ? copy.dateWordsFound(day, words) : none);
  } else if (outcome?.date) {
    const day = formatDate(outcome.date);
    // »Ingen dokumenter har datoen …« would be untrue when only the filters hide them.
    const none = context.narrowed ? copy.dateNoneNarrowed(day) : copy.dateNone(day);
    add('ib-search__date-note', context.found > 0 ? copy.dateFound(day) : none);
  }
  if (outcome?.months?.length) {
    const words = outcome.monthWords ? shortQuery(outcome.monthWords) : undefined;
    add('ib-search__date-note', monthNote(monthsLabel(outcome.months), outcome.months.length > 1, words, context));
  }
  if (outcome?.someWords) add('ib-search__some', copy.someWords(shortQuery(context.typed)));
  if (outcome?.missing?.length) add('ib-search__missing', copy.missing(outcome.missing.map((w) => shortQuery(w))));
  for (const b of outcome?.buried ?? []) add('ib-search__buried', copy.buried(b.word, b.pages, b.stem, OVER_STEMMED_CHECK));
  return items;
}

/** What a month query found (month-query.ts); the »none« text names the filters when they may hide the month's pages. */
function monthNote(months: string, several: boolean, words: string | undefined, context: NoteContext): string {
  const m = copy.month;
  if (context.found > 0) return words ? m.wordsFound(months, words, several) : m.found(months, several);
  if (words) return context.narrowed ? m.wordsNoneNarrowed(months, words, several) : m.wordsNone(months, words, several);
  return context.narrowed ? m.noneNarrowed(months, several) : m.none(months, several);
}

/** Whether the results lack some of the query's words (the count says »med nogle af ordene«). */
export function partialMatch(outcome: Pick<Outcome, 'someWords' | 'missing'>): boolean {
  return outcome.someWords === true || (outcome.missing?.length ?? 0) > 0;
}

/**
 * Whether the counts beside the filter choices can be those of the results shown. They are one
 * Pagefind search of `searched`, which needs every word: beside the pages with some of the words
 * (»Jacob Hougaard«) every choice said »(0)« though five results were shown, so none are shown.
 */
export function countsFitResults(outcome: Pick<Outcome, 'someWords' | 'impossibleDate' | 'months'>): boolean {
  // A month query's results are its month's documents and the pages that write it: no one search.
  return !outcome.someWords && !outcome.impossibleDate && !outcome.months;
}
