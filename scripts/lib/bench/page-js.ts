/**
 * JavaScript a page ships, read from the built files: its <script> elements (external and inline),
 * modulepreload links, and every module they import statically, each file counted once and gzipped
 * on its own (as a server sends it). Modules reached only through import() are counted apart as
 * "lazy": they load on interaction (e.g. Pagefind's index after the first keystroke).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface PageJs {
  /** Page URL path relative to the base, e.g. "breve/". */
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  /** Gzip bytes of scripts that run on load (inline + external + static imports). */
  jsGzip: number;
  jsFiles: string[];
  /** Gzip bytes of modules only reachable through import(). */
  lazyGzip: number;
}

const gz = (data: Buffer | string): number => gzipSync(data).length;
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"'\n]+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"'\n]+\.m?js)["']\s*\)/g;

/** Resolve a script URL against the page, and map it to a file in dist (undefined for other origins). */
function toFile(dist: string, base: string, from: string, spec: string): string | undefined {
  const url = new URL(spec, `http://site${from}`);
  if (url.host !== 'site' || !url.pathname.startsWith(base)) return undefined;
  return join(dist, decodeURIComponent(url.pathname.slice(base.length)));
}

function scriptsOf(html: string): { srcs: string[]; inline: string[] } {
  const srcs: string[] = [];
  const inline: string[] = [];
  let inScript: { type: string } | undefined;
  let text = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script') {
        if (attrs.src) srcs.push(attrs.src);
        inScript = { type: attrs.type ?? '' };
        text = '';
      }
      if (name === 'link' && attrs.rel === 'modulepreload' && attrs.href) srcs.push(attrs.href);
    },
    ontext(t) {
      if (inScript) text += t;
    },
    onclosetag(name) {
      if (name === 'script' && inScript) {
        const isJs = inScript.type === '' || inScript.type === 'module' || inScript.type.includes('javascript');
        if (isJs && text.trim()) inline.push(text);
        inScript = undefined;
      }
    },
  });
  parser.write(html);
  parser.end();
  return { srcs, inline };
}

export function pageJs(dist: string, base: string, path: string): PageJs {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const pageUrl = `${base}${path}`;
  const { srcs, inline } = scriptsOf(html);
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const queue: { file: string; url: string; lazy: boolean }[] = [];
  const enqueue = (fromUrl: string, spec: string, isLazy: boolean) => {
    const file = toFile(dist, base, fromUrl, spec);
    if (!file || !existsSync(file)) return;
    const url = new URL(spec, `http://site${fromUrl}`).pathname;
    if (eager.has(file) || (isLazy && lazy.has(file))) return;
    (isLazy ? lazy : eager).add(file);
    if (!isLazy) lazy.delete(file);
    queue.push({ file, url, lazy: isLazy });
  };
  for (const s of srcs) enqueue(pageUrl, s, false);
  for (const code of inline) {
    for (const m of code.matchAll(STATIC_IMPORT)) enqueue(pageUrl, m[1] ?? '', false);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) enqueue(pageUrl, m[1] ?? '', true);
  }
  while (queue.length) {
    const item = queue.shift();
    if (!item) break;
    const code = readFileSync(item.file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) enqueue(item.url, m[1] ?? '', item.lazy);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) enqueue(item.url, m[1] ?? '', true);
  }
  const fileGzip = (files: Set<string>) => [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(html),
    jsGzip: inline.reduce((sum, code) => sum + gz(code), 0) + fileGzip(eager),
    jsFiles: [...eager].map((f) => f.slice(dist.length + 1)).sort(),
    lazyGzip: fileGzip(lazy),
  };
}

/** One representative page per page type, as found in the built site (types with no page are left out). */
export function pageTypes(dist: string): { type: string; path: string }[] {
  const firstDir = (folder: string, test: (name: string) => boolean = () => true): string | undefined => {
    const dir = join(dist, folder);
    if (!existsSync(dir)) return undefined;
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && test(e.name) && existsSync(join(dir, e.name, 'index.html')))
      .map((e) => e.name)
      .sort()[0];
  };
  const candidates: { type: string; path: string | undefined }[] = [
    { type: 'forside /', path: '' },
    { type: 'område', path: firstDir('omraader') && `omraader/${firstDir('omraader')}/` },
    { type: 'indikator', path: firstDir('indikatorer') && `indikatorer/${firstDir('indikatorer')}/` },
    // Letter slugs start with a date or a case number ("2009-04-02-…", "2011-123456-…"); year pages do not.
    { type: 'brev', path: firstDir('breve', (n) => /^\d{4}-/.test(n)) && `breve/${firstDir('breve', (n) => /^\d{4}-/.test(n))}/` },
    { type: 'brevliste', path: 'breve/' },
    { type: 'konference', path: firstDir('konferencer') && `konferencer/${firstDir('konferencer')}/` },
    { type: 'data', path: 'data/' },
    { type: 'søg', path: 'soeg/' },
  ];
  return candidates.filter(
    (c): c is { type: string; path: string } => c.path !== undefined && existsSync(join(dist, c.path, 'index.html')),
  );
}
