/**
 * Generated letters: front matter in the shape of letterSchema (src/lib/content-schemas.ts) and a
 * Danish Markdown body of 400–1,500 words. Every letter is marked illustrative.
 */
import { asciiSlug } from '../../../src/lib/format/ascii-slug.ts';
import { AREA_IDS, type AreaId } from '../../../src/lib/registry/areas.ts';
import { ORGANISATIONS } from '../../../src/lib/registry/organisations.ts';
import { ATTACHMENTS, CLOSINGS, SALUTATIONS, SUBJECTS } from './danish-bank.ts';
import { countWords, fill, letterBody, type TextContext } from './danish-text.ts';
import type { PeopleRegistry, Person } from './people.ts';
import type { Rng } from './prng.ts';
import type { YamlValue } from './yaml.ts';

export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2026;
export const MIN_WORDS = 400;
export const MAX_WORDS = 1500;

export interface GeneratedLetter {
  /** File name without extension; becomes the letter's URL slug. */
  slug: string;
  data: { [key: string]: YamlValue | undefined };
  body: string;
  words: number;
}

/** ASCII slug: Danish letters transliterated, everything else to single hyphens. */
export function slugify(text: string, max = 60): string {
  return asciiSlug(text).slice(0, max).replace(/-+$/, '');
}

/** A weekday between FIRST_YEAR-01-01 and LAST_YEAR-12-31 (UTC). */
function weekday(rng: Rng): Date {
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const days = (Date.UTC(LAST_YEAR, 11, 31) - start) / 86_400_000;
  for (;;) {
    const d = new Date(start + rng.int(0, days) * 86_400_000);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) return d;
  }
}

/** Case and document numbers "YYYY-NNNNNN", unique across the corpus. */
export function uniqueNumber(rng: Rng, year: number, used: Set<string>): string {
  for (;;) {
    const n = `${year}-${rng.int(100_000, 999_999)}`;
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

const person = (p: Person): { [key: string]: YamlValue } => ({ name: p.name, title: p.title, organisation: p.organisation });

export interface LetterInput {
  rng: Rng;
  people: PeopleRegistry;
  usedNumbers: Set<string>;
  /** Indicator ids per area, so letters can point at indicators that exist in the same corpus. */
  indicatorsByArea: ReadonlyMap<AreaId, readonly string[]>;
}

export function generateLetter({ rng, people, usedNumbers, indicatorsByArea }: LetterInput): GeneratedLetter {
  const date = weekday(rng);
  const year = date.getUTCFullYear();
  const areaCount = rng.chance(0.7) ? 1 : rng.chance(0.8) ? 2 : 3;
  const areas = rng.sample(AREA_IDS, areaCount);
  const ctx: TextContext = { areas, year };

  const orgIndex = rng.int(0, ORGANISATIONS.length - 1);
  const sender = rng.chance(0.4) ? people.mayor(orgIndex, year) : rng.pick(people.senders(orgIndex, year));
  const toCommittees = rng.chance(0.3);
  // Addressed to mayors by name, or (as many archive letters are) to committees only.
  const byName = rng.chance(0.5);
  const recipients = toCommittees
    ? []
    : rng
        .sample(
          [...ORGANISATIONS.keys()].filter((i) => i !== orgIndex),
          rng.int(1, 4),
        )
        .map((i) => (byName ? person(people.mayor(i, year)) : { organisation: ORGANISATIONS[i]?.committee.abbr ?? 'ØU' }));

  const title = fill(rng.pick(SUBJECTS), rng, ctx);
  const indicatorPool = areas.flatMap((a) => [...(indicatorsByArea.get(a) ?? [])]);
  const attachments = rng.sample(ATTACHMENTS, rng.int(0, 3)).map((t) => ({ title: fill(t, rng, ctx) }));
  const sagsnr = uniqueNumber(rng, year, usedNumbers);

  const data: GeneratedLetter['data'] = {
    title,
    date,
    sagsnr,
    doknr: uniqueNumber(rng, year, usedNumbers),
    jnr: rng.chance(0.2) ? uniqueNumber(rng, year, usedNumbers) : undefined,
    sender: person(sender),
    recipients,
    recipientsNote: toCommittees ? 'Borgmestre, fagudvalg og forvaltninger' : undefined,
    areas: [...areas],
    indicators: rng.sample(indicatorPool, rng.int(0, 2)),
    attachments,
    summary: fill('Brevet handler om {emne} og status for {omr}.', rng, ctx),
    provenance: 'Genereret eksempelbrev til benchmark (ikke et rigtigt brev)',
    illustrative: true,
  };

  const closing = `${rng.pick(CLOSINGS)}\n\n${sender.name}  \n${sender.title}`;
  const salutation = `${rng.pick(SALUTATIONS)}`;
  const fixedWords = countWords(salutation) + countWords(closing);
  const target = rng.int(MIN_WORDS, MAX_WORDS - 150) - fixedWords;
  const body = `${salutation}\n\n${letterBody(rng, ctx, target, MAX_WORDS - fixedWords)}\n\n${closing}\n`;
  return { slug: `${sagsnr}-${slugify(title, 50)}`, data, body, words: countWords(body) };
}
