/**
 * The editions for this build, read once: the editors' declarations (data/editions.csv) and the data
 * timeline from git, joined into one snapshot per edition. A broken editions file stops the build with
 * the check's file:line:column messages, as broken data does. Without git history the editions are
 * "unavailable" and every page says so.
 */
import { buildDate } from './build-date.ts';
import { formatErrors } from '../lib/data/errors.ts';
import { siteSettings } from './site-settings.ts';
import { stateAtEndOf, type DataTimeline } from '../lib/editions/data-timeline.ts';
import { editionSnapshot, type EditionSnapshot } from '../lib/editions/edition-snapshot.ts';
import type { Edition } from '../lib/editions/editions-file.ts';
import { loadEditionsFile } from './editions.ts';
import { readDataTimeline } from './data-timeline.ts';
import type { Barometer } from '../lib/model.ts';
import { getBarometer } from './site-data.ts';

export interface SiteEditions {
  /** The git history needed to rebuild editions could be read. */
  available: boolean;
  /** Every declared edition, oldest first (also when unavailable: /udgaver/ still lists them). */
  declared: Edition[];
  /** One per declared edition when available, oldest first. */
  snapshots: EditionSnapshot[];
  timeline: DataTimeline;
}

/** `current`: today's data, whose unit names an edition's numbers where the label was renamed since. */
export function loadSiteEditions(dataDir: string, today: Date, current?: Barometer): SiteEditions {
  const { editions, errors } = loadEditionsFile(dataDir, today);
  if (errors.length > 0) throw new Error(`Udgaverne i ${dataDir} har ${errors.length} fejl:\n${formatErrors(errors)}`);
  const timeline = readDataTimeline(dataDir);
  if (!timeline.available) return { available: false, declared: editions, snapshots: [], timeline };
  return {
    available: true,
    declared: editions,
    snapshots: editions.map((e) => editionSnapshot(e, stateAtEndOf(timeline.states, e.date), current)),
    timeline,
  };
}

let cached: SiteEditions | undefined;

export function siteEditions(): SiteEditions {
  cached ??= loadSiteEditions(siteSettings(process.env).dataDir, buildDate(), getBarometer());
  return cached;
}
