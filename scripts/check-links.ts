/**
 * npm run test:links: every internal href/src/srcset/action in the built site (HTML, sitemap, feed)
 * must name a file that exists under the base path, and every #anchor an id on its target page.
 * External links are listed, not fetched. Options: --dir <folder> (default OUT_DIR or dist),
 * --base <path> (default BASE_PATH or /). Exit code 1 on any problem.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractReferences } from './lib/quality/html-references.ts';
import { checkLinks, formatProblem, type ScannedPage } from './lib/quality/link-check.ts';
import { pagePathForFile } from './lib/quality/link-target.ts';
import { extractXmlReferences } from './lib/quality/sitemap.ts';
import { normaliseBase } from '../src/loaders/site-settings.ts';
import { builtSite, listFiles } from './lib/dist.ts';
import { seconds } from './lib/duration.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, base: { type: 'string' }, 'list-external': { type: 'boolean' } } });
const defaults = builtSite();
const dir = values.dir ? resolve(values.dir) : defaults.dir;
const base = values.base ? normaliseBase(values.base) : defaults.base;
const rel = relative(process.cwd(), dir);
const shown = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
/** A broken nav or footer link repeats on every page: show a few places, then count the rest. */
const PLACES_SHOWN = 3;

if (!existsSync(dir)) {
  console.error(`Linktjek: mappen ${shown} findes ikke. Byg sitet først med \`npm run build\`.`);
  process.exit(1);
}

const started = performance.now();
const files = listFiles(dir);
const fileSet = new Set(files);
const pages: ScannedPage[] = [];
for (const file of files) {
  const urlPath = pagePathForFile(file, base);
  if (file.endsWith('.html')) pages.push({ file, urlPath, ...extractReferences(readFileSync(join(dir, file), 'utf8')) });
  else if (/^(sitemap[^/]*|feed)\.xml$/.test(file))
    pages.push({ file, urlPath, references: extractXmlReferences(readFileSync(join(dir, file), 'utf8')) });
}
// A folder that exists but has no index.html does not count as a page: exists() checks files only.
const exists = (file: string) => fileSet.has(file) || (existsSync(join(dir, file)) && statSync(join(dir, file)).isFile());
const result = checkLinks(pages, { base, siteOrigin: defaults.siteOrigin, exists });
const ms = performance.now() - started;

const groups = new Map<string, typeof result.problems>();
for (const p of result.problems) {
  const key = `${p.value}\u0000${p.message}`;
  groups.set(key, [...(groups.get(key) ?? []), p]);
}
for (const group of groups.values()) {
  for (const p of group.slice(0, PLACES_SHOWN)) console.error(formatProblem(p, shown));
  if (group.length > PLACES_SHOWN) console.error(`  … og samme fejl ${group.length - PLACES_SHOWN} andre steder`);
}
const htmlPages = pages.filter((p) => p.file.endsWith('.html')).length;
const externalRefs = [...result.external.values()].reduce((a, b) => a + b, 0);
console.log(
  `Linktjek af ${shown} (base ${base}): ${htmlPages} HTML-sider og ${pages.length - htmlPages} XML-filer, ` +
    `${result.internalChecked} interne links tjekket, ${result.external.size} forskellige eksterne links ` +
    `(${externalRefs} i alt, ikke hentet), ${seconds(ms)}.`,
);
if (values['list-external'] || result.external.size <= 30) {
  for (const [url, n] of [...result.external].sort()) console.log(`  ekstern: ${url}${n > 1 ? ` (${n}×)` : ''}`);
} else {
  console.log('  (brug --list-external for at se dem alle)');
}
if (result.problems.length) {
  console.error(`\n${result.problems.length} brudte links. Ret dem i kilden (siden eller indholdsfilen), og byg igen.`);
  process.exit(1);
}
console.log('Ingen brudte links.');
