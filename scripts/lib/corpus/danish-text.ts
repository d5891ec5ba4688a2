/**
 * Assemble plausible Danish letter prose from the phrase bank: fill {slots}, build paragraphs,
 * sections and lists until a target word count is reached. Pure: all randomness comes from the Rng.
 */
import { ORGANISATIONS } from '../../../src/lib/registry/organisations.ts';
import type { AreaId } from '../../../src/lib/registry/areas.ts';
import { AREA_PHRASES, DISTRICTS, GROUPS, HEADINGS, MONTHS, PARAGRAPH_OPENERS, RARE_WORDS, SENTENCES } from './danish-bank.ts';
import type { Rng } from './prng.ts';

export interface TextContext {
  /** The areas the letter concerns; slots draw topics from these. */
  areas: readonly AreaId[];
  year: number;
}

const da = new Intl.NumberFormat('da-DK');

function amount(rng: Rng): string {
  if (rng.chance(0.5)) return `${da.format(rng.int(50, 950) * 1000)} kr.`;
  const millions = rng.int(5, 250) / 10;
  return `${millions.toLocaleString('da-DK')} mio. kr.`;
}

/** Fill every {slot} in a template with a value drawn for this context. */
export function fill(template: string, rng: Rng, ctx: TextContext): string {
  const area = AREA_PHRASES[rng.pick(ctx.areas)];
  const org = rng.pick(ORGANISATIONS);
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'emne':
        return rng.pick(area.topics);
      case 'indsats':
        return rng.pick(area.initiatives);
      case 'omr':
        return area.field;
      case 'gruppe':
        return rng.pick(GROUPS);
      case 'udvalg':
        return org.committee.name;
      case 'forv':
        return org.administration.name;
      case 'bydel':
        return rng.pick(DISTRICTS);
      case 'aar':
        return String(ctx.year - rng.int(0, 2));
      case 'naesteaar':
        return String(ctx.year + 1);
      case 'beloeb':
        return amount(rng);
      case 'pct':
        return `${rng.int(3, 85)} pct.`;
      case 'antal':
        return da.format(rng.int(12, 2400));
      case 'maaned':
        return rng.pick(MONTHS);
      case 'dag':
        return String(rng.int(1, 28));
      default:
        throw new Error(`Unknown slot {${slot}} in phrase bank template: ${template}`);
    }
  });
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** A paragraph of 3–7 sentences; rarely carries one of the rare words. */
export function paragraph(rng: Rng, ctx: TextContext): string {
  const n = rng.int(3, 7);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(capitalise(fill(rng.pick(SENTENCES), rng, ctx)));
  if (rng.chance(0.004)) {
    sentences.push(`Også ${rng.pick(RARE_WORDS)} i ${rng.pick(DISTRICTS)} er nævnt som et godt eksempel.`);
  }
  return sentences.join(' ');
}

function bulletList(rng: Rng, ctx: TextContext): string {
  const n = rng.int(3, 6);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`- ${capitalise(fill(rng.pick(SENTENCES), rng, ctx))}`);
  return items.join('\n');
}

/**
 * The body between salutation and closing: an opening paragraph, then sections with headings,
 * paragraphs and the odd bullet list, until at least `targetWords` words; a block that would pass
 * `maxWords` ends the body instead.
 */
export function letterBody(rng: Rng, ctx: TextContext, targetWords: number, maxWords: number): string {
  const blocks: string[] = [fill(rng.pick(PARAGRAPH_OPENERS), rng, ctx) + ' ' + paragraph(rng, ctx)];
  let words = countWords(blocks[0] ?? '');
  const headings = rng.sample(HEADINGS, HEADINGS.length);
  let h = 0;
  while (words < targetWords) {
    const heading = h < headings.length && rng.chance(0.35) ? `### ${headings[h++]}` : undefined;
    const block = rng.chance(0.12) ? bulletList(rng, ctx) : paragraph(rng, ctx);
    const blockWords = countWords(block) + (heading ? countWords(heading) : 0);
    if (words + blockWords > maxWords) break;
    if (heading) blocks.push(heading);
    blocks.push(block);
    words += blockWords;
  }
  return blocks.join('\n\n');
}
