/**
 * The change history of this build's data folder, read from git once per build. Column names come
 * from csv-schema.ts, so a renamed column cannot silently break the history.
 */
import { join } from 'node:path';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../lib/data/csv-schema.ts';
import { historyColumns } from '../lib/history/history-columns.ts';
import { siteSettings } from './site-settings.ts';
import { readGitHistory } from './git-versions.ts';
import { indicatorHistory, type HistoryByIndicator } from '../lib/history/indicator-history.ts';
import { historyView, type HistoryView } from '../lib/history/history-view.ts';

export interface SiteHistory {
  available: boolean;
  byIndicator: HistoryByIndicator;
}

export function loadSiteHistory(dataDir: string): SiteHistory {
  const mFile = join(dataDir, MEASUREMENTS_TABLE.file);
  const iFile = join(dataDir, INDICATORS_TABLE.file);
  const git = readGitHistory([mFile, iFile]);
  if (!git.available) return { available: false, byIndicator: new Map() };
  return { available: true, byIndicator: indicatorHistory(git.versions[mFile] ?? [], git.versions[iFile] ?? [], historyColumns()) };
}

let cached: SiteHistory | undefined;

export function siteHistory(): SiteHistory {
  cached ??= loadSiteHistory(siteSettings(process.env).dataDir);
  return cached;
}

export function indicatorHistoryView(indicatorId: string): HistoryView {
  const h = siteHistory();
  return historyView(h.available, h.byIndicator.get(indicatorId));
}
