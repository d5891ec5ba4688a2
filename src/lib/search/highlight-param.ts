/** The URL parameter a search result adds to a document link: the words to highlight there. */
export const HIGHLIGHT_PARAM = 'fremhaev';

/**
 * The id a link's fragment names (»#afsnit-3«), decoded; as written when it is not valid percent
 * encoding (»#%E0%A4%A«), where decodeURIComponent throws and stopped the highlight on the page.
 */
export function anchorId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
