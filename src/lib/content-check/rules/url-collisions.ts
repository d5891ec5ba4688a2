/**
 * Rule: no two content files become the same page. Brev.md and brev.md, brev.md and brev.mdx, or
 * two conference reports for one year would publish one file and drop the other; the error names
 * both.
 */
import type { ValidationError } from '../../data/errors.ts';

export interface RoutedFile {
  file: string;
  route: string;
}

export function checkUrlCollisions(files: readonly RoutedFile[]): ValidationError[] {
  const first = new Map<string, string>();
  const errors: ValidationError[] = [];
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const other = first.get(f.route);
    if (other === undefined) {
      first.set(f.route, f.file);
      continue;
    }
    errors.push({ file: f.file, line: 1, column: 1, message: `filen får samme adresse som ${other}: ${f.route}`, got: f.file.split('/').pop() ?? f.file, expected: 'én fil pr. adresse: omdøb eller slet den ene' });
  }
  return errors;
}
