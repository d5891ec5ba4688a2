/**
 * The text of each file the site derives from the data and content folders (download-files.ts), made by the same
 * functions the download routes call, so datapackage.json can give every file's size and sha256.
 * An e2e test (published.spec.ts) checks each against the file the build wrote.
 */
import { createHash } from 'node:crypto';
import type { Barometer } from '../model.ts';
import type { GoalData } from '../goals/model.ts';
import type { ReportTable } from '../goals/paths.ts';
import { indicatorCsv, indicatorJson } from '../barometer/indicator-download.ts';
import { comparisonCsv, comparisonJson } from '../barometer/comparison-download.ts';
import { reportCsv, spendingCsv, spendingJson } from '../goals/downloads.ts';
import { jsonFileText } from './json-text.ts';
import type { LetterEntry } from '../archive/letters.ts';
import { lettersCsv, lettersJsonText } from './letters-download.ts';

/** What a derived file is made from: its kind, its subject and its format. */
export type DownloadSource =
  | { kind: 'indicator'; id: string; format: 'csv' | 'json' }
  | { kind: 'edition'; date: string; id: string }
  | { kind: 'comparison'; id: string; format: 'csv' | 'json' }
  | { kind: 'spending'; abbr: string; format: 'csv' | 'json' }
  | { kind: 'report'; year: number; table: ReportTable }
  | { kind: 'letters'; format: 'csv' | 'json' };

export interface DownloadData {
  barometer: Barometer;
  goals: GoalData;
  /** The barometer an edition published, by its date. */
  edition: (date: string) => Barometer | undefined;
  /** A site path as an absolute URL (the status report's CSV links back to the site). */
  absolute: (path: string) => string;
  /** The archive's letters (front matter), for the letters' own files. */
  letters: readonly LetterEntry[];
}

export function downloadText(source: DownloadSource, d: DownloadData): string {
  switch (source.kind) {
    case 'indicator':
      return source.format === 'csv' ? indicatorCsv(d.barometer, source.id) : jsonFileText(indicatorJson(d.barometer, source.id));
    case 'edition': {
      const barometer = d.edition(source.date);
      if (!barometer) throw new Error(`download-text: no edition of ${source.date}`);
      return indicatorCsv(barometer, source.id);
    }
    case 'comparison':
      return source.format === 'csv' ? comparisonCsv(d.barometer, source.id) : jsonFileText(comparisonJson(d.barometer, source.id));
    case 'spending':
      return source.format === 'csv' ? spendingCsv(d.goals, source.abbr) : jsonFileText(spendingJson(d.goals, source.abbr));
    case 'report':
      return reportCsv(d.goals, d.barometer, source.year, source.table, d.absolute);
    case 'letters':
      return source.format === 'csv' ? lettersCsv(d.letters, d.absolute) : lettersJsonText(d.letters, d.absolute);
  }
}

/** Size in bytes (UTF-8) and Data Package hash ("sha256:<hex>") of a file's text. */
export function fileDigest(text: string): { bytes: number; hash: string } {
  const bytes = Buffer.from(text, 'utf8');
  return { bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}
