/**
 * Every CSV and JSON file the site publishes, checked against what /data/ says about it: each file
 * is one the data dictionary lists, each CSV column and JSON key is in the dictionary, a JSON file's
 * rows have exactly its CSV's columns, keys are snake_case like the CSV columns, an empty cell is
 * null (never ""), and every file is a resource of datapackage.json whose fields equal its header.
 * Pure: the unit test runs it on the downloads made in memory, the browser tests on the built dist/
 * (a quality gate of the built site, like the other modules here; the site itself never needs it).
 */
import Papa from 'papaparse';
import type { DataPageView } from '../../../src/lib/open-data/data-page.ts';
import { JSON_SUBKEYS, type JsonKey } from '../../../src/lib/open-data/download-specs.ts';
import { dataPackagePath, dataPath, lettersPath, searchPath } from '../../../src/lib/routes.ts';
import { siteRootOf } from '../../../src/lib/open-data/data-resource.ts';

export interface PublishedFile {
  /** Site path without base: "indikatorer/<id>/data.csv". */
  path: string;
  text: string;
}

/**
 * Folders whose .csv and .json files are not data downloads: the search's own index files, built
 * assets, and a letter's attachments (the original file, published byte for byte).
 */
export const NOT_DOWNLOADS: readonly string[] = [searchPath(), 'pagefind/', '_astro/', lettersPath()];

export const DATAPACKAGE_PATH = dataPackagePath();

export interface DocumentedFile {
  /** Site path with placeholders, as /data/ prints it. */
  template: string;
  /** The columns the dictionary lists for it. */
  columns: readonly string[];
  /** The header must be exactly these columns in this order (a derived download); else any of them (an editor's file). */
  exact: boolean;
  /** For a JSON file: the top-level keys /data/ describes for it. */
  jsonKeys: readonly string[];
}

/** What /data/ documents, file by file: the datasets' dictionaries, the downloads' and the JSON keys. */
export function documentedFiles(view: Pick<DataPageView, 'datasets' | 'downloads' | 'archive' | 'jsonKeys'>): DocumentedFile[] {
  const keysOf = (template: string) => view.jsonKeys.filter((k) => k.files.includes(template)).map((k) => k.key);
  const file = (template: string, columns: string[], exact: boolean): DocumentedFile => ({
    template,
    columns,
    exact,
    jsonKeys: template.endsWith('.json') ? keysOf(template) : [],
  });
  return [
    ...view.datasets.flatMap((d) => {
      const columns = d.dictionary.map((r) => r.name);
      return [file(d.csvPath, columns, false), file(d.jsonPath, columns, false)];
    }),
    ...[...view.downloads, ...view.archive].flatMap((d) =>
      d.files.map((f) =>
        file(
          f,
          d.dictionary.map((r) => r.name),
          true,
        ),
      ),
    ),
  ];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "indikatorer/<id>/data.csv" matches "indikatorer/kultur-valgdeltagelse/data.csv". */
export function templatePattern(template: string): RegExp {
  return new RegExp(
    `^${template
      .split(/<[^>]+>/)
      .map(escape)
      .join('[^/]+')}$`,
  );
}

export function isDownloadCandidate(path: string): boolean {
  return /\.(csv|json)$/.test(path) && !NOT_DOWNLOADS.some((p) => path.startsWith(p));
}

/** The header row; ";" unless the first line has none (an editor's file may use ","), as read-csv.ts decides. */
export function csvHeader(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = (body.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  return Papa.parse<string[]>(body, { preview: 1, delimiter }).data[0] ?? [];
}

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** Keys that are not snake_case and "" values, anywhere in a JSON value. */
function walk(value: unknown, at: string, problems: string[]): void {
  if (value === '') problems.push(`${at} is "" (an empty value is null)`);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`, problems));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (!SNAKE.test(k)) problems.push(`${at}: key "${k}" is not snake_case like the CSV columns`);
      walk(v, `${at}.${k}`, problems);
    }
}

/** One line per kind of problem in a file: the first row's, with how many more rows have it. */
function collapseRows(problems: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const p of problems) {
    const key = p.replace(/rows\[\d+\]/g, 'rows[*]');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((g) => (g.length > 1 ? `${g[0]} (and ${g.length - 1} more rows)` : g[0]!));
}
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function auditCsv(path: string, text: string, doc: DocumentedFile): string[] {
  const header = csvHeader(text);
  const problems = header
    .filter((c) => !doc.columns.includes(c))
    .map((c) => `${path}: column "${c}" is not in the data dictionary on /data/`);
  if (new Set(header).size !== header.length) problems.push(`${path}: a column name appears twice`);
  if (doc.exact && header.join(';') !== doc.columns.join(';'))
    problems.push(`${path}: header ${header.join(';')} is not the dictionary's ${doc.columns.join(';')}`);
  return problems;
}

function auditJson(path: string, text: string, doc: DocumentedFile, siblingHeader: string[] | undefined): string[] {
  const problems: string[] = [];
  const json: unknown = JSON.parse(text);
  if (!isObject(json)) return [`${path}: not a JSON object`];
  for (const key of Object.keys(json))
    if (!doc.jsonKeys.includes(key)) problems.push(`${path}: key "${key}" is not described under the JSON keys on /data/`);
  const rows = json.rows;
  if (!Array.isArray(rows)) problems.push(`${path}: has no rows`);
  else
    for (const [i, row] of rows.entries()) {
      if (!isObject(row)) {
        problems.push(`${path}: rows[${i}] is not an object`);
        continue;
      }
      const keys = Object.keys(row);
      problems.push(
        ...keys.filter((k) => !doc.columns.includes(k)).map((k) => `${path}: rows[${i}] key "${k}" is not in the data dictionary`),
      );
      if (siblingHeader && keys.join(';') !== siblingHeader.join(';'))
        problems.push(`${path}: rows[${i}] keys ${keys.join(';')} are not its CSV's columns ${siblingHeader.join(';')}`);
    }
  for (const [key, allowed] of Object.entries(JSON_SUBKEYS) as [JsonKey, readonly string[]][]) {
    const items = ([] as unknown[]).concat(json[key] ?? []).filter(isObject);
    for (const item of items)
      for (const k of Object.keys(item)) if (!allowed.includes(k)) problems.push(`${path}: ${key}.${k} is not described on /data/`);
  }
  walk(json, path, problems);
  return collapseRows(problems);
}

/** A JSON download's columns: its first row's keys (none to compare when it has no rows). */
function jsonColumns(text: string): string[] | undefined {
  const rows = (JSON.parse(text) as { rows?: unknown }).rows;
  return Array.isArray(rows) && isObject(rows[0]) ? Object.keys(rows[0]) : undefined;
}

/**
 * datapackage.json: every download is one of its resources, and each resource is a published file
 * whose header (a JSON file's row keys) is its fields, in order. A data folder file's path is relative
 * to /data/; a derived file's is its address under the package's homepage (the /data/ page).
 */
function auditPackage(text: string, byPath: Map<string, PublishedFile>): string[] {
  const pkg = JSON.parse(text) as { homepage?: string; resources?: { path: string; schema: { fields: { name: string }[] } }[] };
  const root = pkg.homepage ? siteRootOf(pkg.homepage) : undefined;
  const sitePath = (p: string) =>
    !/^https?:\/\//.test(p) ? `${dataPath()}${p}` : root && p.startsWith(root) ? p.slice(root.length) : undefined;
  const listed = new Set<string>();
  const problems = (pkg.resources ?? []).flatMap((r) => {
    const path = sitePath(r.path);
    const file = path === undefined ? undefined : byPath.get(path);
    if (!path || !file) return [`${DATAPACKAGE_PATH}: resource ${r.path} is not published`];
    listed.add(path);
    const fields = r.schema.fields.map((f) => f.name);
    const header = path.endsWith('.json') ? jsonColumns(file.text) : csvHeader(file.text);
    return !header || fields.join(';') === header.join(';')
      ? []
      : [`${DATAPACKAGE_PATH}: ${r.path} fields ${fields.join(';')} ≠ header ${header.join(';')}`];
  });
  const unlisted = [...byPath.keys()].filter((p) => isDownloadCandidate(p) && p !== DATAPACKAGE_PATH && !listed.has(p));
  return [...problems, ...unlisted.map((p) => `${DATAPACKAGE_PATH}: ${p} is a published download but not a resource`)];
}

/** Every problem, as "<path>: <what>"; empty when the downloads are what /data/ says they are. */
export function auditDownloads(files: readonly PublishedFile[], documented: readonly DocumentedFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const patterns = documented.map((d) => ({ doc: d, re: templatePattern(d.template) }));
  return files
    .filter((f) => isDownloadCandidate(f.path))
    .flatMap((f) => {
      if (f.path === DATAPACKAGE_PATH) return auditPackage(f.text, byPath);
      const doc = patterns.find((p) => p.re.test(f.path))?.doc;
      if (!doc) return [`${f.path}: a published download the data dictionary on /data/ does not list`];
      if (f.path.endsWith('.csv')) return auditCsv(f.path, f.text, doc);
      const sibling = byPath.get(f.path.replace(/\.json$/, '.csv'));
      return auditJson(f.path, f.text, doc, sibling ? csvHeader(sibling.text) : undefined);
    });
}
