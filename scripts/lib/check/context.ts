/** What the cross-file content rules need to know about the rest of the repository. */
export interface ContentContext {
  /** Every indicator id in indicators.csv. */
  indicatorIds: ReadonlySet<string>;
  /** Every letter's slug (its file name without extension, under content/letters). */
  letterSlugs: ReadonlySet<string>;
  /** The day the check runs; dates after it are refused. Default: now. */
  today?: Date;
  /** Whether a site path (/bilag/kort.png) is a file in public/; without it, files are not checked. */
  publicFile?: (sitePath: string) => boolean;
  /** Told each date a rule compared with `today` and whether it lies after it (check-cache/observed-context.ts). */
  dateCompared?: (day: string, after: boolean) => void;
}
