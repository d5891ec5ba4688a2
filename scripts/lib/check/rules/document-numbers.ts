/**
 * Rule: no two letters have the same document number (doknr). A dok.nr. identifies one document in
 * the municipality's records, so a second letter with it is a copy or a typing error, and a reader
 * citing the number would find two. Many letters may share a sagsnr: one case has many documents.
 * Runs across the letters' facts (letter-facts.ts) on every run, cached or not.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { LetterFacts } from '../letter-facts.ts';

/**
 * `letters`: facts by displayed path. `report`: the files to report in (the pre-commit hook's);
 * the others are only compared with. Default: all.
 */
export function checkDocNumbers(letters: ReadonlyMap<string, LetterFacts>, report?: ReadonlySet<string>): ValidationError[] {
  const byNumber = new Map<string, string[]>();
  for (const [file, facts] of letters) {
    if (!facts.doknr) continue;
    const files = byNumber.get(facts.doknr.value) ?? [];
    files.push(file);
    byNumber.set(facts.doknr.value, files);
  }
  const errors: ValidationError[] = [];
  for (const [value, files] of byNumber) {
    if (files.length < 2) continue;
    const sorted = [...files].sort();
    for (const file of sorted) {
      if (report && !report.has(file)) continue;
      const at = letters.get(file)?.doknr;
      if (!at) continue;
      const others = sorted.filter((f) => f !== file);
      errors.push({
        file,
        line: at.line,
        column: at.column,
        message: `dok.nr. bruges også af ${others.join(', ')}: et dok.nr. hører til ét dokument`,
        got: value,
        expected: 'brevets eget dok.nr., som intet andet brev har (samme sagsnr. på flere breve er i orden)',
      });
    }
  }
  return errors;
}
