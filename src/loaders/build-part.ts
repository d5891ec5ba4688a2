/**
 * This process's part of a build in parts (src/lib/build-parts.ts), from BUILD_PART, which
 * scripts/build.ts sets; undefined for `astro build`, `astro dev` and a build in one process.
 */
import { buildsLetter, buildsOtherPages, parseBuildPart, type BuildPart } from '../lib/build-parts.ts';

export function currentBuildPart(env: Record<string, string | undefined> = process.env): BuildPart | undefined {
  return parseBuildPart(env.BUILD_PART);
}

/** True when this process builds the letter's page (and renders its Markdown). */
export function buildsLetterHere(id: string): boolean {
  return buildsLetter(id, currentBuildPart());
}

/** True when this process builds the site's pages other than letters. */
export function buildsOtherPagesHere(): boolean {
  return buildsOtherPages(currentBuildPart());
}
