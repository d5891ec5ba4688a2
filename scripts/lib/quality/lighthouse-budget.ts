/**
 * The Lighthouse budget from the product brief (mobile): accessibility, best practices and SEO at
 * 100, performance at least 95. Scores are Lighthouse's 0–1 category scores, shown as 0–100.
 */
export const CATEGORY_LABELS = {
  performance: 'Performance',
  accessibility: 'Tilgængelighed',
  'best-practices': 'Best practices',
  seo: 'SEO',
} as const;

export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

export const BUDGET: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export interface AuditResult {
  path: string;
  /** 0–100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Audits that lost points, per category: "id: title". */
  failedAudits: Partial<Record<Category, string[]>>;
}

export function toPercent(score: number | null | undefined): number | null {
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

export function budgetFailures(results: AuditResult[], budget: Record<Category, number> = BUDGET): string[] {
  const failures: string[] = [];
  for (const r of results) {
    for (const c of CATEGORIES) {
      const score = r.scores[c];
      if (score === null || score < budget[c]) {
        const why = r.failedAudits[c]?.length ? `; tabte point: ${r.failedAudits[c]!.join(', ')}` : '';
        failures.push(`${r.path}: ${CATEGORY_LABELS[c]} ${score ?? 'ingen score'} (krav ≥ ${budget[c]})${why}`);
      }
    }
  }
  return failures;
}

/** A Markdown table: one row per page, one column per category. */
export function scoreTable(results: AuditResult[]): string {
  const head = `| side | ${CATEGORIES.map((c) => CATEGORY_LABELS[c]).join(' | ')} |`;
  const rule = `|---|${CATEGORIES.map(() => '---:').join('|')}|`;
  const rows = results.map((r) => `| \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
