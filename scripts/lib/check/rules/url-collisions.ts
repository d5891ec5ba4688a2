/**
 * Rule: no two content files become the same page. Brev.md and brev.md, brev.md and brev.mdx, or
 * two conference reports for one year would publish one file and drop the other. Each file of
 * the pair gets the error, naming the other.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';

export interface RoutedFile {
  file: string;
  route: string;
}

export function checkUrlCollisions(files: readonly RoutedFile[]): ValidationError[] {
  const byRoute = new Map<string, string[]>();
  for (const f of files) byRoute.set(f.route, [...(byRoute.get(f.route) ?? []), f.file]);
  const errors: ValidationError[] = [];
  for (const [route, group] of byRoute) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((g) => g !== file).sort();
      errors.push({
        file,
        line: 1,
        column: 1,
        message: `filen får samme adresse (${route}) som ${others.join(' og ')}`,
        got: file.split('/').pop() ?? file,
        expected: 'én fil pr. adresse: omdøb eller slet den ene',
      });
    }
  }
  return errors;
}
