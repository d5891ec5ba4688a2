/**
 * The importer on the archive's real letters, as text, as a PDF and as a DOCX made from them: the
 * share of front-matter fields right, and that each draft passes the editor check once the marked
 * fields are filled in as the published letter has them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { splitFrontMatter } from '../../scripts/lib/check/front-matter.ts';
import { isReviewMarker } from '../../scripts/lib/check/rules/review-markers.ts';
import { readIndicatorIds } from '../../src/loaders/barometer.ts';
import { letterSlugs } from '../../scripts/lib/check/check-dir.ts';
import { scoreOwn, scoreSeeds } from '../../scripts/lib/import/accuracy.ts';
import { draftMarkdown } from '../../scripts/lib/import/draft.ts';
import { compareFields, score } from '../../scripts/lib/import/field-compare.ts';
import { readKnownSenders } from '../../scripts/lib/import/known-senders.ts';
import { parseLetter } from '../../scripts/lib/import/parse-letter.ts';
import { readPdf } from '../../scripts/lib/import/read-pdf.ts';
import { readDocx } from '../../scripts/lib/import/read-docx.ts';
import { letterDocx, letterPdf } from '../helpers/import-fixture-files.ts';

const SEED = 'test/fixtures/import/seed';
const LETTERS = 'content/letters';
const ctx = { indicatorIds: readIndicatorIds('data'), letterSlugs: letterSlugs('content') };

function published(seedFile: string): { slug: string; data: Record<string, unknown> } {
  for (const f of readdirSync(LETTERS)) {
    const { fm } = splitFrontMatter(readFileSync(join(LETTERS, f), 'utf8'), f);
    const data = (fm?.data ?? {}) as Record<string, unknown>;
    if (data.sourceFile === seedFile) return { slug: f.replace(/\.md$/, ''), data };
  }
  throw new Error(`no published letter for ${seedFile}`);
}

const seeds = readdirSync(SEED)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The editor's review: each marked field gets the published letter's value, or goes if it has none. */
function review(value: unknown, truth: unknown): unknown {
  if (isReviewMarker(value)) return truth;
  if (Array.isArray(value)) return value.map((v, i) => review(v, Array.isArray(truth) ? truth[i] : undefined));
  if (value && typeof value === 'object') {
    const t = (truth ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]) => {
        const r = review(v, t[k]);
        return r === undefined ? [] : [[k, r]];
      }),
    );
  }
  return value;
}

describe('importer on the archive letters', () => {
  it('gets at least 90 % of the fields right on the five originals (text exports)', () => {
    const results = scoreSeeds(SEED, LETTERS).flatMap((l) => l.results);
    const s = score(results);
    expect(s.total).toBeGreaterThan(80);
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
  });

  it("gets the project's own test letters right too", () => {
    const s = score(scoreOwn('test/fixtures/import/own', LETTERS).flatMap((l) => l.results));
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
  });

  it.each(seeds)('%s: the draft passes the check once the marked fields are reviewed', (file) => {
    const truth = published(file);
    const parsed = parseLetter(readFileSync(join(SEED, file), 'utf8'), {
      known: readKnownSenders(LETTERS, new Set([truth.slug])),
      sourceName: file,
      sourceKind: 'tekst',
    });
    const draft = draftMarkdown(parsed.data, parsed.body, parsed.reviews);
    const before = checkContentFile(draft, 'kladde.md', 'letters', ctx);
    // Only the marked fields stand between the draft and the check.
    expect(before.every((e) => e.got?.startsWith('TODO'))).toBe(true);
    const reviewed = review(parsed.data, truth.data) as Record<string, unknown>;
    expect(checkContentFile(draftMarkdown(reviewed, parsed.body, parsed.reviews), 'kladde.md', 'letters', ctx)).toEqual([]);
  });

  it.each(seeds)('%s: as a PDF with a text layer and as a DOCX, at least nine fields in ten are right', async (file) => {
    const text = readFileSync(join(SEED, file), 'utf8');
    const truth = published(file);
    const known = readKnownSenders(LETTERS, new Set([truth.slug]));
    for (const extracted of [(await readPdf(await letterPdf(text))).text, await readDocx(await letterDocx(text))]) {
      const parsed = parseLetter(extracted, { known, sourceName: file, sourceKind: 'PDF' });
      const results = compareFields(truth.data, parsed.data);
      const s = score(results);
      expect(
        s.right / s.total,
        JSON.stringify(
          results.filter((r) => r.outcome !== 'right'),
          null,
          1,
        ),
      ).toBeGreaterThanOrEqual(0.9);
    }
  });
});
