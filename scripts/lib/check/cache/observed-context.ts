/**
 * What one file's check result depended on besides the file itself. The per-file rules ask the
 * content context about other files: is this indicator id known, is this letter there, is this file
 * in public/, does this date lie after today. A context wrapped by observe() writes down every
 * question and its answer; a cached result is reused only while every answer is still the same
 * (holds()). So adding a letter does not invalidate the 20,000 others, yet a letter linking to the
 * new one, or a date that today has caught up with, is checked again.
 *
 * A dependency is a short string, its first character saying what was asked:
 *   i+id / i-id   indicator id known / unknown      I<digest>  the whole indicator list, in order
 *   l+slug / l-slug  letter known / unknown          L<digest>  the whole letter list, in order
 *   p+path / p-path  file in public/ or not
 *   d+day / d-day    a date after today / not after  t<day>     today itself (a message names it)
 * A whole list is read only to guess a misspelt name ("mente du …?"); any use of a list other than
 * has() counts as reading all of it.
 */
import { hash } from 'node:crypto';
import { isoDay } from '../../../../src/lib/format/iso-day.ts';
import type { ContentContext } from '../context.ts';

export type Dependency = string;

/** The check's inputs from outside the file, answering the questions a dependency records. */
class Answers {
  private readonly digests = new Map<string, string>();
  readonly day: string;
  readonly ctx: ContentContext & { today: Date };

  constructor(ctx: ContentContext & { today: Date }) {
    this.ctx = ctx;
    this.day = isoDay(ctx.today);
  }

  /** A digest of a whole list in iteration order (the guess takes the first nearest name). */
  digest(kind: 'I' | 'L'): string {
    let d = this.digests.get(kind);
    if (d === undefined) {
      d = hash('sha1', [...(kind === 'I' ? this.ctx.indicatorIds : this.ctx.letterSlugs)].join('\n'), 'base64');
      this.digests.set(kind, d);
    }
    return d;
  }

  holds(dep: Dependency): boolean {
    const kind = dep[0];
    const value = dep.slice(2);
    const yes = dep[1] === '+';
    switch (kind) {
      case 'i':
        return this.ctx.indicatorIds.has(value) === yes;
      case 'l':
        return this.ctx.letterSlugs.has(value) === yes;
      case 'p':
        return (this.ctx.publicFile?.(value) ?? false) === yes;
      case 'd':
        return value > this.day === yes;
      case 't':
        return dep.slice(1) === this.day;
      case 'I':
      case 'L':
        return dep.slice(1) === this.digest(kind);
      default:
        return false;
    }
  }
}

/** Answers the context's questions and judges recorded dependencies against it; one per run. */
export class ContextWitness {
  private readonly answers: Answers;

  constructor(ctx: ContentContext) {
    this.answers = new Answers({ ...ctx, today: ctx.today ?? new Date() });
  }

  /** Whether a result that depended on these answers would come out the same today. */
  holds(dependencies: readonly Dependency[]): boolean {
    return dependencies.every((d) => this.answers.holds(d));
  }

  /** The same context, writing down each question a rule asks of it. */
  observe(): { ctx: ContentContext; dependencies: () => Dependency[] } {
    const answers = this.answers;
    const seen = new Set<Dependency>();
    const watched = (set: ReadonlySet<string>, kind: 'i' | 'l', all: 'I' | 'L'): ReadonlySet<string> =>
      new Proxy(set, {
        get(target, key) {
          if (key === 'has')
            return (value: string) => {
              const known = target.has(value);
              seen.add(`${kind}${known ? '+' : '-'}${value}`);
              return known;
            };
          seen.add(`${all}${answers.digest(all)}`);
          const member: unknown = Reflect.get(target, key, target);
          return typeof member === 'function' ? member.bind(target) : member;
        },
      });
    const { ctx: real } = answers;
    const publicFile = real.publicFile;
    const ctx: ContentContext = {
      indicatorIds: watched(real.indicatorIds, 'i', 'I'),
      letterSlugs: watched(real.letterSlugs, 'l', 'L'),
      today: real.today,
      publicFile: publicFile
        ? (path) => {
            const there = publicFile(path);
            seen.add(`p${there ? '+' : '-'}${path}`);
            return there;
          }
        : undefined,
      dateCompared: (day, after) => {
        seen.add(`d${after ? '+' : '-'}${day}`);
        // The message quotes today ("en dato til og med …"): the result holds only on this day.
        if (after) seen.add(`t${answers.day}`);
      },
    };
    return { ctx, dependencies: () => [...seen] };
  }
}
