/**
 * When Astro fails after the editor check passed, the editor gets a short Danish summary instead of
 * Astro's English stack trace: the cause, the file and line (or the page being built and the
 * content file behind it), and where the full log is kept. scripts/build.ts runs Astro through
 * runAstro() and prints summariseAstroFailure() when it fails; the summary logic is pure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxSyntaxCause } from '../check/rules/mdx-syntax.ts';
import { ROUTED_PAGES } from '../check/collections.ts';

export interface AstroRun {
  code: number;
  ms: number;
  /** stdout and stderr as they came. */
  log: string;
}

/** Run `astro build` with its output captured, not shown (thousands of page lines on success). */
export function runAstro(
  args: string[],
  env: Record<string, string | undefined>,
  signal?: AbortSignal,
  nodeArgs: readonly string[] = [],
): Promise<AstroRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: string[] = [];
    // `signal` stops it (a build in parts stops the other parts when one fails).
    const child = spawn(process.execPath, [...nodeArgs, 'node_modules/astro/bin/astro.mjs', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal && { signal }),
    });
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString('utf8')));
    child.on('error', (err) => resolve({ code: 127, ms: performance.now() - started, log: `Kunne ikke starte Astro: ${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, ms: performance.now() - started, log: chunks.join('') }));
  });
}

// ANSI colour codes, which Astro may print even to a pipe.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const POSITIONED = /^(\S+?):(\d+):(\d+): (.+)$/;
/**
 * `content/letters/x.md: cause`: a whole document that failed (a letter whose text could not be
 * rendered, src/loaders/letter-bodies.ts; a page's named sections, src/lib/page-text/). The path
 * has a folder and no colon or bracket, and Astro's own lines (a time, its page tree, »Error
 * rendering x.md: …«) are not taken for one.
 */
const FILE_CAUSE = /^(?!Error rendering |\d\d:\d\d:\d\d |[├│└─╭╰])([^\s:[][^:[]*?\/[^:[]*?\.mdx?): (.+)$/;
/** Where a thrown message starts in Astro's lines: after the page being rendered, or after [ERROR]. */
const THROWN = [/Caught error rendering \S+: (?:\w*Error: )?(.*)$/, /\[ERROR\](?: \[[\w:-]+\])? (?:\w*Error: )?(.*)$/];

/** A line's file cause, also when Astro printed it after a page or [ERROR] (or glued to its progress line). */
function fileCause(line: string): RegExpExecArray | null {
  const trimmed = line.trim();
  for (const candidate of [trimmed, ...THROWN.map((r) => r.exec(trimmed)?.[1] ?? '')]) {
    const m = FILE_CAUSE.exec(candidate);
    if (m) return m;
  }
  return null;
}

/** A path from a log (absolute, file:// or relative to the repository) as the editor sees it. */
export function editorPath(path: string, cwd: string): string {
  const plain = path.startsWith('file://') ? fileURLToPath(path) : path;
  if (!isAbsolute(plain)) return plain.split('\\').join('/');
  const rel = relative(cwd, plain);
  return (rel.startsWith('..') ? plain : rel).split('\\').join('/');
}

/** The content file behind a page address, when it is one of the editors' documents. */
export function contentFileForPage(page: string, contentDir: string, exists: (p: string) => boolean = existsSync): string | undefined {
  // Astro names a page with or without its trailing slash.
  const m = /^\/(?:[^/]+\/)*?(breve|konferencer|omraader)\/([^/]+)\/?$/.exec(page);
  // /om/ and /tilgaengelighed/ (after the base path, if any) take their prose from content/pages/.
  const single = /^\/(?:[^/]+\/)?([^/]+)\/?$/.exec(page)?.[1];
  const name = m ? (m[2] ?? '') : single && ROUTED_PAGES.includes(single) ? single : undefined;
  if (name === undefined) return undefined;
  const folder = m ? { breve: 'letters', konferencer: 'conferences', omraader: 'areas' }[m[1] as 'breve'] : 'pages';
  for (const ext of ['.md', '.mdx']) {
    const file = join(contentDir, folder, `${name}${ext}`);
    if (exists(file)) return file.split('\\').join('/');
  }
  return undefined;
}

function causeLine(lines: readonly string[]): string | undefined {
  const rendering = lines.map((l) => /Caught error rendering (\S+): (?:\w*Error: )?(.*)$/.exec(l)).find(Boolean);
  if (rendering?.[2]) return rendering[2];
  const flagged = lines.map((l) => /\[ERROR\](?: \[[\w:-]+\])? (?:\w*Error: )?(.+)$/.exec(l)?.[1]).find(Boolean);
  if (flagged) return flagged;
  return lines
    .find((l) => l.trim() !== '' && !/^\d\d:\d\d:\d\d /.test(l) && !/^\s+(at |│|╭|─|Location:|Stack trace:|Hint:)/.test(l))
    ?.trim();
}

function location(lines: readonly string[], cwd: string): string | undefined {
  const i = lines.findIndex((l) => /^\s*Location:\s*$/.test(l));
  const loc = i >= 0 ? lines[i + 1]?.trim() : /╭─\[\s*(.+?)\s*\]/.exec(lines.join('\n'))?.[1];
  const m = loc ? /^(.+?)(?:\?[^:]*)?:(\d+):(\d+)$/.exec(loc) : undefined;
  return m?.[1] ? `${editorPath(m[1], cwd)}:${m[2]}:${m[3]}` : undefined;
}

export interface FailureContext {
  cwd: string;
  contentDir: string;
  logFile: string;
  exists?: (p: string) => boolean;
  /** False when the build ran with --skip-check: the summary must not say the check found nothing. */
  checked?: boolean;
}

/** The Danish summary for a failed Astro build: a few lines, no stack trace. */
export function summariseAstroFailure(log: string, ctx: FailureContext): string[] {
  const lines = log.replace(ANSI, '').split(/\r?\n/);
  // Messages the site itself throws (content guard, data check) are already file:line:column lines.
  const positioned = [...new Set(lines.map((l) => l.trim()).filter((l) => POSITIONED.test(l) && !/^(at |file:)/.test(l)))].map((l) => {
    const m = POSITIONED.exec(l);
    return m ? `${editorPath(m[1] ?? '', ctx.cwd)}:${m[2]}:${m[3]}: ${m[4]}` : l;
  });
  const fileCauses = [
    ...new Set(
      lines.flatMap((l) => {
        const m = fileCause(l);
        return m ? [`${editorPath(m[1] ?? '', ctx.cwd)}: ${m[2]}`] : [];
      }),
    ),
  ];
  const page = lines.map((l) => /Caught error rendering (\S+):/.exec(l)?.[1]).find(Boolean);
  const file = page ? contentFileForPage(page, ctx.contentDir, ctx.exists) : undefined;
  const where = location(lines, ctx.cwd);
  const cause = causeLine(lines) ?? 'ukendt fejl';
  const out = [
    ctx.checked === false
      ? 'Astro-byggeriet stoppede. Tjekket blev sprunget over (--skip-check); kør npm run check for at få fejlene med linje og kolonne.'
      : 'Astro-byggeriet stoppede, selv om tjekket ikke fandt fejl.',
  ];
  // An MDX syntax error ("82:7: Unexpected character … (mdx-jsx:…)") gets the check's Danish words.
  const mdx = /^\d+:\d+: (.*\(mdx[\w:-]*\))$/.exec(cause);
  if (positioned.length > 0 || fileCauses.length > 0) out.push(...[...positioned, ...fileCauses].map((l) => `  ${l}`));
  else if (mdx?.[1] && where) {
    const { message, expected } = mdxSyntaxCause(mdx[1]);
    out.push(`  ${where}: ${message} (forventede ${expected})`);
  } else out.push(`  Årsag (Astros egen besked): ${cause.length > 300 ? `${cause.slice(0, 299)}…` : cause}`);
  const whereFile = where?.replace(/:\d+:\d+$/, '');
  const pageFile = file ? editorPath(file, ctx.cwd) : undefined;
  // Astro's location for a page that failed while rendering can point into another module (another
  // content file, even): only the page's own content file, or code outside the content, is a guide.
  const contentPrefix = `${editorPath(resolve(ctx.cwd, ctx.contentDir), ctx.cwd).replace(/\/$/, '')}/`;
  const elsewhere = page !== undefined && whereFile !== pageFile && (whereFile ?? '').startsWith(contentPrefix);
  const named = [...positioned, ...fileCauses].some((l) => l.startsWith(whereFile ?? ''));
  if (where && !mdx && !named && !elsewhere && (!pageFile || pageFile === whereFile)) out.push(`  Fil: ${where}`);
  if (page) out.push(`  Siden, der blev bygget: ${page}${pageFile ? ` (fra ${pageFile})` : ''}`);
  out.push(`Hele Astros besked står i ${editorPath(ctx.logFile, ctx.cwd)}. Er fejlen ikke i dine filer, så kontakt en udvikler.`);
  return out;
}

/** Keep the full log for developers; the editor sees the summary. */
export function saveLog(logFile: string, log: string): void {
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, log.replace(ANSI, ''));
}
