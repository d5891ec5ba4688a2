/**
 * How much of what a page shows is invented example data, and what its banner says about it. The
 * banner may only say »Nogle af tallene« when some figures are real; when every figure on the page
 * comes from example rows it says so (»Alle tallene«). Pages pass the illustrative flags of the rows
 * their figures are made from, so the wording follows the data as an editor replaces examples.
 */
import { illustrativeCopy } from './copy/illustrative.ts';

/** How many of the rows behind a page, chart or figure are example data. */
export type ExampleShare = 'all' | 'some' | 'none';

/** 'all' when every flag is set, 'some' when only some are, 'none' when none are (or there are none). */
export function exampleShare(flags: Iterable<boolean>): ExampleShare {
  let examples = 0;
  let real = 0;
  for (const f of flags) {
    if (f) examples += 1;
    else real += 1;
  }
  return examples === 0 ? 'none' : real === 0 ? 'all' : 'some';
}

/**
 * The banner's text after the bold mark, or undefined for no banner. `true` is the older boolean
 * prop: the page shows some example figures and does not say whether all are.
 */
export function illustrativeBanner(illustrative: boolean | ExampleShare | undefined): string | undefined {
  if (illustrative === 'all') return illustrativeCopy.bannerAll;
  if (illustrative === true || illustrative === 'some') return illustrativeCopy.bannerBody;
  return undefined;
}
