/**
 * The change history of this build's data folder, read from git once per build. Column names come
 * from csv-schema.ts, so a renamed column cannot silently break the history.
 */
import { join } from 'node:path';
import { columnSpec, INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../data/csv-schema.ts';
import { siteSettings } from '../site-settings.ts';
import { readGitHistory } from './git-versions.ts';
import { indicatorHistory, type HistoryByIndicator, type HistoryColumns } from './indicator-history.ts';
import { historyView, type HistoryView } from './history-view.ts';

export function historyColumns(): HistoryColumns {
  const [indicator = '', period = '', breakdown = ''] = MEASUREMENTS_TABLE.primaryKey;
  return {
    measurements: { indicator, period, breakdown, value: columnSpec(MEASUREMENTS_TABLE, 'value').name },
    indicators: { id: INDICATORS_TABLE.primaryKey[0] ?? 'id' },
  };
}

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
