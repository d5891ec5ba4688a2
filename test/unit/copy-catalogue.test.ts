/**
 * One copy catalogue (src/lib/copy/): components, layouts and pages print words from it (or prose from
 * content/pages/), never type their own Danish. Scans the template part of every .astro file for
 * text and for the attributes a reader hears or sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeFiles } from '../helpers/import-graph.ts';

/** File names, formats and code a page shows as such: not words to translate. */
const TECHNICAL = new Set(['CSV', 'JSON', 'SVG', 'flag', 'true', 'false', 'null', 'datapackage.json', 'graf.svg']);
const READER_ATTRIBUTES = ['title', 'description', 'aria-label', 'label', 'prefix', 'placeholder', 'alt', 'noValue', 'caption', 'summary'];

function template(source: string): string {
  const withoutFrontmatter = source.startsWith('---') ? source.slice(source.indexOf('\n---', 3) + 4) : source;
  return withoutFrontmatter
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Typed words: text between tags (not inside {…}) and literal reader-facing attribute values. */
function typedWords(source: string): string[] {
  const t = template(source);
  const text = [...t.matchAll(/>([^<>{}]*)(?=[<{])/g)].map((m) => (m[1] ?? '').trim());
  const attrs = [...t.matchAll(new RegExp(`\\s(?:${READER_ATTRIBUTES.join('|')})="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
  // A `>` inside an expression ({a => …}, {x && (…)}) is code, not text between tags.
  const code = /&&|\|\||=>|\?\s|'/;
  const word = (w: string) => w.replace(/^[(»]+|[.,:;()«]+$/g, '');
  return [...text.filter((s) => !code.test(s)), ...attrs].filter((s) =>
    s
      .split(/\s+/)
      .map(word)
      .some((w) => /\p{L}{3,}/u.test(w) && !TECHNICAL.has(w)),
  );
}

describe('the copy catalogue', () => {
  const files = codeFiles('src').filter((f) => f.endsWith('.astro'));

  it('finds typed words where they are', () => {
    expect(typedWords('---\nconst x = 1;\n---\n<p>Alle tal kan hentes</p>')).toEqual(['Alle tal kan hentes']);
    expect(typedWords('<Base title="Om barometret"><p>{da.title}</p><span>CSV</span></Base>')).toEqual(['Om barometret']);
  });

  it('no component, layout or page types Danish words of its own', () => {
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => typedWords(readFileSync(f, 'utf8')).map((w) => `${f}: »${w.slice(0, 60)}«`));
    expect(found).toEqual([]);
  });
});
