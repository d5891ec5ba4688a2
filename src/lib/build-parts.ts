/**
 * A large archive is built by several Astro processes at once, one per core (scripts/build.ts):
 * Astro renders pages on one thread, and at 20,000 letters the letter pages and their Markdown are
 * most of the build. Each process is one "part": the first builds every page but the letters of the
 * other parts; each other part builds only its own letters' pages (and renders only their Markdown).
 * Which part builds a letter follows from a hash of its id, so a letter stays in its part from one
 * build to the next and each part's cache stays valid. The pages are the same as one process would
 * build: the build script moves the other parts' letter pages into the first part's folder.
 */

export interface BuildPart {
  /** 0 for the part that builds every page but other parts' letters. */
  index: number;
  count: number;
}

/** `BUILD_PART` as the build script sets it ("2/2": the second of two parts), or undefined for one process. */
export function parseBuildPart(raw: string | undefined): BuildPart | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(raw?.trim() ?? '');
  if (!m) return undefined;
  const [n, count] = [Number(m[1]), Number(m[2])];
  if (count < 2 || n < 1 || n > count) return undefined;
  return { index: n - 1, count };
}

/**
 * Share of the letters the first part builds. The first part also builds every other page (lists,
 * indicators, charts), so it takes fewer letters and the parts finish at about the same time.
 * Benched at 20,000 letters: with 40 % the parts took 68.4 / 76.6 s and 66.3 / 69.2 s (the build
 * 152.0 and 153.4 s); with 45 % 80.2 / 72.0 s (the build 166.5 s). So 40 %.
 */
export function firstPartShare(count: number): number {
  return 0.8 / count;
}

/** A letter id's place in [0, 1): FNV-1a, stable across builds and machines. */
export function letterPosition(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

/** Which part (0-based) builds the page of the letter with this id. */
export function letterPart(id: string, count: number): number {
  if (count < 2) return 0;
  const u = letterPosition(id);
  const first = firstPartShare(count);
  if (u < first) return 0;
  return Math.min(count - 1, 1 + Math.floor(((u - first) / (1 - first)) * (count - 1)));
}

/** True when this process builds (and renders the Markdown of) the letter; always without parts. */
export function buildsLetter(id: string, part: BuildPart | undefined): boolean {
  return !part || letterPart(id, part.count) === part.index;
}

/** True when this process builds the pages of a route other than the letter page. */
export function buildsOtherPages(part: BuildPart | undefined): boolean {
  return !part || part.index === 0;
}

export interface PartCountInput {
  /** Letters in the content folder. */
  letters: number;
  cores: number;
  /** True when Astro's cache holds a previous build (incremental-build.json). */
  warm: boolean;
  /** BUILD_PARTS, if set. */
  override?: string | undefined;
  /**
   * True when the output folder is outside the project folder (prerenderFolderShared): then every
   * Astro process puts its intermediate build in the project's one .astro/.prerender/ folder.
   */
  sharedPrerender?: boolean;
}

/**
 * Astro builds the pages from an intermediate bundle in <output folder>/.prerender/, but only when
 * the output folder is inside the folder it runs in (a path that begins with it, as Astro tests);
 * otherwise in <project>/.astro/.prerender/. Two parts with such output folders would write and
 * delete that one folder under each other (seen: "Cannot find module …/.astro/.prerender/chunks/…"
 * with OUT_DIR=/tmp/… at 20,000 letters), so such a build runs in one process.
 */
export function prerenderFolderShared(outDir: string, cwd: string): boolean {
  return !outDir.startsWith(cwd);
}

/**
 * How many parts to build in: one per core (at most `max`) for a cold build of an archive large
 * enough that a second Astro process's start-up (about 10 s of CPU) pays off. A warm build runs in
 * one process: it mostly copies pages from the cache, and two processes that each read the whole
 * archive and bundle the site compete for the two cores (measured: 47.9 s in two parts against
 * 37.3 s in one at 20,000 letters). The build script gathers the parts' caches into one after a
 * build in parts, so the next build finds everything. BUILD_PARTS overrides it.
 */
export function partCount(input: PartCountInput, minLetters = 2000, max = 2): number {
  const { override } = input;
  if (input.sharedPrerender) return 1;
  const forced = Number(override);
  if (override !== undefined && override.trim() !== '' && Number.isInteger(forced) && forced >= 1) return forced;
  if (input.warm || input.letters < minLetters) return 1;
  return Math.max(1, Math.min(max, input.cores));
}
