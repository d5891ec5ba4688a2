/** Playwright's test, skipped with the install command where this machine has no Chromium. */
import { test as base } from '@playwright/test';
import { HAS_CHROMIUM, INSTALL_HINT } from '../../scripts/lib/chromium.ts';

export const test = base;
export { expect } from '@playwright/test';

test.beforeEach(() => {
  test.skip(!HAS_CHROMIUM, INSTALL_HINT);
});
