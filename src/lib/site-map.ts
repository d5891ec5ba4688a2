/**
 * The site map for people (/oversigt/): every section of the site with its sub-pages, as nested
 * links. Single letters are left out, so the page stays small at any archive size: they are reached
 * through the archive's years (WCAG 2.4.5, more than one way to a page).
 */
import { SITE_MAP_TEXT as t } from './copy/site-map.ts';
import { archiveCopy } from './copy/archive.ts';
import { goalCopy } from './copy/goals.ts';
import {
  aboutPath,
  accessibilityPath,
  administrationsPath,
  areasPath,
  conferencesPath,
  dataPath,
  editionPath,
  editionsPath,
  feedPath,
  homePath,
  ideasIndexPath,
  indicatorsPath,
  lettersPath,
  newsPath,
  organisationsPath,
  searchPath,
  statusReportPath,
  statusReportsPath,
  yearsPath,
} from './routes.ts';

export interface SiteMapLink {
  label: string;
  /** Site path (pass through href()). */
  path: string;
  /** Said after the link: a count, »hovedindikator«. */
  note?: string;
  /** The figures behind the link are invented examples: printed with the »Eksempeldata« mark. */
  illustrative?: boolean;
  children?: SiteMapLink[];
}

export interface SiteMapSection {
  heading: string;
  links: SiteMapLink[];
}

export interface SiteMapInput {
  areas: readonly {
    name: string;
    path: string;
    indicators: readonly { title: string; path: string; main: boolean; illustrative: boolean }[];
  }[];
  letterTotal: number;
  letterYears: readonly { label: string; path: string; count?: number }[];
  conferences: readonly { title: string; path: string; illustrative: boolean }[];
  administrations: readonly { name: string; path: string }[];
  reportYears: readonly number[];
  /** Newest first. */
  editions: readonly { dateLabel: string; date: string }[];
}

const count = (n: number | undefined): string | undefined => (n === undefined ? undefined : archiveCopy.count(n));

export function siteMap(input: SiteMapInput): SiteMapSection[] {
  const areas: SiteMapLink[] = input.areas.map((a) => ({
    label: a.name,
    path: a.path,
    children: a.indicators.map((i) => ({
      label: i.title,
      path: i.path,
      note: i.main ? t.mainIndicator : undefined,
      illustrative: i.illustrative || undefined,
    })),
  }));
  const years = input.letterYears.map((y) => ({ label: y.label, path: y.path, note: count(y.count) }));
  const conferences = input.conferences.map((c) => ({ label: c.title, path: c.path, illustrative: c.illustrative || undefined }));
  const administrations = input.administrations.map((a) => ({ label: a.name, path: a.path }));
  const reports = input.reportYears.map((y) => ({ label: goalCopy.reportLink(y), path: statusReportPath(y) }));
  const editions = input.editions.map((e) => ({ label: e.dateLabel, path: editionPath(e.date) }));
  const nonEmpty = (children: SiteMapLink[]) => (children.length > 0 ? children : undefined);
  return [
    {
      heading: t.sections.barometer,
      links: [
        { label: t.links.home, path: homePath() },
        { label: t.links.areas, path: areasPath(), children: nonEmpty(areas) },
        { label: t.links.indicators, path: indicatorsPath() },
      ],
    },
    {
      heading: t.sections.archive,
      links: [
        { label: t.links.letters, path: lettersPath(), note: count(input.letterTotal) },
        { label: t.links.years, path: yearsPath(), children: nonEmpty(years) },
        { label: archiveCopy.committeesHeading, path: organisationsPath() },
      ],
    },
    {
      heading: t.sections.conferences,
      links: [
        { label: t.links.conferences, path: conferencesPath(), children: nonEmpty(conferences) },
        { label: t.links.ideas, path: ideasIndexPath() },
      ],
    },
    {
      heading: t.sections.goals,
      links: [
        { label: t.links.administrations, path: administrationsPath(), children: nonEmpty(administrations) },
        { label: t.links.reports, path: statusReportsPath(), children: nonEmpty(reports) },
      ],
    },
    {
      heading: t.sections.data,
      links: [
        { label: t.links.data, path: dataPath() },
        { label: t.links.editions, path: editionsPath(), children: nonEmpty(editions) },
        { label: t.links.news, path: newsPath() },
        { label: t.links.feed, path: feedPath() },
      ],
    },
    {
      heading: t.sections.about,
      links: [
        { label: t.links.search, path: searchPath() },
        { label: t.links.about, path: aboutPath() },
        { label: t.links.accessibility, path: accessibilityPath() },
        { label: t.links.xml, path: 'sitemap.xml' },
      ],
    },
  ];
}
