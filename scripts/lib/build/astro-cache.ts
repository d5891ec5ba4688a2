/**
 * Where Astro's incremental build keeps its state in the cache folder (astro/dist/core/build/
 * incremental.js, manifest version 1): the manifest of the pages it made, and a copy of each page
 * with a cache key under dist/. The build in parts, the warm build's links and the search step's
 * page memo all read this layout; it is written down once, here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MANIFEST = 'incremental-build.json';

/** The parts of the manifest the build scripts touch. */
export interface AstroManifest {
  version: number;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { outputFile: string }> }>;
}

/** The folder of Astro's cached page copies. */
export function astroPageCopies(cacheDir: string): string {
  return join(cacheDir, 'dist');
}

/**
 * Node arguments and environment that make Astro link each page's cached copy to the page it has
 * just written instead of writing the bytes again (link-cache-copies.ts).
 */
export function linkCacheCopies(outDir: string, cacheDir: string): { nodeArgs: string[]; env: Record<string, string> } {
  const hook = pathToFileURL(join(import.meta.dirname, 'link-cache-copies.ts')).href;
  return { nodeArgs: ['--import', hook], env: { LINK_CACHE_COPIES: `${outDir}\n${astroPageCopies(cacheDir)}` } };
}

export function astroManifestFile(cacheDir: string): string {
  return join(cacheDir, MANIFEST);
}

/** The manifest, or undefined when there is none or it is in a format this does not know. */
export function readAstroManifest(cacheDir: string): AstroManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(astroManifestFile(cacheDir), 'utf8')) as AstroManifest;
    return m.version === 1 && typeof m.routes === 'object' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** True when Astro's cache holds a previous build: the next build is warm. */
export function hasPreviousBuild(cacheDir: string): boolean {
  return existsSync(astroManifestFile(cacheDir));
}
