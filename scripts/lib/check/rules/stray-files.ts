/**
 * Rule: every file in the content folder is a document the site publishes, or an attachment in a
 * letter's own folder (content/letters/<slug>/, judged by attachment-files.ts). A letter saved as
 * brev.md.txt, a bilag.pdf beside the letters instead of in a letter's folder, a file in an unknown
 * folder or a hidden .brev.md would be skipped by the build without a word, and one in a sub-folder
 * would get an address no page expects; the check names each of them instead.
 * The same for the data folder: the site reads its five CSV files by name, so »measurements (1).csv«
 * (a browser's or Excel's copy), data/old/editions.csv or notes.txt would be ignored without a word.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { sortErrors, type ValidationError } from '../../../../src/lib/data/errors.ts';
import { kindOfName } from '../../../../src/lib/attachments/kinds.ts';
import { CSV_TABLES } from '../../../../src/lib/data/csv-schema.ts';
import { closest } from '../../../../src/lib/data/closest.ts';
import { displayPath } from '../../../../src/loaders/barometer.ts';
import { COLLECTION_SCHEMAS } from '../collections.ts';
import { readDir } from '../dir-entries.ts';
import { nameEncodingError } from './name-encoding.ts';

/** Files operating systems and git leave in folders; never content. */
export const IGNORED_FILES: ReadonlySet<string> = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);
const FOLDERS = Object.keys(COLLECTION_SCHEMAS)
  .map((f) => `content/${f}/`)
  .join(', ');
const ATTACHMENT_HOME =
  'en mappe med brevets navn, fx content/letters/<brev>/bilag-1.pdf, nævnt i brevets attachments med file: bilag-1.pdf';

/** A file in content/letters/<slug>/: the letter's attachment folder when the letter exists. */
export function letterFolderOf(rel: string): string | undefined {
  const parts = rel.split('/');
  return parts.length === 3 && parts[0] === 'letters' ? parts[1] : undefined;
}

function problem(rel: string, letterSlugs: ReadonlySet<string>): { message: string; expected: string } | undefined {
  const parts = rel.split('/');
  const name = parts[parts.length - 1] ?? rel;
  if (IGNORED_FILES.has(name)) return undefined;
  if (parts.length === 1)
    return { message: 'filen ligger direkte i indholdsmappen og bliver ikke udgivet', expected: `en af mapperne ${FOLDERS}` };
  if (!((parts[0] ?? '') in COLLECTION_SCHEMAS))
    return {
      message: `mappen "${parts[0]}" er ikke en indholdsmappe, så filen bliver ikke udgivet`,
      expected: `en af mapperne ${FOLDERS}`,
    };
  const folder = letterFolderOf(rel);
  // A letter (.md) in a sub-folder is a letter in the wrong place, whatever the folder is called.
  if (folder !== undefined && !/\.mdx?$/i.test(name)) {
    // The attachment rule judges the files of an existing letter's folder.
    if (letterSlugs.has(folder)) return undefined;
    return {
      message: `mappen "${folder}" hører ikke til et brev (der er ingen content/letters/${folder}.md), så filen bliver ikke udgivet`,
      expected: `${ATTACHMENT_HOME}, eller en rettet mappe`,
    };
  }
  if (parts.length > 3 && parts[0] === 'letters' && letterSlugs.has(parts[1] ?? '') && !/\.mdx?$/i.test(name)) {
    return {
      message: 'filen ligger i en undermappe af brevets mappe og bliver ikke udgivet',
      expected: `filen direkte i content/letters/${parts[1]}/`,
    };
  }
  if (parts.length > 2)
    return {
      message: 'filen ligger i en undermappe; sitet udgiver kun filer, der ligger direkte i indholdsmappen',
      expected: `filen direkte i content/${parts[0]}/`,
    };
  if (name.startsWith('.'))
    return {
      message: 'filnavnet begynder med punktum, så filen er skjult og bliver ikke udgivet',
      expected: 'et navn uden punktum forrest',
    };
  if (/\.mdx?$/.test(name)) return undefined;
  if (parts[0] === 'letters' && kindOfName(name))
    return { message: 'et bilag skal ligge i brevets egen mappe og bliver ikke udgivet herfra', expected: ATTACHMENT_HOME };
  if (/\.(pdf|docx?|xlsx?|pptx?|odt|png|jpe?g|gif|svg)$/i.test(name)) {
    return {
      message: 'filen er ikke et Markdown-dokument og bliver ikke udgivet',
      expected: 'bilag til et brev i brevets mappe (content/letters/<brev>/), billeder i public/bilag/',
    };
  }
  return {
    message: 'filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider',
    expected: `et navn, der ender på .md (fx ${name.replace(/\.[^.]*$/i, '').replace(/\.md$/i, '')}.md)`,
  };
}

/**
 * `rel`: the path inside the content folder with "/" separators; `file`: as the editor sees it;
 * `letterSlugs`: the letters (file names without extension) whose folders hold attachments.
 */
export function checkStrayFile(rel: string, file: string, letterSlugs: ReadonlySet<string> = new Set()): ValidationError | undefined {
  const p = problem(rel, letterSlugs);
  return p ? { file, line: 1, column: 1, message: p.message, got: rel.split('/').pop() ?? rel, expected: p.expected } : undefined;
}

/** The files the site reads in the data folder, by name (csv-schema.ts). */
const DATA_FILES = CSV_TABLES.map((t) => t.file);
const DATA_FILE_LIST = `${DATA_FILES.slice(0, -1).join(', ')} eller ${DATA_FILES.at(-1) ?? ''}`;
/** What a spreadsheet keeps beside a file while it is open (LibreOffice, Excel): gone when it closes. */
const LOCK_FILE = /^(\.~lock\..*#|~\$.*)$/;

function dataProblem(rel: string): { message: string; expected: string } | undefined {
  const parts = rel.split('/');
  const name = parts[parts.length - 1] ?? rel;
  if (IGNORED_FILES.has(name) || LOCK_FILE.test(name)) return undefined;
  const all = `en af filerne ${DATA_FILE_LIST}`;
  if (parts.length > 1)
    return { message: 'filen ligger i en undermappe af datamappen og bliver ikke læst', expected: `${all} direkte i datamappen` };
  if (DATA_FILES.includes(name)) return undefined;
  const lower = name.toLowerCase();
  if (DATA_FILES.includes(lower))
    return { message: 'filen bliver ikke læst: navnet skal skrives med små bogstaver', expected: `"${lower}"` };
  // »measurements (1).csv«, »Kopi af goals.csv«: the edits in the copy would never reach the site.
  const copied = DATA_FILES.find((f) => lower.includes(f.replace(/\.csv$/, '')));
  if (copied) {
    return {
      message: `filen bliver ikke læst: den ligner en kopi af ${copied}, og sitet læser kun ${copied}`,
      expected: `rettelserne skrevet i ${copied} og kopien slettet`,
    };
  }
  const guess = closest(name, DATA_FILES);
  return {
    message: `filen bliver ikke læst${guess ? ` – mente du "${guess}"?` : ': sitet læser kun sine faste datafiler'}`,
    expected: all,
  };
}

/** `rel`: the path inside the data folder with "/" separators; `file`: as the editor sees it. */
export function checkStrayDataFile(rel: string, file: string): ValidationError | undefined {
  const p = dataProblem(rel);
  return p ? { file, line: 1, column: 1, message: p.message, got: rel, expected: p.expected } : undefined;
}

/** Every entry under the data folder (a link as an entry, not followed), and the names that are not UTF-8. */
function walkData(dir: string, badNames: ValidationError[]): string[] {
  const { entries, unreadable } = readDir(dir);
  for (const u of unreadable) badNames.push(nameEncodingError(displayPath(dir), u.bytes, u.folder));
  return entries.flatMap((e) => (e.kind === 'folder' ? walkData(e.path, badNames) : [e.path]));
}

/**
 * Every file in the data folder the site does not read. `only`: report just these paths (the
 * pre-commit hook). A folder that is not there has nothing stray (its missing files are the data check's).
 */
export function strayDataFileErrors(dataDir: string, only?: readonly string[]): ValidationError[] {
  if (!existsSync(dataDir)) return [];
  const wanted = only ? new Set(only.map((p) => resolve(p))) : undefined;
  const badNames: ValidationError[] = [];
  const paths = walkData(dataDir, badNames);
  // Always: a name that is not UTF-8 cannot be given as an argument (git hands the hook a »�« name).
  const errors: ValidationError[] = [...badNames];
  for (const path of paths) {
    if (wanted && !wanted.has(resolve(path))) continue;
    const problem = checkStrayDataFile(relative(dataDir, path).split('\\').join('/'), displayPath(path));
    if (problem) errors.push(problem);
  }
  return sortErrors(errors);
}
