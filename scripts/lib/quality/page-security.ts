/**
 * Static security rules for one built page, so a regression shows up without a browser:
 * a CSP <meta> before any script or style, every inline <script>/<style> allowed by a hash in it,
 * no inline event handlers, no javascript: URLs, a referrer policy, nothing loaded from other hosts.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { positionLookup } from './text-position.ts';

export interface SecurityProblem {
  line: number;
  column: number;
  message: string;
}

/** Script types the browser executes; others (application/json, ld+json) are data blocks. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** Attributes that make the browser load something as part of the page (links are only navigation). */
const LOADING_ATTRS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};
const LOADING_LINK_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest)\b/i;

/** CSP source lists by directive name, e.g. "script-src" → ["'self'", "'sha256-…'"]. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern inline elements of a kind: the -elem directive, else -src, else default-src. */
function elementSources(csp: Map<string, string[]>, kind: 'script' | 'style'): string[] {
  return csp.get(`${kind}-src-elem`) ?? csp.get(`${kind}-src`) ?? csp.get('default-src') ?? [];
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function isRemote(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

export function scanPageSecurity(html: string): SecurityProblem[] {
  const at = positionLookup(html);
  const problems: SecurityProblem[] = [];
  const add = (offset: number, message: string) => problems.push({ ...at(offset), message });
  let csp: Map<string, string[]> | undefined;
  let referrer = false;
  let firstActive: number | undefined;
  const inline: { kind: 'script' | 'style'; start: number; text: string }[] = [];
  let open: { kind: 'script' | 'style'; start: number; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(tag, a) {
        const start = parser.startIndex;
        if (tag === 'meta' && a['http-equiv']?.toLowerCase() === 'content-security-policy') {
          if (csp) add(start, 'mere end én Content-Security-Policy-meta (browseren bruger fællesmængden)');
          else if (firstActive !== undefined) add(start, 'CSP-meta står efter et script eller stylesheet og gælder ikke for det');
          csp = parseCsp(a.content ?? '');
        }
        if (tag === 'meta' && a.name?.toLowerCase() === 'referrer' && a.content) referrer = true;
        for (const name of Object.keys(a)) {
          if (/^on[a-z]+$/.test(name)) add(start, `inline event handler ${name}="…" på <${tag}> (brug et script-modul i stedet)`);
        }
        for (const name of ['href', 'src', 'action', 'formaction']) {
          if (a[name] && /^\s*javascript:/i.test(a[name])) add(start, `javascript:-URL i ${name} på <${tag}>`);
        }
        const loads = [...(LOADING_ATTRS[tag] ?? []), ...(tag === 'link' && LOADING_LINK_RELS.test(a.rel ?? '') ? ['href'] : [])];
        for (const name of loads) {
          const values = name === 'srcset' ? (a[name] ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [a[name] ?? ''];
          for (const v of values) if (isRemote(v)) add(start, `<${tag} ${name}> henter fra en anden vært: ${v}`);
        }
        const active =
          (tag === 'script' && JS_TYPES.has((a.type ?? '').toLowerCase())) ||
          tag === 'style' ||
          (tag === 'link' && /stylesheet/i.test(a.rel ?? ''));
        if (active && firstActive === undefined) firstActive = start;
        if (tag === 'script' && a.src === undefined && JS_TYPES.has((a.type ?? '').toLowerCase()))
          open = { kind: 'script', start, text: '' };
        if (tag === 'style') open = { kind: 'style', start, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(tag) {
        if (open && tag === open.kind) {
          inline.push(open);
          open = undefined;
        }
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  if (!csp) add(0, 'siden mangler <meta http-equiv="Content-Security-Policy">');
  if (!referrer) add(0, 'siden mangler <meta name="referrer">');
  if (csp) {
    const scriptSources = elementSources(csp, 'script');
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*']) {
      if (scriptSources.includes(bad)) add(0, `CSP tillader ${bad} for scripts`);
    }
    if (!csp.get('object-src')?.includes("'none'")) add(0, "CSP mangler object-src 'none'");
    for (const el of inline) {
      const sources = elementSources(csp, el.kind);
      if (el.kind === 'style' && sources.includes("'unsafe-inline'") && !sources.some((s) => s.startsWith("'sha"))) continue;
      if (!sources.includes(sha256Source(el.text)))
        add(el.start, `inline <${el.kind}> uden matchende hash i CSP (${sha256Source(el.text)})`);
    }
  }
  return problems;
}
