/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two tiers (README, »Test«): `unit` is pure and fast (modules in, values out; fixtures read from
 * disk at most), `integration` runs builds, git repositories and the project's commands as
 * processes. `npm run test:unit` and `npm run test:integration` run one each; `npm test` both.
 */
export default getViteConfig({
  test: {
    testTimeout: 30_000,
    // Tests run the editor check on broken fixtures. In GitHub Actions it would otherwise write those
    // errors into this job's summary; tests that need Actions set these themselves.
    env: { GITHUB_ACTIONS: 'false', GITHUB_STEP_SUMMARY: '' },
    // One temporary folder per run, deleted afterwards (test/helpers/temp-root.ts).
    globalSetup: ['test/helpers/temp-root.ts'],
    projects: [
      // Unit test files share one module graph per worker (isolate: false): they are pure, so nothing
      // leaks between files, and the tier runs in about a third of the time (most of it was each
      // file importing Astro's Vite setup and the same modules again). A test that changes the
      // environment restores it (vi.unstubAllEnvs) and re-imports what read it (vi.resetModules).
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 300_000 } },
    ],
  },
});
