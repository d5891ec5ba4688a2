/**
 * The pre-commit hook's decision, kept pure so it can be tested: from what `git diff --cached`
 * reports, which data and content files the editor check must look at, or whether to skip it.
 */
export interface StagedChange {
  /** git's status letter: A added, M modified, D deleted, … (renames are split by --no-renames). */
  status: string;
  path: string;
}

export type CheckPlan =
  | { action: 'skip' }
  /** files: the staged files to check; "all" when a deletion may break references elsewhere. */
  | { action: 'check'; files: string[] | 'all'; warnings: string[] };

/**
 * Files the editor check understands: CSV data, every file under content/ – a Markdown
 * document, or a file that would not be published (brev.md.txt, brev.docx), which it reports –
 * and every file under public/, which is published as it is (public-files.ts).
 */
export function isCheckable(path: string): boolean {
  // Every file under data/: one the site does not read (notes.txt, »measurements (1).csv«) is reported too.
  return /^(data|content|public)\/./.test(path);
}

/** Parse `git diff --cached --name-status -z --no-renames` output: "M\0path\0A\0path\0". */
export function parseNameStatus(z: string): StagedChange[] {
  const parts = z.split('\0');
  const changes: StagedChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i] ?? '';
    const path = parts[i + 1] ?? '';
    if (status && path) changes.push({ status: status.charAt(0), path });
  }
  return changes;
}

/** `unstaged`: paths that also have changes not staged (`git diff --name-only -z`). */
export function planCheck(changes: StagedChange[], unstaged: readonly string[] = []): CheckPlan {
  const relevant = changes.filter((c) => isCheckable(c.path));
  if (relevant.length === 0) return { action: 'skip' };
  const present = relevant.filter((c) => c.status !== 'D').map((c) => c.path);
  const warnings = present
    .filter((p) => unstaged.includes(p))
    .map(
      (p) =>
        `Bemærk: ${p} har også ændringer, der ikke er lagt til committen (git add). Tjekket læser den version, der committes; ændringerne på disken kommer ikke med.`,
    );
  // A removed indicator file or letter can break references in files that are not staged.
  const files = relevant.some((c) => c.status === 'D') ? 'all' : present;
  return { action: 'check', files, warnings };
}
