/** Danish words for calendar days and expected dates: "1. december 2026", "marts 2027", "2027". */
import { MONTH_NAMES as MONTHS } from '../format/period.ts';

/** "2026-12-01" → "1. december 2026". */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d}. ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** An ISO timestamp's Copenhagen day as ÅÅÅÅ-MM-DD. */
export function copenhagenDay(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
}

/** An ISO timestamp as a Danish day: "1. december 2026". */
export function timestampText(iso: string): string {
  return dayText(copenhagenDay(iso));
}

/** "2027-03-15" → "15. marts 2027"; "2027-03" → "marts 2027"; "2027" → "2027". */
export function expectedText(expected: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return dayText(expected);
  const m = /^(\d{4})-(\d{2})$/.exec(expected);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return expected;
}

/** The last day an expected date covers: a month's or a year's last day, a day itself. */
export function expectedBy(expected: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return expected;
  const m = /^(\d{4})-(\d{2})$/.exec(expected);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
  }
  return `${expected}-12-31`;
}
