/**
 * Every address of the site, built in one place. Each function returns a site path relative to the
 * base path ("indikatorer/bolig-udsatte/"): pass it through href() for a link, or absoluteUrl() for
 * a feed or a citation. Nothing else types a path; test/unit/routes.test.ts checks that each builder
 * lands on a page file in src/pages and that every page file has a builder.
 */
import { attachmentStem } from './attachments/kinds.ts';
import { administrationSlug, budgetYearAnchor, type ReportTable } from './goals/paths.ts';

/** The front page. */
export function homePath(): string {
  return '';
}

// Areas and indicators

export function areasPath(): string {
  return 'omraader/';
}
export function areaPath(id: string): string {
  return `omraader/${id}/`;
}
export function indicatorsPath(): string {
  return 'indikatorer/';
}
export function indicatorPath(id: string, section?: string): string {
  return section ? `indikatorer/${id}/#${section}` : `indikatorer/${id}/`;
}
/** Where all letters about one indicator are listed, when its own page shows only the newest. */
export function indicatorLettersPath(id: string): string {
  return `indikatorer/${id}/breve/`;
}
/** The figures behind an indicator's chart. */
export function indicatorDataPaths(id: string): { csvPath: string; jsonPath: string } {
  return { csvPath: `indikatorer/${id}/data.csv`, jsonPath: `indikatorer/${id}/data.json` };
}
/** The indicator compared with the other big cities. */
export function comparisonPaths(id: string): { csvPath: string; jsonPath: string } {
  return { csvPath: `indikatorer/${id}/sammenligning.csv`, jsonPath: `indikatorer/${id}/sammenligning.json` };
}
/** The chart as a standalone SVG file. */
export function chartFilePath(id: string): string {
  return `indikatorer/${id}/graf.svg`;
}
/** The chart alone, for an <iframe> on another site. */
export function embedPath(id: string): string {
  return `indikatorer/${id}/indlejr/`;
}

// Letters

export function lettersPath(): string {
  return 'breve/';
}
export function letterPath(id: string): string {
  return `breve/${id}/`;
}
/** Every year of the archive, with its count: where /breve/aar/2009/ leads up to. */
export function yearsPath(): string {
  return 'breve/aar/';
}
/** Every committee and administration of the archive, with its count. */
export function organisationsPath(): string {
  return 'breve/udvalg/';
}
export function yearPath(year: number): string {
  return `breve/aar/${year}/`;
}
export function organisationPath(slug: string): string {
  return `breve/udvalg/${slug}/`;
}
export function organisationYearPath(slug: string, year: number): string {
  return `breve/udvalg/${slug}/${year}/`;
}

/** The rest parameter of a paginated route: undefined for page 1 (the list's own URL), "side/2" after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `side/${n}`;
}

/** Site path of page n of the list at `listPath` ("breve/aar/2010/"). */
export function pagePath(listPath: string, n: number): string {
  const base = listPath.endsWith('/') ? listPath : `${listPath}/`;
  const param = pageParam(n);
  return param ? `${base}${param}/` : base;
}

// Conferences and ideas

export function conferencesPath(): string {
  return 'konferencer/';
}
export function conferencePath(year: number): string {
  return `konferencer/${year}/`;
}
export function ideaCataloguePath(year: number): string {
  return `konferencer/${year}/idekatalog/`;
}
export function ideasIndexPath(): string {
  return 'konferencer/ideer/';
}
export function ideaAreaPath(area: string): string {
  return `konferencer/ideer/omraade/${area}/`;
}
export function ideaAdministrationPath(slug: string): string {
  return `konferencer/ideer/forvaltning/${slug}/`;
}

// Open data

export function dataPath(): string {
  return 'data/';
}
/** A published CSV file of the data folder and its JSON twin ("measurements"). */
export function datasetPaths(file: string, name: string): { csvPath: string; jsonPath: string } {
  return { csvPath: `data/${file}`, jsonPath: `data/${name}.json` };
}
/** The archive's documents as data: one row per letter, CSV and JSON. */
export function lettersDataPaths(): { csvPath: string; jsonPath: string } {
  return { csvPath: 'data/breve.csv', jsonPath: 'data/breve.json' };
}
export function dataPackagePath(): string {
  return 'data/datapackage.json';
}
/** The paginated list of every indicator's downloads. */
export function indicatorDownloadsPath(): string {
  return 'data/grafer/';
}

// The rest

/** The search page; `query` is a query string from url-state.ts ("?q=…"), or nothing. */
export function searchPath(query = ''): string {
  return `soeg/${query}`;
}
/**
 * A data file the build's search step writes beside the search page (scripts/lib/search/): the
 * filter counts ("filtre"), a vocabulary shard ("ordliste/h"), a list or one of the precomputed
 * answers ("svar/h", "svar/<id>"), the starts of the word-index chunks ("stykker/f"). Files, not pages.
 */
export function searchDataPath(file: 'filtre' | `ordliste/${string}` | `svar/${string}` | `stykker/${string}`): string {
  return `${searchPath()}${file}.json`;
}
/** /om/, or one of its sections ("status"). */
export function aboutPath(section?: string): string {
  return section ? `om/#${section}` : 'om/';
}
/** The accessibility statement, or one of its sections ("kontakt-os"). */
export function accessibilityPath(section?: string): string {
  return section ? `tilgaengelighed/#${section}` : 'tilgaengelighed/';
}
export function feedPath(): string {
  return 'feed.xml';
}
export function robotsPath(): string {
  return 'robots.txt';
}

/** Past editions of the site's figures (/udgaver/), each frozen as it was published. */
export function editionsPath(): string {
  return 'udgaver/';
}
export function editionPath(date: string): string {
  return `${editionsPath()}${date}/`;
}
/** One indicator's row on an edition's page (the row's id: editionIndicatorAnchor in lib/editions). */
export function editionIndicatorHref(date: string, id: string): string {
  return `${editionPath(date)}#indikator-${id}`;
}
/** The indicator's rows of measurements.csv as they stood in the edition. */
export function editionCsvPath(date: string, id: string): string {
  return `${editionPath(date)}indikatorer/${id}/data.csv`;
}
/** The edition's chart for framing on other sites; it never changes. */
export function editionEmbedPath(date: string, id: string): string {
  return `${editionPath(date)}indikatorer/${id}/indlejr/`;
}
export function indicatorFeedPath(id: string): string {
  return `indikatorer/${id}/feed.xml`;
}
export function areaFeedPath(area: string): string {
  return `omraader/${area}/feed.xml`;
}
/** The XSLT stylesheet that lets a browser show a feed as a Danish page. */
export function feedXslPath(): string {
  return 'feed.xsl';
}

/** A file published with a letter: /breve/<slug>/<name> (bilag-1.pdf). */
export function attachmentFilePath(slug: string, name: string): string {
  return `breve/${slug}/${name}`;
}
/** The text page of a letter's file, /breve/<slug>/<name without extension>/, a long text's later parts /del-2/ … */
export function attachmentTextPath(slug: string, name: string, part = 1): string {
  const p = part <= 1 ? undefined : `del-${part}`;
  return `breve/${slug}/${attachmentStem(name)}/${p ? `${p}/` : ''}`;
}

/** The administrations' goals and spending (/forvaltninger/) and the yearly status reports (/statusrapporter/). */
export const administrationsPath = (): string => 'forvaltninger/';
/** An administration's folder by its slug (the builders below take the abbreviation). */
const administrationFolder = (slug: string): string => `forvaltninger/${slug}/`;
export const administrationPath = (abbr: string): string => administrationFolder(administrationSlug(abbr));
export const administrationYearPath = (abbr: string, year: number): string => `${administrationPath(abbr)}#${budgetYearAnchor(year)}`;
export const goalPath = (goal: { administration: string; id: string }): string => `${administrationPath(goal.administration)}${goal.id}/`;
const spendingFile = (folder: string, ext: 'csv' | 'json' | 'svg'): string => `${folder}udgifter.${ext}`;
export const spendingCsvPath = (abbr: string): string => spendingFile(administrationPath(abbr), 'csv');
export const spendingJsonPath = (abbr: string): string => spendingFile(administrationPath(abbr), 'json');
export const spendingSvgPath = (abbr: string): string => spendingFile(administrationPath(abbr), 'svg');
export const statusReportsPath = (): string => 'statusrapporter/';
export const statusReportPath = (year: number | string): string => `statusrapporter/${year}/`;
export const statusReportCsvPath = (year: number | string, table: ReportTable): string => `${statusReportPath(year)}${table}.csv`;

/**
 * The CSV and JSON downloads' paths with a placeholder for each parameter, as the data dictionary
 * on /data/ prints them ("indikatorer/<id>/data.csv") and the download audit matches them: built by
 * the builders above, so they cannot drift from the files the site writes.
 */
export function downloadPathTemplates(p: { id: string; date: string; administration: string; year: string }) {
  const folder = administrationFolder(p.administration);
  return {
    indicatorData: [...Object.values(indicatorDataPaths(p.id)), editionCsvPath(p.date, p.id)],
    comparison: Object.values(comparisonPaths(p.id)),
    administrationSpending: [spendingFile(folder, 'csv'), spendingFile(folder, 'json')],
    reportGoals: [statusReportCsvPath(p.year, 'maal')],
    reportAreas: [statusReportCsvPath(p.year, 'omraader')],
    reportSpending: [statusReportCsvPath(p.year, 'udgifter')],
  };
}

/** The site map for people: every section and its sub-pages on one page (the XML sitemap is for search engines). */
export const siteMapPath = (): string => 'oversigt/';
/** What is new (the site feed's entries) as a page for people; the feed itself is feedPath(). */
export const newsPath = (): string => 'nyheder/';
