/** The URL parameter a search result adds to a document link: the words to highlight there. */
export const HIGHLIGHT_PARAM = 'fremhaev';
