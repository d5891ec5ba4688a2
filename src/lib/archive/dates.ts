/**
 * Dates in the archive. Front-matter dates are calendar days parsed as UTC midnight, so they are
 * formatted in UTC: a letter dated 2 April is "2. april 2009" wherever the build runs.
 */
const LONG = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2. april 2009". */
export function danishDate(date: Date): string {
  return LONG.format(date);
}

/** "2009-04-02", for <time datetime> and sorting. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function utcYear(date: Date): number {
  return date.getUTCFullYear();
}
