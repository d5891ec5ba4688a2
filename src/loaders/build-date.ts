/**
 * "Today" for the checks that refuse dates and periods in the future. BAROMETER_TODAY=ÅÅÅÅ-MM-DD
 * pins it (tests, rebuilding an old version); otherwise it is the moment the check runs.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BAROMETER_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T12:00:00Z`);
  return new Date();
}
