/**
 * The prose of a page from content/pages/<name>.md, as the site's Markdown pipeline rendered it,
 * split into the sections the page places its computed parts between (lib/page-text/page-sections.ts).
 */
import { getEntry } from 'astro:content';
import { PAGE_SECTIONS, pageSections, type PageSections } from '../lib/page-text/page-sections.ts';
import { href } from '../lib/url.ts';

export async function pageText<Id extends string>(name: string, sectionIds: readonly Id[]) {
  // The editor check holds the Markdown to PAGE_SECTIONS; a page asking for other names would pass
  // the check and then stop the build, so that is the developer's mistake, named here.
  const declared: readonly string[] | undefined = (PAGE_SECTIONS as Record<string, readonly string[]>)[name];
  if (declared && declared.join() !== sectionIds.join())
    throw new Error(
      `src/pages/${name}.astro beder om afsnittene ${sectionIds.join(', ')}, men PAGE_SECTIONS.${name} i src/lib/page-text/page-sections.ts, som tjekket bruger, har ${declared.join(', ')}`,
    );
  const entry = await getEntry('pages', name);
  if (!entry) throw new Error(`content/pages/${name}.md mangler: siden /${name}/ henter sin tekst derfra`);
  // The file as the editor knows it (the content folder may be set elsewhere).
  const file = entry.filePath ?? `content/pages/${name}.md`;
  const html = entry.rendered?.html;
  if (html === undefined) throw new Error(`${file}: teksten blev ikke gjort til HTML`);
  const text: PageSections<Id> = pageSections(html, file, href, sectionIds);
  return { data: entry.data, ...text };
}
