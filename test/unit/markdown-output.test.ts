/**
 * The rendered HTML of tricky documents, byte for byte, compared with the files committed in
 * test/fixtures/markdown-output/expected/: nested lists and quotes, headings that collide, raw HTML
 * the sanitiser changes (unwrapped, stripped, refused addresses), tables, code, footnotes, images,
 * an illustrative page, an empty one, an MDX report, and every letter of the safety corpus. Each
 * Markdown document is rendered as Astro renders it (its renderer, the site's processor options,
 * the front matter as data) under a letter's, a page's and an unanchored path, since the folder
 * decides the anchors and the compound parts. The expected files were written by the three
 * separate plugins the site had before document-pass.ts, so the one-pass rewrite is held to the
 * same bytes. After a deliberate change: `npx vitest run -u test/unit/markdown-output.test.ts`,
 * and read the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import jsYaml from 'js-yaml';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/integrations/markdown-processor.ts';
import { S } from '../helpers/safety-expected.ts';

const DOCS = 'test/fixtures/markdown-output/docs';
const EXPECTED = '../fixtures/markdown-output/expected';

function split(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[^\n]*\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (jsYaml.load(m[1] ?? '') as Record<string, unknown>) ?? {}, body: m[2] ?? '' };
}

const renderer = createSatteriMarkdownProcessor({ syntaxHighlight: false, ...markdownProcessorOptions() } as never);

/** HTML and the headings Astro collects, as the content layer stores a Markdown entry. */
async function renderMarkdown(text: string, fileURL: URL): Promise<string> {
  const { data, body } = split(text);
  const { code, metadata } = await (await renderer).render(body, { frontmatter: data, fileURL } as never);
  return `${code}\n<!-- headings: ${JSON.stringify(metadata.headings)} -->\n`;
}

/** As Astro compiles MDX: the front matter blanked out line for line, so positions stay the file's. */
async function compileMdx(text: string, fileURL: URL): Promise<string> {
  const { data } = split(text);
  const end = text.indexOf('\n---', 3) + 4;
  const body = text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
  const astro = { frontmatter: data, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = await mdxToJs(body, { ...markdownProcessorOptions(), fileURL, data: { astro } });
  return `${result.code}\n`;
}

/** Where a document lives decides what it gets: anchors and parts, parts only, or neither. */
const PLACES = {
  letters: 'file:///site/content/letters/',
  pages: 'file:///site/content/pages/',
  unanchored: 'file:///site/content/other/',
};

describe('rendered Markdown, byte for byte', () => {
  const docs = readdirSync(DOCS).sort();

  it.each(docs.filter((d) => d.endsWith('.md')))('%s as a letter, a page and elsewhere', async (name) => {
    const text = readFileSync(`${DOCS}/${name}`, 'utf8');
    let out = '';
    for (const [place, base] of Object.entries(PLACES)) {
      out += `<!-- ${place} -->\n${await renderMarkdown(text, new URL(name, base))}`;
    }
    await expect(out).toMatchFileSnapshot(`${EXPECTED}/${name.replace(/\.md$/, '.html')}`);
  });

  it.each(docs.filter((d) => d.endsWith('.mdx')))('%s as a conference report', async (name) => {
    const code = await compileMdx(readFileSync(`${DOCS}/${name}`, 'utf8'), new URL(name, 'file:///site/content/conferences/'));
    await expect(code).toMatchFileSnapshot(`${EXPECTED}/${name.replace(/\.mdx$/, '.js')}`);
  });

  it('every letter of the safety corpus', async () => {
    let out = '';
    for (const name of readdirSync(`${S}/letters`).sort()) {
      const path = `${S}/letters/${name}`;
      out += `<!-- ${name} -->\n${await renderMarkdown(readFileSync(path, 'utf8'), pathToFileURL(resolve(path)))}`;
    }
    // The safety corpus lives under its own path; only its name inside letters/ matters here.
    await expect(out.replaceAll(pathToFileURL(resolve(S)).href, 'file:///S')).toMatchFileSnapshot(`${EXPECTED}/safety-letters.html`);
  });
});
