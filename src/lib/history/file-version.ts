/** A committed version of a data file, as src/loaders/git-versions.ts reads it from git. */
export interface FileVersion {
  sha: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  /** First line of the commit message. */
  message: string;
  /** Path in the repository at that commit (differs from today's after a rename). */
  path: string;
  content: string;
  /** The file in the first parent; "" when the commit created it. */
  parentContent: string;
  /** Every path the commit touched, relative to the repository (what it changed besides this file). */
  files: string[];
}

/** untracked: no commit has ever touched the files (a generated corpus, a repository without commits). */
export type UnavailableReason = 'no-git' | 'not-a-repository' | 'shallow' | 'untracked' | 'error';

export type GitHistory =
  | { available: true; versions: Record<string, FileVersion[]>; /** The repository's top folder. */ top: string }
  | { available: false; reason: UnavailableReason };
