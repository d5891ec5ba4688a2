/**
 * Letter bodies kept beside Astro's content store instead of inside it.
 *
 * Astro bundles the whole content store into one JavaScript module, which the build must compile
 * and hold in memory at once. With the letters' rendered HTML in it (about 11 KB per letter) that
 * module was 290 MB at 20,000 letters: the largest cost in time and memory of the Astro step, and
 * past the longest string V8 allows (about 512 MB) before 50,000 letters. So the letters' loader
 * writes each rendered body to its own file, named by the entry's digest (a hash of the Markdown
 * file), and the store keeps only the front matter. The letter page reads its one body when it is
 * rendered. Astro's own Markdown pipeline still renders every body (plugins, anchors, sanitising),
 * and only files whose digest changed are rendered again on the next build (unchanged files are
 * not even parsed: src/loaders/unchanged-entries.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { siteSettings } from './site-settings.ts';
import { skipUnchanged, type EntryInfoType } from './unchanged-entries.ts';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * The folder of body files, beside the content store: in Astro's cache for builds, in .astro/ for
 * the dev server (which keeps its own store there), so the two never remove each other's files.
 */
export function letterBodiesDir(dev: boolean = import.meta.env.DEV, env: Record<string, string | undefined> = process.env): string {
  return dev ? resolve('.astro', 'letter-bodies') : resolve(siteSettings(env).cacheDir, 'letter-bodies');
}

function bodyFile(dir: string, digest: string): string {
  return join(dir, `${digest}.html`);
}

/** The rendered body of a letter, or undefined if its loader did not render one (an MDX letter). */
export function readLetterBody(dir: string, entry: { id: string; digest?: string | number; deferredRender?: boolean }): string | undefined {
  if (entry.digest === undefined || entry.deferredRender) return undefined;
  const file = bodyFile(dir, String(entry.digest));
  if (!existsSync(file)) {
    throw new Error(`Brevet "${entry.id}" mangler sin tekst i ${dir}. Slet mappen ${dir} og byg igen.`);
  }
  return readFileSync(file, 'utf8');
}

/** The part of Astro's entry types (`.md` → how to read and render it) the glob loader uses. */
type RenderFunction = (args: { id: string }) => Promise<unknown>;
interface EntryType extends EntryInfoType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
}
type EntryTypes = Map<string, EntryType>;

/**
 * The entry types with Markdown rendered only for the letters this process builds (a build in
 * parts, src/lib/build-parts.ts): the others keep their front matter and get no body file.
 * Astro hands the glob loader its entry types in the load context (not in the public type).
 * `failed` hears each render error before the glob loader logs it and passes over the letter.
 */
export function renderingOnly(
  entryTypes: EntryTypes,
  renders: (id: string) => boolean,
  failed: (id: string, err: unknown) => void = () => undefined,
): EntryTypes {
  const out: EntryTypes = new Map();
  for (const [ext, type] of entryTypes) {
    const inner = type.getRenderFunction;
    if (!inner) {
      out.set(ext, type);
      continue;
    }
    const getRenderFunction = async (config: unknown): Promise<RenderFunction> => {
      const render = await inner.call(type, config);
      return async (args) => {
        if (!renders(args.id)) return undefined;
        try {
          return await render(args);
        } catch (err) {
          failed(args.id, err);
          throw err;
        }
      };
    };
    out.set(ext, { ...type, getRenderFunction });
  }
  return out;
}

/**
 * Why a letter's text could not be rendered, in the editor's words. A stack overflow comes from
 * text nested too deep for the processor's tree walk, which the editor check points out by line.
 */
export function renderFailureText(path: string, err: unknown): string {
  // One letter, one line: a line break in a file name is shown, not printed.
  const file = path.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  const cause = err === undefined ? undefined : (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
  if (cause && /Maximum call stack size exceeded|too much recursion/i.test(cause))
    return `${file}: teksten har citater, lister, HTML-elementer eller fremhævninger lagt for dybt inden i hinanden, så den kan ikke gøres til HTML (»${cause}«); npm run check viser linjen`;
  return `${file}: teksten kunne ikke gøres til HTML (${cause ? `»${cause}«` : 'Astro gav ingen grund'})`;
}

/**
 * Thrown when letters could not be rendered: one line per letter, `file: cause`, so the build
 * stops at the content sync and names every such letter (scripts/lib/build/astro-failure.ts),
 * instead of passing over them and later blaming a missing body file in the cache.
 */
export class LetterRenderError extends Error {
  constructor(lines: readonly string[]) {
    super(`Brevenes tekst kunne ikke gøres til HTML:\n${lines.join('\n')}`);
    this.name = 'LetterRenderError';
  }
}

/**
 * Wrap a loader (the glob loader) so rendered HTML goes to body files and the store keeps the rest.
 * Entries this process renders whose body file is missing (a cleared cache) are dropped first, so
 * they are rendered again; body files no entry refers to any more are removed afterwards.
 * `renders` says which letters this process renders (all, unless the build runs in parts).
 */
export function bodiesOutsideStore(inner: Loader, dir: string, renders: (id: string) => boolean = () => true): Loader {
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      mkdirSync(dir, { recursive: true });
      const { store } = context;
      for (const [id, entry] of store.entries()) {
        if (!entry.digest || entry.deferredRender || !renders(id)) continue;
        // Rendered by another part last time (no body): drop it so it is rendered now.
        if (!existsSync(bodyFile(dir, String(entry.digest)))) store.delete(id);
      }
      // Render errors by letter id; the glob loader logs one, then stores the letter without a body.
      const causes = new Map<string, unknown>();
      const failures: string[] = [];
      const set = (entry: StoreEntry): boolean => {
        const html = entry.rendered?.html;
        if (html === undefined && entry.digest && !entry.deferredRender && renders(entry.id))
          failures.push(renderFailureText(entry.filePath ?? entry.id, causes.get(entry.id)));
        if (typeof html !== 'string' || !entry.digest) return store.set(entry);
        writeFileSync(bodyFile(dir, String(entry.digest)), html);
        return store.set({ ...entry, rendered: undefined });
      };
      const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      // After the deletions above: an entry dropped there is read and rendered again in full.
      const types =
        entryTypes &&
        skipUnchanged(
          renderingOnly(entryTypes, renders, (id, err) => causes.set(id, err)),
          store.values(),
          context.generateDigest,
          context.config.root,
        );
      await inner.load({ ...context, store: { ...store, set }, ...(types && { entryTypes: types }) });
      // Such a letter has no body file, so the next build renders it again (the deletions above).
      if (failures.length > 0) throw new LetterRenderError(failures.sort());
      const kept = new Set(store.values().flatMap((e) => (renders(e.id) ? [`${String(e.digest)}.html`] : [])));
      for (const name of readdirSync(dir)) if (!kept.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
