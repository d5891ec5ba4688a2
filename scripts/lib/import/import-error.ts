/** A problem with the editor's input (the letter, a path, an option), worded in Danish for the editor. */
export class ImportError extends Error {}
