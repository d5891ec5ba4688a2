/**
 * The validated goals and spending for pages, read once per build (the dev server reads them per
 * request, so an edit shows at once). Letters come from the content collection the pages already
 * hold. An error stops the build with the same file:line:column list that `npm run check` prints.
 */
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { getBarometer } from './site-data.ts';
import { displayPath } from './barometer.ts';
import { formatErrors } from '../lib/data/errors.ts';
import { INDICATORS_TABLE } from '../lib/data/csv-schema.ts';
import { siteSettings } from './site-settings.ts';
import { perBuild } from './per-build.ts';
import { buildDate } from './build-date.ts';
import { caseNumberIndex, letterLookup } from '../lib/goals/letter-lookup.ts';
import { loadGoals } from './goals.ts';
import type { GoalData } from '../lib/goals/model.ts';
import { administrationSlug } from '../lib/goals/paths.ts';
import { administrationsWithSpending } from '../lib/goals/spending-view.ts';
import type { LetterInfo } from '../lib/goals/goal-view.ts';

async function load(): Promise<GoalData> {
  const { dataDir } = siteSettings(process.env);
  const letters = await getCollection('letters');
  const barometer = getBarometer();
  const { data, errors } = loadGoals(dataDir, {
    indicatorsFile: displayPath(join(dataDir, INDICATORS_TABLE.file)),
    indicatorIds: new Set(barometer.indicators.map((i) => i.id)),
    indicators: barometer.indicators,
    letters: letterLookup(
      letters.map((l) => l.id),
      () => caseNumberIndex(letters.map((l) => ({ slug: l.id, sagsnr: l.data.sagsnr }))),
    ),
    today: buildDate(),
  });
  if (errors.length > 0) throw new Error(`Data i ${dataDir} har ${errors.length} fejl:\n${formatErrors(errors)}`);
  return data;
}

export const getGoals: () => Promise<GoalData> = perBuild(load);

/** The static paths of the spending files (udgifter.csv, .json, .svg): each administration with spending. */
export async function spendingPaths(): Promise<{ params: { administration: string }; props: { abbr: string } }[]> {
  return administrationsWithSpending(await getGoals()).map((abbr) => ({
    params: { administration: administrationSlug(abbr) },
    props: { abbr },
  }));
}

async function loadLetterInfo(): Promise<(slug: string) => LetterInfo | undefined> {
  const letters = new Map(
    (await getCollection('letters')).map((l) => [l.id, { title: l.data.title, date: l.data.date, sagsnr: l.data.sagsnr }]),
  );
  return (slug) => letters.get(slug);
}

/**
 * Title, date and case number of the letters goals cite, by slug; made once per build, not once per
 * goal page (every goal and administration page asks, and the map holds every letter: 0.7 s of a
 * warm build's Astro step at 20,000 letters).
 */
export const getLetterInfo: () => Promise<(slug: string) => LetterInfo | undefined> = perBuild(loadLetterInfo);
