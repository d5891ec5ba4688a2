/**
 * The validated Barometer for pages, read once per build from siteSettings().dataDir. A data error
 * stops the build with the same file:line:column list that `npm run check` prints.
 */
import type { Barometer } from '../lib/model.ts';
import { siteSettings } from './site-settings.ts';
import { formatErrors } from '../lib/data/errors.ts';
import { loadBarometer } from './barometer.ts';
import { buildDate } from './build-date.ts';

let cached: Barometer | undefined;

export function getBarometer(): Barometer {
  if (cached) return cached;
  const { barometer, errors } = loadBarometer(siteSettings(process.env).dataDir, { today: buildDate() });
  if (errors.length > 0) {
    throw new Error(`Data i ${siteSettings(process.env).dataDir} har ${errors.length} fejl:\n${formatErrors(errors)}`);
  }
  cached = barometer;
  return cached;
}
