/**
 * What the published archive already says about a signer: the organisation each earlier letter
 * gives for the same name. A letter from "Jakob Hougaard" without a letterhead is most likely from
 * the committee his earlier letters name. Read from content/letters, so it learns as the archive grows;
 * a draft not yet reviewed (a TODO value, a »# tjek:« comment) does not count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../check/front-matter.ts';
import { isReviewMarker } from '../check/rules/review-markers.ts';

/** Signer name (lower case) → organisation abbreviation → number of letters. */
export type KnownSenders = Map<string, Map<string, number>>;

export function readKnownSenders(lettersDir: string, exceptSlugs: ReadonlySet<string> = new Set()): KnownSenders {
  const known: KnownSenders = new Map();
  if (!existsSync(lettersDir)) return known;
  for (const file of readdirSync(lettersDir)) {
    const slug = file.replace(/\.mdx?$/, '');
    if (slug === file || exceptSlugs.has(slug)) continue;
    const { fm } = splitFrontMatter(readFileSync(join(lettersDir, file), 'utf8'), file);
    // An unfinished draft (still »# tjek:« or TODO) is no evidence: its values may be the importer's own guesses.
    if (!fm || /#\s*tjek:/i.test(fm.yamlText)) continue;
    const sender = (fm.data as { sender?: { name?: unknown; organisation?: unknown } } | undefined)?.sender;
    if (typeof sender?.name !== 'string' || typeof sender.organisation !== 'string') continue;
    if ([sender.name, sender.organisation].some((v) => isReviewMarker(v))) continue;
    const key = sender.name.toLowerCase();
    const orgs = known.get(key) ?? new Map<string, number>();
    orgs.set(sender.organisation, (orgs.get(sender.organisation) ?? 0) + 1);
    known.set(key, orgs);
  }
  return known;
}

/** The organisation most of the signer's published letters name, if any. */
export function usualOrganisation(known: KnownSenders, name: string): { organisation: string; letters: number } | undefined {
  const orgs = known.get(name.toLowerCase());
  if (!orgs) return undefined;
  const [best] = [...orgs.entries()].sort((a, b) => b[1] - a[1]);
  return best ? { organisation: best[0], letters: best[1] } : undefined;
}
