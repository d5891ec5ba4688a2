/** The calendar day as ÅÅÅÅ-MM-DD in Copenhagen, where the editors are. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(date);
}
