/**
 * One routes module (src/lib/routes.ts): every builder lands on a page file in src/pages, every page
 * file has a builder, and no other module of the site types a path of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes.ts';
import { codeFiles } from '../helpers/import-graph.ts';

/** A page file as Astro routes it: [param] is one segment, [...rest] any number (or none). */
function pagePattern(file: string): RegExp {
  let rel = file.replace(/^src\/pages\//, '');
  if (rel.endsWith('.astro')) {
    rel = rel.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
    rel = rel === '' ? '' : `${rel}/`;
  } else rel = rel.replace(/\.ts$/, '');
  const source = rel
    .split(/(\[\.\.\.[^\]]+\]\/?|\[[^\]]+\])/)
    .map((part) => {
      if (/^\[\.\.\./.test(part)) return '(?:[^?#]+/)?';
      if (/^\[/.test(part)) return '[^/?#]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

const pages = codeFiles('src/pages').filter((f) => f !== 'src/pages/404.astro');
/** Astro's order, segment by segment: a fixed segment before a parameter before a rest parameter. */
const kinds = (file: string) =>
  file
    .replace(/^src\/pages\//, '')
    .replace(/(\/index)?\.astro$/, '')
    .split('/')
    .map((p) => (p.startsWith('[...') ? 2 : p.startsWith('[') ? 1 : 0));
const byPriority = (a: string, b: string) => {
  const ka = kinds(a);
  const kb = kinds(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return kb.length - ka.length;
};
const patterns = [...pages].sort(byPriority).map((file) => ({ file, re: pagePattern(file) }));

/** Each builder with sample arguments; a builder added without a line here fails the test below. */
/** Builders of files the build writes beside pages (not pages themselves): tested below. */
const FILE_BUILDERS = ['searchDataPath'] as const;

const samples: Record<Exclude<keyof typeof routes, (typeof FILE_BUILDERS)[number]>, string[]> = {
  homePath: [routes.homePath()],
  areasPath: [routes.areasPath()],
  areaPath: [routes.areaPath('bolig')],
  indicatorsPath: [routes.indicatorsPath()],
  indicatorPath: [routes.indicatorPath('tryghed')],
  indicatorLettersPath: [routes.indicatorLettersPath('tryghed')],
  indicatorDataPaths: Object.values(routes.indicatorDataPaths('tryghed')),
  comparisonPaths: Object.values(routes.comparisonPaths('tryghed')),
  chartFilePath: [routes.chartFilePath('tryghed')],
  embedPath: [routes.embedPath('tryghed')],
  lettersPath: [routes.lettersPath()],
  letterPath: [routes.letterPath('2008-05-16-integrationsbarometrets-resultater-maj-2008')],
  yearsPath: [routes.yearsPath()],
  organisationsPath: [routes.organisationsPath()],
  yearPath: [routes.yearPath(2008)],
  organisationPath: [routes.organisationPath('okonomiudvalget')],
  organisationYearPath: [routes.organisationYearPath('okonomiudvalget', 2008)],
  pageParam: [`breve/${routes.pageParam(3)}/`],
  pagePath: [routes.pagePath('breve/', 1), routes.pagePath('breve/aar/2008', 2), routes.pagePath(routes.indicatorsPath(), 4)],
  conferencesPath: [routes.conferencesPath()],
  conferencePath: [routes.conferencePath(2009)],
  ideaCataloguePath: [routes.ideaCataloguePath(2009)],
  ideasIndexPath: [routes.ideasIndexPath()],
  ideaAreaPath: [routes.ideaAreaPath('bolig')],
  ideaAdministrationPath: [routes.ideaAdministrationPath('okonomiforvaltningen')],
  dataPath: [routes.dataPath()],
  datasetPaths: Object.values(routes.datasetPaths('measurements.csv', 'measurements')),
  dataPackagePath: [routes.dataPackagePath()],
  lettersDataPaths: Object.values(routes.lettersDataPaths()),
  indicatorDownloadsPath: [routes.indicatorDownloadsPath(), routes.pagePath(routes.indicatorDownloadsPath(), 2)],
  searchPath: [routes.searchPath(), routes.searchPath('?q=bolig')],
  aboutPath: [routes.aboutPath(), routes.aboutPath('status')],
  accessibilityPath: [routes.accessibilityPath()],
  feedPath: [routes.feedPath()],
  robotsPath: [routes.robotsPath()],
  editionsPath: [routes.editionsPath()],
  editionPath: [routes.editionPath('2026-03-01')],
  editionIndicatorHref: [routes.editionIndicatorHref('2026-03-01', 'tryghed')],
  editionCsvPath: [routes.editionCsvPath('2026-03-01', 'tryghed')],
  editionEmbedPath: [routes.editionEmbedPath('2026-03-01', 'tryghed')],
  indicatorFeedPath: [routes.indicatorFeedPath('tryghed')],
  areaFeedPath: [routes.areaFeedPath('bolig')],
  feedXslPath: [routes.feedXslPath()],
  attachmentFilePath: [routes.attachmentFilePath('2008-05-16-integrationsbarometrets-resultater-maj-2008', 'bilag-1.pdf')],
  administrationsPath: [routes.administrationsPath()],
  administrationPath: [routes.administrationPath('BIF')],
  administrationYearPath: [routes.administrationYearPath('BIF', 2008)],
  goalPath: [routes.goalPath({ administration: 'BIF', id: 'maal-1' })],
  spendingCsvPath: [routes.spendingCsvPath('BIF')],
  spendingJsonPath: [routes.spendingJsonPath('BIF')],
  spendingSvgPath: [routes.spendingSvgPath('BIF')],
  statusReportsPath: [routes.statusReportsPath()],
  siteMapPath: [routes.siteMapPath()],
  newsPath: [routes.newsPath()],
  statusReportPath: [routes.statusReportPath(2008)],
  statusReportCsvPath: [routes.statusReportCsvPath(2008, 'maal'), routes.statusReportCsvPath(2008, 'udgifter')],
  downloadPathTemplates: Object.values(
    routes.downloadPathTemplates({ id: 'tryghed', date: '2026-03-01', administration: 'boerne-og-ungdom', year: '2008' }),
  ).flat(),
  attachmentTextPath: [
    routes.attachmentTextPath('2008-05-16-integrationsbarometrets-resultater-maj-2008', 'bilag-1.pdf'),
    routes.attachmentTextPath('2008-05-16-integrationsbarometrets-resultater-maj-2008', 'bilag-1.pdf', 2),
  ],
};

const pageOf = (path: string) => patterns.find((p) => p.re.test(path.replace(/[?#].*$/, '')))?.file;

describe('routes', () => {
  it('has sample arguments for every builder it exports', () => {
    expect(Object.keys(routes).sort()).toEqual([...Object.keys(samples), ...FILE_BUILDERS].sort());
  });

  it('every builder returns a path relative to the base that a page file serves', () => {
    const misses = Object.entries(samples).flatMap(([name, paths]) =>
      paths.filter((p) => p.startsWith('/') || pageOf(p) === undefined).map((p) => `${name}: ${p}`),
    );
    expect(misses).toEqual([]);
  });

  it('every page file is reached by a builder', () => {
    const reached = new Set(Object.values(samples).flat().map(pageOf));
    expect(pages.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('puts the search step’s data files beside the search page, never on a page’s path', () => {
    for (const file of ['filtre', 'ordliste/h', 'svar/k', 'svar/Ab3-_x'] as const) {
      const path = routes.searchDataPath(file);
      expect(path.startsWith(routes.searchPath())).toBe(true);
      expect(path.endsWith('.json')).toBe(true);
      expect(pageOf(path)).toBeUndefined();
    }
  });

  it('the matcher tells pages apart (a wrong path matches nothing)', () => {
    expect(pageOf('indikatorer/tryghed/graf.png')).toBeUndefined();
    expect(pageOf('feed.json')).toBeUndefined();
    expect(pageOf('breve/udvalg/okonomiudvalget/2008/')).toBe('src/pages/breve/udvalg/[organisation]/[year]/[...side].astro');
    expect(pageOf('konferencer/2009/idekatalog/')).toBe('src/pages/konferencer/[year]/idekatalog.astro');
  });

  it('no other module of the site types a site path (they call the builders)', () => {
    const firstSegments = new Set(
      pages.map((f) => f.replace(/^src\/pages\//, '').split(/[/.]/)[0]).filter((s) => s && !s.startsWith('[') && s !== 'index'),
    );
    const literal = new RegExp(`[\`'"](?:/)?(?:${[...firstSegments].join('|')})(?:/|\\.xml|\\.txt)`);
    const offenders = codeFiles('src')
      .filter((f) => f !== 'src/lib/routes.ts')
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.trim(), at: `${f}:${i + 1}` }))
          // A folder of the repository that shares a name with a route says so on its line.
          .filter(
            ({ line }) =>
              !line.startsWith('*') &&
              !line.startsWith('//') &&
              !line.startsWith('/*') &&
              !/repository paths?, not (a )?URL/.test(line) &&
              literal.test(line),
          )
          .map(({ at, line }) => `${at}: ${line}`),
      );
    expect(offenders).toEqual([]);
  });
});
