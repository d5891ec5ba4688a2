/**
 * The second lock: whatever the editor check misses, the rendering pipeline the site is built with
 * (markdownProcessorOptions, as astro.config.mjs uses it) neutralises. Every letter fixture of the
 * safety corpus, rendered as the build renders it, holds nothing a browser would run, load or
 * submit (an independent denylist scan, scripts/lib/quality/active-content.ts); every MDX fixture with
 * code is refused before any JavaScript is generated, with the same messages the check prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/integrations/markdown-processor.ts';
import { findActiveContent } from '../../scripts/lib/quality/active-content.ts';
import { CONFERENCES, S } from '../helpers/safety-expected.ts';
import { elements, parseHtml, text } from '../helpers/html.ts';

function split(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[^\n]*\r?\n([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (jsYaml.load(m[1] ?? '') as Record<string, unknown>) ?? {}, body: m[2] ?? '' };
}

function render(path: string): string {
  const { body } = split(readFileSync(path, 'utf8'));
  return markdownToHtml(body, { ...markdownProcessorOptions(), fileURL: pathToFileURL(resolve(path)) }).html;
}

/** As Astro compiles MDX: the front matter blanked out line for line, so positions stay the file's. */
function compileMdx(path: string): string {
  const text = readFileSync(path, 'utf8');
  const { data } = split(text);
  const end = text.indexOf('\n---', 3) + 4;
  const body = text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
  const astro = { frontmatter: data, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = mdxToJs(body, { ...markdownProcessorOptions(), fileURL: pathToFileURL(resolve(path)), data: { astro } });
  if (result instanceof Promise) throw new Error('the pipeline\u2019s plugins are synchronous');
  return result.code;
}

const letters = readdirSync(`${S}/letters`).sort();

describe('rendering pipeline', () => {
  it.each(letters)('neutralises %s: nothing active in the HTML', (name) => {
    const html = render(`${S}/letters/${name}`);
    expect(findActiveContent(html)).toEqual([]);
    // Text such as "javascript:alert(1)" may stay as words (the parser above reads the tags).
    const doc = parseHtml(html);
    expect(['script', 'iframe', 'form', 'meta'].flatMap((tag) => elements(doc, tag))).toEqual([]);
  });

  it('keeps the text of removed elements that were prose, and drops code with its content', () => {
    // The overlay's box stays as a plain element with its words, without the style that laid it over the page.
    const overlay = elements(parseHtml(render(`${S}/letters/style-overlay.md`)), 'div').filter(
      (d) => text(d) === 'Siden er flyttet. Log ind igen.',
    );
    expect(overlay.map((d) => d.attribs)).toEqual([{}]);
    expect(render(`${S}/letters/script-block.md`)).not.toContain('document.cookie');
    // The link's words stay; the javascript: address is gone.
    const links = elements(parseHtml(render(`${S}/letters/js-inline-link.md`)), 'a').filter((a) => text(a) === 'Læs brevet');
    expect(links.map((a) => a.attribs)).toEqual([{}]);
    expect(render(`${S}/letters/relative-image.md`)).toContain('Kort over bydelene');
  });

  it('gives headings named like the footnotes\u2019 or the page\u2019s ids other ids (heading-id-hijack.md)', () => {
    const ids = elements(parseHtml(render(`${S}/letters/heading-id-hijack.md`)), '*', { id: true }).map((e) => e.attribs.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['footnote-label', 'footnote-label-2', 'overskrift-user-content-fn-1', 'indhold-2']));
  });

  // Compile-time guard: these MDX fixtures hold code; the check refuses them, and so does the build.
  // (Unknown indicators and letters need the data, so only the check can know them; a hidden
  // character, typed or written as &#x202E;, is text, refused by the check alone.)
  const guarded = Object.entries(CONFERENCES).filter(([, lines]) =>
    lines.some((l) => !/ukendt (indikator|brev)|ukendt felt|ideas\[/.test(l) && !/-links er|teksten indeholder/.test(l)),
  );

  it.each(guarded)('refuses %s before any code is generated, with the check\u2019s messages', (name, expected) => {
    const path = `${S}/conferences/${name}/2009.mdx`;
    let message = '';
    try {
      compileMdx(path);
    } catch (err) {
      message = err instanceof Error ? err.message : String(err);
    }
    expect(message, 'the build must refuse this document').not.toBe('');
    // The guard's lines are the check's lines (same file:line:column and words); a syntax error is the parser's.
    const guardLines = message.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    const checkLines = expected.filter((l) => !/ukendt (indikator|brev)/.test(l));
    if (guardLines.length > 0) expect(guardLines).toEqual(checkLines);
  });

  it('refuses layout in MDX front matter, which Astro would import as code', () => {
    expect(() => compileMdx(`${S}/conferences/mdx-layout/2009.mdx`)).toThrow(/feltet "layout" er ikke tilladt/);
  });

  it('compiles a report with a refused link, without the link', () => {
    const code = compileMdx(`${S}/conferences/mdx-js-link/2009.mdx`);
    expect(code).not.toContain('javascript:');
  });

  it('leaves every real document exactly as it was without the sanitiser', () => {
    const withoutSanitiser = () => {
      const o = markdownProcessorOptions();
      return { ...o, hastPlugins: o.hastPlugins.slice(1) };
    };
    for (const folder of ['letters', 'conferences', 'areas', 'pages']) {
      for (const name of readdirSync(`content/${folder}`)) {
        const path = `content/${folder}/${name}`;
        const { body } = split(readFileSync(path, 'utf8'));
        const fileURL = pathToFileURL(resolve(path));
        if (name.endsWith('.mdx')) {
          expect(mdxToJs(body, { ...markdownProcessorOptions(), fileURL }).code, path).toBe(
            mdxToJs(body, { ...withoutSanitiser(), fileURL }).code,
          );
        } else {
          expect(markdownToHtml(body, { ...markdownProcessorOptions(), fileURL }).html, path).toBe(
            markdownToHtml(body, { ...withoutSanitiser(), fileURL }).html,
          );
        }
      }
    }
  });
});
