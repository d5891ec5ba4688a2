/**
 * `npx node scripts/lib/bench/markdown-pipeline.ts <content-folder> [rounds]`: the cost of the content
 * policy in the Markdown stage alone. Renders every letter of a corpus (npm run corpus) with the
 * site's processor options, and with the same options minus raw-HTML parsing and the sanitiser,
 * alternating the two in each round; prints the median time per variant and per 1,000 letters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { markdownProcessorOptions } from '../../../src/integrations/markdown-processor.ts';
import { seconds } from '../duration.ts';

const [dir = '', roundsArg = '5'] = process.argv.slice(2).filter((a) => a !== '--');
if (!dir) {
  console.error('Brug: npx node scripts/lib/bench/markdown-pipeline.ts <indholdsmappe> [runder]');
  process.exit(1);
}
const letters = join(dir, 'letters');
const docs = readdirSync(letters)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    url: pathToFileURL(join(letters, f)),
    body: readFileSync(join(letters, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
  }));

function withPolicy() {
  return markdownProcessorOptions();
}
function withoutPolicy() {
  const o = markdownProcessorOptions();
  return { ...o, features: { ...o.features, rawHtml: false }, hastPlugins: o.hastPlugins.slice(1) };
}

const variants = { 'uden politik': withoutPolicy, 'med politik (rawHtml + hast-util-sanitize)': withPolicy };
const times: Record<string, number[]> = {};
for (let round = 0; round < Number(roundsArg); round++) {
  for (const [name, options] of Object.entries(variants)) {
    const started = performance.now();
    for (const d of docs) markdownToHtml(d.body, { ...options(), fileURL: d.url });
    (times[name] ??= []).push(performance.now() - started);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`${docs.length} breve, ${roundsArg} runder, median:`);
for (const [name, xs] of Object.entries(times)) {
  console.log(`  ${name}: ${seconds(median(xs), 2)} (${((median(xs) / docs.length) * 1000).toFixed(0)} ms pr. 1.000 breve)`);
}
