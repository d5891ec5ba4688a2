/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 30_000,
    // Tests run the editor check on broken fixtures. In GitHub Actions it would otherwise write those
    // errors into this job's summary; tests that need Actions set these themselves.
    env: { GITHUB_ACTIONS: 'false', GITHUB_STEP_SUMMARY: '' },
  },
});
