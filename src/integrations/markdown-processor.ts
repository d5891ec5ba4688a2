/**
 * The Markdown processor's options for the whole site (astro.config.mjs → satteri(…)), in one
 * place so the tests run documents through exactly the pipeline the build uses.
 * - mdxGuard refuses MDX with code before any code is generated;
 * - imagePolicy turns refused images into their alt text while they are still Markdown;
 * - rawHtml parses raw HTML into elements, so contentSanitizer can judge every one of them;
 * - contentSanitizer runs before the site's own plugins, which add trusted anchors and ids;
 * - compoundParts adds index-only parts of Danish compounds, so search finds them by a part.
 * Archive text is printed as written (no smart quotes); footnotes are labelled in Danish.
 */
import { paragraphAnchors, wantsAnchors } from './paragraph-anchors.ts';
import { compoundParts } from './compound-parts-plugin.ts';
import { contentSanitizer } from './sanitize-plugin.ts';
import { mdxGuard } from './mdx-guard-plugin.ts';
import { imagePolicy } from './image-policy-plugin.ts';

export function markdownProcessorOptions() {
  return {
    features: {
      smartPunctuation: false,
      rawHtml: true,
      gfm: { footnotes: { label: 'Fodnoter', backLabel: 'Tilbage til henvisning {reference}' } },
    },
    mdastPlugins: [mdxGuard(), imagePolicy()],
    hastPlugins: [
      contentSanitizer(),
      paragraphAnchors({ folders: ['letters', 'conferences'] }),
      (doc: { fileURL?: URL; source: string; data: unknown }) =>
        wantsAnchors(doc.fileURL?.href, ['letters', 'conferences', 'areas', 'pages'])
          ? compoundParts(doc.source, (doc.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter)
          : null,
    ],
  };
}
