/**
 * npm run test:html: the W3C Nu HTML checker (vnu-jar, needs Java) over every HTML file of the
 * built site, errors only. Prints each error as file:line:column and a summary; exit code 1 on any
 * error, and a clear install hint when Java is missing. Option: --dir <folder> (default OUT_DIR or dist).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtSite, listFiles } from './lib/dist.ts';
import { seconds } from './lib/duration.ts';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = values.dir ? resolve(values.dir) : builtSite().dir;
const display = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.');
const shown = display(dir);
const jar = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.error('HTML-tjek: Java mangler. W3C Nu HTML-checkeren er et Java-program.');
  console.error('Installer Java (Debian/Ubuntu): sudo apt-get install -y default-jre-headless');
  process.exit(1);
}
if (!existsSync(jar)) {
  console.error(`HTML-tjek: ${jar} findes ikke. Kør \`npm install\` (vnu-jar skal have lov at køre sit install-script).`);
  process.exit(1);
}
if (!existsSync(dir)) {
  console.error(`HTML-tjek: mappen ${shown} findes ikke. Byg sitet først med \`npm run build\`.`);
  process.exit(1);
}

const htmlFiles = listFiles(dir).filter((f) => f.endsWith('.html')).length;
const started = performance.now();
// vnu writes its JSON report to stderr; collect it whole, then print our own summary. Its schema
// validation recurses deeply: the default 512k thread stack overflows on some machines.
const child = spawn('java', ['-Xss4m', '-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', dir], {
  stdio: ['ignore', 'inherit', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (chunk) => (stderr += chunk));
const code: number = await new Promise((done) => child.on('close', (c) => done(c ?? 1)));
const took = seconds(performance.now() - started);

let messages: VnuMessage[];
try {
  messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`HTML-tjek: kunne ikke læse svaret fra Nu-checkeren (kode ${code}):\n${stderr.slice(0, 2000)}`);
  process.exit(1);
}

/** Hints for errors whose cause is not obvious from the checker's wording. */
const HINTS: [RegExp, string][] = [
  [
    /Stray start tag “script”/,
    'Astro lægger et <script>, der står uden for <Base> i en side, efter </html>: flyt det ind i <Base>…</Base> eller ind i en komponent',
  ],
];

const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
for (const m of errors) {
  const file = m.url ? display(decodeURIComponent(new URL(m.url).pathname)) : shown;
  const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 1}` : '';
  const extract = m.extract ? ` (ved "${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}")` : '';
  const hint = HINTS.find(([re]) => re.test(m.message))?.[1];
  console.error(`${file}${where}: ${m.message}${extract}${hint ? `\n  → ${hint}` : ''}`);
}
const files = new Set(errors.map((m) => m.url));
console.log(`HTML-tjek af ${shown}: ${htmlFiles} HTML-filer, ${errors.length} fejl i ${files.size} filer, ${took}.`);
if (errors.length || code !== 0) {
  if (!errors.length) console.error(`Nu-checkeren sluttede med kode ${code}.`);
  process.exit(1);
}
console.log('Ingen HTML-fejl.');
