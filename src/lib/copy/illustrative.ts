/**
 * The mark on invented example figures and ideas. Typed once: every page, card, chart file, feed
 * entry and table caption that flags example data takes its words from here.
 */
const MARK = 'Eksempeldata';

export const illustrativeCopy = {
  /** »Eksempeldata«, the visible mark. */
  mark: MARK,
  /** In running text and captions: »…, eksempeldata«. */
  inline: MARK.toLowerCase(),
  /** The page banner after the bold mark. */
  bannerBody: `Nogle af tallene på denne side er illustrative og ikke rigtige målinger. De er markeret med »${MARK}«.`,
  /** The page banner when every figure on the page is an example (src/lib/example-share.ts). */
  bannerAll: `Alle tallene på denne side er illustrative og ikke rigtige målinger. De er markeret med »${MARK}«.`,
  /** Printed under the title of a standalone chart file. */
  chartNote: `${MARK} – ikke rigtige målinger`,
  /** Ends the description of the archive's table when some letters are examples. */
  lettersNote: `${MARK} – nogle dokumenter er opdigtede eksempler (kolonnen illustrative)`,
  /** Ends a feed entry about an example figure. */
  feedNote: `${MARK}: ikke en rigtig måling.`,
  ideas: `Idéer markeret »${MARK}« er skrevet for at vise, hvordan idékataloger vises. De stammer ikke fra et rigtigt idékatalog.`,
} as const;
