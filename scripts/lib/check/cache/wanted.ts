/** Whether the check cache is on: unless `--no-cache` is given or BAROMETER_CHECK_CACHE=off is set. */
export function checkCacheWanted(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return !argv.slice(2).includes('--no-cache') && env.BAROMETER_CHECK_CACHE !== 'off';
}
