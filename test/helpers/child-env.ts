/**
 * The environment for a build a test starts as a child process. Vitest puts Vite's BASE_URL, MODE,
 * DEV, PROD and SSR (and its own markers) into process.env; a child build would read them as
 * import.meta.env and ignore its own base path, so they are left out.
 */
const VITEST_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'TEST']);

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_KEYS.has(k))), ...extra };
}
