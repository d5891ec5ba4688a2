/**
 * npm test: every test the project has, in order, stopping at nothing so one run reports all:
 * unit and integration tests, the editor check, a production build, then the browser and HTML checks
 * on dist/.
 * Exits non-zero when any step failed.
 */
import { readFileSync } from 'node:fs';
import { run, step } from './lib/run.ts';
import { seconds } from './lib/duration.ts';

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const steps: { script: string; label: string }[] = [
  { script: 'test:unit', label: 'Enhedstest (vitest, test/unit)' },
  { script: 'test:integration', label: 'Integrationstest: byggerier, git og kommandoer (vitest, test/integration)' },
  { script: 'typecheck', label: 'Typetjek (astro check, TypeScript strict)' },
  { script: 'lint', label: 'Lint og format (ESLint, Prettier)' },
  { script: 'check', label: 'Tjek af indhold og data' },
  { script: 'build', label: 'Byg sitet (Astro + Pagefind)' },
  { script: 'test:base', label: 'Byg under en understi og tjek links' },
  { script: 'test:tarball', label: 'Byg fra en tarball uden git-historik' },
  { script: 'test:links', label: 'Linktjek af dist/' },
  { script: 'test:html', label: 'W3C Nu HTML-tjek af dist/' },
  { script: 'test:search', label: 'Søgningens guldsæt på dist/ (recall@10 ≥ 90 %)' },
  { script: 'test:e2e', label: 'Browsertest (Playwright + Chromium)' },
  { script: 'test:attachments', label: 'Bilag: testsite med genererede filer, browsertest og et ulæseligt bilag' },
].filter((s) => s.script in scripts);

const failed: string[] = [];
let n = 0;
for (const s of steps) {
  step(++n, steps.length, `${s.label}: npm run ${s.script}`);
  const r = await run('npm', ['run', '--silent', s.script]);
  console.log(`  → ${r.code === 0 ? 'OK' : `FEJL (kode ${r.code})`} på ${seconds(r.ms)}`);
  if (r.code !== 0) failed.push(s.script);
  // Later steps test the built site; without a build they would only repeat its failure.
  if (r.code !== 0 && s.script === 'build') break;
}

console.log(`\nTrin kørt: ${n}, fejlede: ${failed.length}${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length ? 1 : 0);
