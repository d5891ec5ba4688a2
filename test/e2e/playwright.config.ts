import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

// The built site (dist/) served on 127.0.0.1 by Astro's static preview server.
const PORT = Number(process.env.E2E_PORT ?? 4399);
// attachments.spec.ts needs the test build with an example letter and its files
// (npm run test:attachments sets IB_ATTACHMENT_SITE and OUT_DIR); the real site has none.
const ATTACHMENT_SITE = process.env.IB_ATTACHMENT_SITE === '1';

export default defineConfig({
  testDir: '.',
  testMatch: ATTACHMENT_SITE ? '**/attachments.spec.ts' : '**/*.spec.ts',
  testIgnore: ATTACHMENT_SITE ? [] : ['**/attachments.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // --ignore-lock: Astro 7 refuses a second preview server per project (e.g. while `npm start` runs).
    command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
