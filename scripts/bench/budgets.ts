/**
 * The performance budgets of /work/shared/product.md as data, judged against a benchmark report.
 * 1 KB = 1,000 bytes (the stricter reading). Pure: unit-tested in test/unit/bench-budgets.test.ts.
 */
export const BUDGETS = {
  /** 5,000 letters + 200 indicators × 20 years, check + Astro + Pagefind, on 2 cores. */
  buildMs: 120_000,
  buildLetters: 5000,
  /** JavaScript on every page type except search, gzip. */
  contentJsGzip: 10_000,
  /** Bytes on the wire per search query. */
  queryBytes: 150_000,
  /** Last keystroke → first result painted. */
  firstResultMs: 300,
  /** Per-letter build time at the largest size over the smallest: above this, growth is not linear. */
  linearityRatio: 1.25,
} as const;

export interface SizeFigures {
  letters: number;
  buildMs: number;
  pageJs: { type: string; jsGzip: number }[];
}

export interface QueryFigures {
  label: string;
  bytes: number;
  firstResultMs?: number;
}

export interface Verdict {
  budget: string;
  limit: string;
  value: string;
  met: boolean;
}

/**
 * Per-letter build time of the largest run over the smallest, and the marginal version
 * ((t_large − t_mid)/(n_large − n_mid)) / ((t_mid − t_small)/(n_mid − n_small)), which removes the
 * fixed cost (indicator pages, start-up) that makes small runs look slow per letter.
 */
export function linearity(sizes: readonly { letters: number; buildMs: number }[]): { perLetter?: number; marginal?: number } {
  const s = [...sizes].sort((a, b) => a.letters - b.letters);
  const small = s[0];
  const large = s[s.length - 1];
  if (!small || !large || small === large) return {};
  const perLetter = large.buildMs / large.letters / (small.buildMs / small.letters);
  const mid = s.length >= 3 ? s[Math.floor(s.length / 2)] : undefined;
  const marginal =
    mid && mid.letters !== small.letters && mid.letters !== large.letters
      ? (large.buildMs - mid.buildMs) / (large.letters - mid.letters) / ((mid.buildMs - small.buildMs) / (mid.letters - small.letters))
      : undefined;
  return { perLetter, marginal };
}

/** The median element by `key` (the lower one of the middle two for an even count). */
export function medianBy<T>(items: readonly T[], key: (t: T) => number): T {
  if (items.length === 0) throw new Error('medianBy() of an empty list');
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

const one = (n: number) => n.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kb = (bytes: number) => `${one(bytes / 1000)} KB`;
const sec = (ms: number) => `${one(ms / 1000)} s`;

export function judge(sizes: readonly SizeFigures[], queries: readonly QueryFigures[], cores: number): Verdict[] {
  const out: Verdict[] = [];
  const target = sizes.find((s) => s.letters === BUDGETS.buildLetters);
  if (target) {
    out.push({
      budget: `byg af ${BUDGETS.buildLetters.toLocaleString('da-DK')} breve (${cores} kerner)`,
      limit: `< ${sec(BUDGETS.buildMs)}`,
      value: sec(target.buildMs),
      met: target.buildMs < BUDGETS.buildMs,
    });
  }
  const largest = [...sizes].sort((a, b) => b.letters - a.letters)[0];
  for (const p of largest?.pageJs ?? []) {
    if (p.type === 'søg') continue;
    out.push({ budget: `JS på ${p.type} (gzip)`, limit: `≤ ${kb(BUDGETS.contentJsGzip)}`, value: kb(p.jsGzip), met: p.jsGzip <= BUDGETS.contentJsGzip });
  }
  for (const q of queries) {
    out.push({ budget: `søgning «${q.label}»: bytes`, limit: `≤ ${kb(BUDGETS.queryBytes)}`, value: kb(q.bytes), met: q.bytes <= BUDGETS.queryBytes });
    out.push({
      budget: `søgning «${q.label}»: første resultat`,
      limit: `≤ ${BUDGETS.firstResultMs} ms`,
      value: q.firstResultMs === undefined ? 'intet resultat' : `${Math.round(q.firstResultMs)} ms`,
      met: q.firstResultMs !== undefined && q.firstResultMs <= BUDGETS.firstResultMs,
    });
  }
  // Both ratios: per letter as product.md asks (fixed costs make it low), and marginal, which shows
  // growth faster than linear once the fixed costs are taken out.
  const { perLetter, marginal } = linearity(sizes);
  const ratio = (r: number) => r.toLocaleString('da-DK', { maximumFractionDigits: 2 });
  const limit = `≤ ${BUDGETS.linearityRatio.toLocaleString('da-DK')}`;
  if (perLetter !== undefined) {
    out.push({ budget: 'lineær vækst: tid pr. brev, største/mindste', limit, value: ratio(perLetter), met: perLetter <= BUDGETS.linearityRatio });
  }
  if (marginal !== undefined) {
    // A negative ratio means a smaller corpus built slower than a larger one: the machine was busy.
    const valid = marginal > 0;
    out.push({
      budget: 'lineær vækst: marginal tid pr. brev, sidste/første interval',
      limit,
      value: valid ? ratio(marginal) : `${ratio(marginal)} (ugyldig: maskinen var optaget)`,
      met: valid && marginal <= BUDGETS.linearityRatio,
    });
  }
  return out;
}
