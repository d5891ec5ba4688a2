/**
 * Whose change a commit is, decided by the files it touches: a commit that changes only editors'
 * files (the data folder, the content folder, attachments in public/bilag/) is an editor's, and its
 * message is written for the public; a commit that also touches code, tests, tooling or docs is a
 * developer's, and its message is never shown on the site. README (»Ændringshistorik«) says the same.
 */

/** Folders whose files editors own, relative to the repository's top, with a trailing slash. */
export const DEFAULT_EDITOR_FOLDERS = ['data/', 'content/', 'public/bilag/'] as const; // repository paths, not URLs

/** "data" / "./data/" / "" → "data/"; the repository's own top folder becomes "" (everything). */
export function folderPrefix(path: string): string {
  const clean = path
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  return clean === '' || clean === '.' ? '' : `${clean}/`;
}

export function isEditorCommit(files: readonly string[], editorFolders: readonly string[] = DEFAULT_EDITOR_FOLDERS): boolean {
  const prefixes = editorFolders.map(folderPrefix).filter((p) => !p.startsWith('..'));
  return files.length > 0 && files.every((f) => prefixes.some((p) => f.startsWith(p)));
}
