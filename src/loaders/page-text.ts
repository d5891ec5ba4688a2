/**
 * The prose of a page from content/pages/<name>.md, as the site's Markdown pipeline rendered it,
 * split into the sections the page places its computed parts between (lib/page-text/page-sections.ts).
 */
import { getEntry } from 'astro:content';
import { pageSections, type PageSections } from '../lib/page-text/page-sections.ts';
import { href } from '../lib/url.ts';

export async function pageText<Id extends string>(name: string, sectionIds: readonly Id[]) {
  const file = `content/pages/${name}.md`;
  const entry = await getEntry('pages', name);
  if (!entry) throw new Error(`${file} mangler: siden /${name}/ henter sin tekst derfra`);
  const html = entry.rendered?.html;
  if (html === undefined) throw new Error(`${file} blev ikke gjort til HTML`);
  const text: PageSections<Id> = pageSections(html, file, href, sectionIds);
  return { data: entry.data, ...text };
}
