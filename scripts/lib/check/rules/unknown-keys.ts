/**
 * Rule: every top-level front-matter field is one the schema knows. Zod would silently drop a
 * misspelt "sagnr"; the editor should hear about it, with the likely intended name.
 */
import { closest } from '../../../../src/lib/data/closest.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { COLLECTION_SCHEMAS, type CollectionName } from '../collections.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate } from '../yaml-locate.ts';

export function checkUnknownKeys(fm: FrontMatter, collection: CollectionName, file: string): ValidationError[] {
  if (fm.data === null || typeof fm.data !== 'object' || Array.isArray(fm.data)) return [];
  const known = Object.keys(COLLECTION_SCHEMAS[collection].shape);
  return Object.keys(fm.data)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const guess = closest(key, known);
      const hint = guess ? ` – mente du "${guess}"?` : '';
      return { file, ...locate(fm, [key]), message: `ukendt felt${hint}`, got: key, expected: `et af felterne ${known.join(', ')}` };
    });
}
