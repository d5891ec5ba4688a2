/** The draft's file name: "ÅÅÅÅ-MM-DD-kort-titel", ASCII only, as README asks of editors. */
import { isReviewMarker } from '../check/rules/review-markers.ts';
import { asciiSlug } from '../../../src/lib/format/ascii-slug.ts';

export { asciiSlug };

/** Small words a short title can do without. */
const STOP = new Set([
  'og',
  'i',
  'til',
  'af',
  'paa',
  'fra',
  'med',
  'om',
  'en',
  'et',
  'den',
  'det',
  'de',
  'vedroerende',
  'vedr',
  'forbindelse',
]);

export function letterSlug(data: { title?: unknown; date?: unknown; sagsnr?: unknown }): string {
  const date = typeof data.date === 'string' && !isReviewMarker(data.date) ? data.date : 'udateret';
  let words: string[] = [];
  if (typeof data.title === 'string' && !isReviewMarker(data.title)) {
    words = asciiSlug(data.title)
      .split('-')
      .filter((w) => w !== '' && !STOP.has(w))
      .slice(0, 6);
  }
  if (words.length === 0) {
    const sag = typeof data.sagsnr === 'string' && !isReviewMarker(data.sagsnr) ? asciiSlug(data.sagsnr) : '';
    words = sag ? ['brev', sag] : ['brev'];
  }
  return `${date}-${words.join('-')}`;
}
