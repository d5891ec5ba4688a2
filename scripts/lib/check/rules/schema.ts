/**
 * Rule: front matter matches its collection's zod schema (missing date or sagsnr, unknown committee
 * or area, …), each issue located at the offending key.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { COLLECTION_SCHEMAS, type CollectionName } from '../collections.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';
import { describeIssue } from '../zod-issues.ts';

export function checkSchema(fm: FrontMatter, collection: CollectionName, file: string): ValidationError[] {
  const result = COLLECTION_SCHEMAS[collection].safeParse(fm.data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { message, expected, got } = describeIssue(issue, valueAt(fm.data, issue.path));
    // An unknown field inside a list item is located at the field itself, not at the item.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
    const error: ValidationError = { file, ...locate(fm, at), message };
    if (got !== undefined) error.got = got;
    if (expected !== undefined) error.expected = expected;
    return error;
  });
}
