/**
 * Rule: the files in a letter's folder (content/letters/<slug>/) are exactly the ones its front
 * matter declares (`original:` and `attachments[].file`), each a real file (not a link) with an
 * allowed name and type, within the size limit and readable as what its name says. A declared file
 * that is missing is reported at its line in the letter; a problem with a file at the file. Reading
 * a file fills the text cache the build uses (src/loaders/attachments.ts), so a checked site builds
 * without parsing its PDFs again.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../../../src/lib/data/closest.ts';
import { displayPath } from '../../../src/loaders/barometer.ts';
import { sortErrors, type ValidationError } from '../../../src/lib/data/errors.ts';
import { declaredNames, type DeclaredName } from '../../../src/lib/attachments/declared.ts';
import { formatBytes } from '../../../src/lib/attachments/format.ts';
import {
  ATTACHMENT_EXTENSIONS,
  KINDS,
  MAX_ATTACHMENT_BYTES,
  isAttachmentName,
  kindOfName,
  suggestedAttachmentName,
} from '../../../src/lib/attachments/kinds.ts';
import { documentErrors } from './document-errors.ts';
import { splitFrontMatter, type FrontMatter } from './front-matter.ts';
import type { LetterFacts } from './letter-facts.ts';
import { locate } from './yaml-locate.ts';
import { IGNORED_FILES } from './rules/stray-files.ts';
import { readDir } from './dir-entries.ts';

export interface AttachmentCheckOptions {
  /** Report only problems in these files (the pre-commit hook); still judged against the whole folder. */
  only?: readonly string[];
  /** Where extracted texts are cached; default: the build's cache. */
  cacheDir?: string;
  /** The letters' declared files as the content check found them (by displayPath): not parsed again. */
  letters?: ReadonlyMap<string, LetterFacts>;
}

/** The letter's declared files, and its front matter when a missing one must be located in it. */
function declaredIn(
  letter: Letter,
  letterFile: string,
  known: LetterFacts | undefined,
): { declared: DeclaredName[]; fm: () => FrontMatter | undefined } | undefined {
  const parse = (text: string) => splitFrontMatter(text, letterFile).fm;
  if (known) {
    if (!known.declared) return undefined; // not UTF-8: the encoding rule reports the letter
    let fm: FrontMatter | undefined;
    return { declared: known.declared, fm: () => (fm ??= parse(new TextDecoder('utf-8').decode(readFileSync(letter.path)))) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(letter.path));
  } catch {
    return undefined; // the encoding rule reports the letter
  }
  const fm = parse(text);
  return { declared: fm ? declaredNames(fm.data) : [], fm: () => fm };
}

const TYPES = `${ATTACHMENT_EXTENSIONS.slice(0, -1)
  .map((e) => e.toUpperCase())
  .join(', ')} eller ${ATTACHMENT_EXTENSIONS.at(-1)?.toUpperCase()}`;
const NAME_RULE = `filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på ${ATTACHMENT_EXTENSIONS.map((e) => `.${e}`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' eller $1')}`;

interface Letter {
  slug: string;
  path: string;
}

/** Names that are not UTF-8 are left out here: the content folder rule reports them (check-dir.ts). */
function letterFilesIn(lettersDir: string): Letter[] {
  return readDir(lettersDir)
    .entries.filter((e) => e.kind === 'file' && /\.mdx?$/.test(e.name) && !e.name.startsWith('.'))
    .map((e) => ({ slug: e.name.replace(/\.mdx?$/, ''), path: e.path }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function at(file: string, message: string, got: string, expected: string): ValidationError {
  return { file, line: 1, column: 1, message, got, expected };
}

export async function attachmentErrors(contentDir: string, options: AttachmentCheckOptions = {}): Promise<ValidationError[]> {
  const lettersDir = join(contentDir, 'letters');
  if (!existsSync(lettersDir)) return [];
  const wanted = options.only ? new Set(options.only.map(displayPath)) : undefined;
  const errors: ValidationError[] = [];

  for (const letter of letterFilesIn(lettersDir)) {
    const folder = join(lettersDir, letter.slug);
    const shownFolder = `content/letters/${letter.slug}/`;
    const letterFile = displayPath(letter.path);
    const found = declaredIn(letter, letterFile, options.letters?.get(letterFile));
    if (!found) continue;
    const { declared } = found;
    const entries = existsSync(folder) && lstatSync(folder).isDirectory() ? readDir(folder).entries : [];
    const present = new Set(entries.map((e) => e.name));

    for (const d of declared) {
      if (present.has(d.name) || !isAttachmentName(d.name)) continue;
      const fm = found.fm();
      if (!fm) continue;
      const guess = closest(d.name, [...present]);
      errors.push({
        file: letterFile,
        ...locate(fm, d.path),
        message: `filen findes ikke i brevets mappe${guess ? ` – mente du "${guess}"?` : ''}`,
        got: d.name,
        expected: `en fil ${shownFolder}${d.name}, eller et rettet filnavn`,
      });
    }

    const declaredSet = new Set(declared.map((d) => d.name));
    for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
      const name = entry.name;
      const path = join(folder, name);
      const file = displayPath(path);
      // Sub-folders are reported by the stray-file rule, file by file.
      // A letter file (.md) in the folder is reported by the stray-file rule as a letter in a sub-folder.
      if (IGNORED_FILES.has(name) || entry.kind === 'folder' || /\.mdx?$/i.test(name)) continue;
      if (entry.kind === 'link') {
        errors.push(
          at(
            file,
            'filen er en genvej (symbolsk link) og bliver ikke udgivet: sitet udgiver kun filer, der ligger i brevets mappe',
            name,
            `selve filen i ${shownFolder}`,
          ),
        );
        continue;
      }
      if (entry.kind !== 'file') continue;
      if (name.startsWith('.')) {
        errors.push(
          at(file, 'filnavnet begynder med punktum, så filen er skjult og bliver ikke udgivet', name, 'et navn uden punktum forrest'),
        );
        continue;
      }
      const kind = kindOfName(name);
      if (!kind) {
        errors.push(
          at(
            file,
            `filtypen kan ikke udgives som bilag: sitet udgiver ${TYPES}`,
            name,
            'en PDF, DOCX, XLSX eller CSV – gem fx et .doc-dokument som .docx eller PDF',
          ),
        );
        continue;
      }
      if (!isAttachmentName(name)) {
        errors.push(at(file, NAME_RULE, name, `fx ${suggestedAttachmentName(name)} (og samme navn i brevets front matter)`));
        continue;
      }
      if (!declaredSet.has(name)) {
        errors.push(
          at(
            file,
            `filen er ikke nævnt i brevets front matter (${letterFile}), så den bliver ikke udgivet`,
            name,
            `file: ${name} under attachments (eller original: ${name}), eller slet filen`,
          ),
        );
        continue;
      }
      const size = lstatSync(path).size;
      if (size === 0) {
        errors.push(at(file, 'filen er tom', name, `${KINDS[kind].noun} med indhold: gem filen igen fra det program, den kom fra`));
        continue;
      }
      if (size > MAX_ATTACHMENT_BYTES) {
        errors.push(
          at(
            file,
            `filen er for stor til at blive udgivet (${formatBytes(size)})`,
            name,
            `højst ${formatBytes(MAX_ATTACHMENT_BYTES)}: gem en mindre udgave (fx PDF med lavere billedopløsning), eller del den i flere bilag`,
          ),
        );
        continue;
      }
      if (wanted && !wanted.has(file)) continue;
      errors.push(
        ...(await documentErrors(path, file, kind, {
          noun: 'bilaget',
          csvFix: 'ret cellen i regnearket (fx et ord forrest), og gem filen igen som CSV',
          cacheDir: options.cacheDir,
        })),
      );
    }
  }
  return sortErrors(wanted ? errors.filter((e) => wanted.has(e.file)) : errors);
}
