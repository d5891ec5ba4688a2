/**
 * Rule: a letter, stamp or review date is not after the day the check runs: a letter from 2099 is a
 * typing error, and the archive would list it first. Only a proposed conference (status:
 * foreslået) may lie ahead.
 */
import { isoDay } from '../../../../src/lib/format/iso-day.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate, valueAt } from '../yaml-locate.ts';

const DATE_PATHS: readonly (readonly string[])[] = [['date'], ['updated'], ['receivedStamp', 'date']];

/** `compared`: told each date weighed against today and whether it lies after (the check cache's record). */
export function checkFutureDates(
  fm: FrontMatter,
  today: Date,
  file: string,
  compared?: (day: string, after: boolean) => void,
): ValidationError[] {
  if (valueAt(fm.data, ['status']) === 'foreslået') return [];
  const limit = isoDay(today);
  const errors: ValidationError[] = [];
  for (const path of DATE_PATHS) {
    const value = valueAt(fm.data, path);
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    compared?.(value, value > limit);
    if (value <= limit) continue;
    errors.push({
      file,
      ...locate(fm, path),
      message: `datoen i "${path.join('.')}" ligger efter i dag`,
      got: value,
      expected: `en dato til og med ${limit}`,
    });
  }
  return errors;
}
