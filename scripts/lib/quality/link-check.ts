/**
 * The link check over a built site, without touching the disk: every internal reference must name
 * a file that exists, stay under the base path, and any #fragment must be an id on the target page.
 * External links are counted and listed, never fetched (the check must work offline and be stable).
 */
import type { HtmlReference } from './html-references.ts';
import { classifyReference, fileForPath, type LinkTarget } from './link-target.ts';

export interface ScannedPage {
  /** Path of the file relative to the built site, e.g. "breve/x/index.html". */
  file: string;
  /** URL path the file is served at, with the base path. */
  urlPath: string;
  references: HtmlReference[];
  /** Fragment targets on the page; undefined for files that are not HTML (no fragment check). */
  ids?: Set<string>;
}

export interface LinkProblem {
  file: string;
  line: number;
  column: number;
  value: string;
  message: string;
}

export interface LinkCheckOptions {
  base: string;
  siteOrigin: string;
  /** Does this file (relative to the built site) exist? */
  exists: (file: string) => boolean;
}

export interface LinkCheckResult {
  problems: LinkProblem[];
  internalChecked: number;
  /** External URL → number of references to it. */
  external: Map<string, number>;
}

/** Fragments browsers resolve without an element: the top of the page. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

function checkInternal(
  target: Extract<LinkTarget, { kind: 'internal' }>,
  opts: LinkCheckOptions,
  byFile: Map<string, ScannedPage>,
): string | undefined {
  const found = fileForPath(target.path, opts.base);
  if ('outsideBase' in found) return `peger uden for sitets base path ${opts.base} (forventede en sti, der begynder med ${opts.base})`;
  if (found.needsSlash) return `mangler afsluttende skråstreg (forventede ${opts.base})`;
  if (!opts.exists(found.file)) {
    if (!found.file.endsWith('index.html') && opts.exists(`${found.file}/index.html`)) {
      return `mangler afsluttende skråstreg (forventede ${target.path}/)`;
    }
    return `filen ${found.file} findes ikke i det byggede site`;
  }
  if (BUILT_IN_FRAGMENTS.has(target.fragment)) return undefined;
  const ids = byFile.get(found.file)?.ids;
  if (ids && !ids.has(target.fragment))
    return `ankeret #${target.fragment} findes ikke på ${target.path} (intet element med id="${target.fragment}")`;
  return undefined;
}

/**
 * An absolute link to the site's own host (SITE_URL) points into this site only where the build has
 * something at its first path segment; the rest of the host is another website (kk.dk's committee
 * minutes, its survey pages), listed as external like any other.
 */
function intoThisSite(path: string, opts: LinkCheckOptions, topLevel: Set<string>): boolean {
  if (`${path}/` === opts.base) return true;
  const rel = path.startsWith(opts.base) ? path.slice(opts.base.length) : path.replace(/^\/+/, '');
  const first = rel.split('/')[0] ?? '';
  return first === '' || topLevel.has(first) || opts.exists(first) || opts.exists(`${first}/index.html`);
}

export function checkLinks(pages: ScannedPage[], opts: LinkCheckOptions): LinkCheckResult {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const topLevel = new Set(pages.map((p) => p.file.split('/')[0] ?? ''));
  const problems: LinkProblem[] = [];
  const external = new Map<string, number>();
  let internalChecked = 0;
  for (const page of pages) {
    for (const ref of page.references) {
      let target = classifyReference(ref.value, { pagePath: page.urlPath, siteOrigin: opts.siteOrigin });
      if (target.kind === 'internal' && /^https?:\/\//i.test(ref.value.trim()) && !intoThisSite(target.path, opts, topLevel)) {
        target = { kind: 'external', url: new URL(ref.value.trim()).href };
      }
      let message: string | undefined;
      if (target.kind === 'external') external.set(target.url, (external.get(target.url) ?? 0) + 1);
      else if (target.kind === 'invalid') message = target.reason;
      else if (target.kind === 'internal') {
        internalChecked++;
        message = checkInternal(target, opts, byFile);
      }
      if (message)
        problems.push({
          file: page.file,
          line: ref.line,
          column: ref.column,
          value: ref.value,
          message: `<${ref.tag} ${ref.attr}>: ${message}`,
        });
    }
  }
  return { problems, internalChecked, external };
}

export function formatProblem(p: LinkProblem, root: string): string {
  return `${root}/${p.file}:${p.line}:${p.column}: ${p.message} (fik "${p.value}")`;
}
