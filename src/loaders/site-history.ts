/**
 * The change history of this build's data folder, read from git once per build. Column names come
 * from csv-schema.ts, so a renamed column cannot silently break the history.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../lib/data/csv-schema.ts';
import { historyColumns } from '../lib/history/history-columns.ts';
import { siteSettings } from './site-settings.ts';
import { readGitHistory, repoPath } from './git-versions.ts';
import { folderPrefix, isEditorCommit } from '../lib/history/commit-kind.ts';
import { indicatorHistory, type HistoryByIndicator } from '../lib/history/indicator-history.ts';
import { historyView, type HistoryView } from '../lib/history/history-view.ts';

export interface SiteHistory {
  available: boolean;
  byIndicator: HistoryByIndicator;
  /** The editors' folders relative to the repository (the data and content folders, public/bilag/). */
  editorFolders: string[];
}

export function loadSiteHistory(dataDir: string): SiteHistory {
  const mFile = join(dataDir, MEASUREMENTS_TABLE.file);
  const iFile = join(dataDir, INDICATORS_TABLE.file);
  const git = readGitHistory([mFile, iFile]);
  if (!git.available) return { available: false, byIndicator: new Map(), editorFolders: [] };
  return {
    available: true,
    byIndicator: indicatorHistory(git.versions[mFile] ?? [], git.versions[iFile] ?? [], historyColumns()),
    editorFolders: editorFolders(git.top, dataDir, siteSettings(process.env).contentDir),
  };
}

/** The data folder, the content folder and public/bilag/ as repository paths ("data/", "content/" …). */
function editorFolders(top: string, dataDir: string, contentDir: string): string[] {
  const folders = [dataDir, contentDir].filter((d) => existsSync(d)).map((d) => folderPrefix(repoPath(top, resolve(d))));
  return [...new Set([...folders, 'public/bilag/'])];
}

let cached: SiteHistory | undefined;

export function siteHistory(): SiteHistory {
  cached ??= loadSiteHistory(siteSettings(process.env).dataDir);
  return cached;
}

export function indicatorHistoryView(indicatorId: string): HistoryView {
  const h = siteHistory();
  return historyView(h.available, h.byIndicator.get(indicatorId), (files) => isEditorCommit(files, h.editorFolders));
}
