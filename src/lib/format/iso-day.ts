/** The calendar day as ÅÅÅÅ-MM-DD in Copenhagen, where the editors are. */
// One formatter for every call: building an Intl.DateTimeFormat costs far more than using one, and the
// check compares thousands of dates with today.
const COPENHAGEN_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

export function isoDay(date: Date): string {
  return COPENHAGEN_DAY.format(date);
}
