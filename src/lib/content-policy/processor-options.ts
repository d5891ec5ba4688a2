/**
 * The Markdown processor's options for the whole site (astro.config.mjs → satteri(…)), in one
 * place so the tests run documents through exactly the pipeline the build uses.
 * - mdxGuard refuses MDX with code before any code is generated;
 * - imagePolicy turns refused images into their alt text while they are still Markdown;
 * - rawHtml parses raw HTML into elements, so contentSanitizer can judge every one of them;
 * - contentSanitizer runs before the site's own plugins, which add trusted anchors and ids.
 * Archive text is printed as written (no smart quotes); footnotes are labelled in Danish.
 */
import { paragraphAnchors } from '../archive/paragraph-anchors.ts';
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
    hastPlugins: [contentSanitizer(), paragraphAnchors({ folders: ['letters', 'conferences'] })],
  };
}
