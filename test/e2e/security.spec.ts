/**
 * Static security rules over every built HTML file (no browser needed, but run with the browser
 * tests because they look at the built site): CSP meta before any script or style, every inline
 * <script>/<style> covered by a hash, no inline event handlers (on…=), no javascript: URLs, a
 * referrer policy, nothing loaded from another host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/dist.ts';
import { scanPageSecurity } from '../../scripts/lib/quality/page-security.ts';
import { expect, test } from './fixtures.ts';
import { NO_PAGES_HINT, SITE } from './site.ts';

test('every built page passes the static security rules', () => {
  const files = existsSync(SITE.dir) ? listFiles(SITE.dir).filter((f) => f.endsWith('.html')) : [];
  expect(files.length, NO_PAGES_HINT).toBeGreaterThan(0);
  const problems = files.flatMap((f) =>
    scanPageSecurity(readFileSync(join(SITE.dir, f), 'utf8')).map((p) => `${f}:${p.line}:${p.column}: ${p.message}`),
  );
  expect(problems).toEqual([]);
});
