/**
 * The Markdown processor's options for the whole site (astro.config.mjs → satteri(…)), in one
 * place so the tests run documents through exactly the pipeline the build uses.
 * - mdxGuard refuses MDX with code before any code is generated;
 * - imagePolicy turns refused images into their alt text while they are still Markdown;
 * - rawHtml parses raw HTML into elements, so the sanitiser can judge every one of them;
 * - documentPass runs, in one pass over the tree, the content sanitiser, then the site's own
 *   trusted anchors and ids (letters, reports; heading ids alone in areas and pages), then
 *   index-only parts of Danish compounds, so search finds them by a part (letters, reports,
 *   areas, pages). The first entry is the sanitiser (with the site's steps); a pipeline without
 *   it (hastPlugins.slice(1)) still gets the site's steps from the second.
 * Archive text is printed as written (no smart quotes); footnotes are labelled in Danish.
 */
import { wantsAnchors } from './paragraph-anchors.ts';
import { isIllustrative } from './compound-parts-plugin.ts';
import { documentPass } from './document-pass.ts';
import { mdxGuard } from './mdx-guard-plugin.ts';
import { imagePolicy } from './image-policy-plugin.ts';

interface PluginDoc {
  fileURL?: URL;
  source: string;
  data: object;
}

/** Documents whose site steps already run in the sanitiser's pass (keyed by the compile's data bag). */
const sanitised = new WeakSet<object>();

function siteSteps(doc: PluginDoc) {
  const url = doc.fileURL?.href;
  const parts = wantsAnchors(url, ['letters', 'conferences', 'areas', 'pages']);
  const frontmatter = (doc.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  return {
    anchors: wantsAnchors(url, ['letters', 'conferences']),
    headingIds: wantsAnchors(url, ['areas', 'pages']),
    parts,
    illustrative: parts && isIllustrative(doc.source, frontmatter),
  };
}

export function markdownProcessorOptions() {
  return {
    features: {
      smartPunctuation: false,
      rawHtml: true,
      gfm: { footnotes: { label: 'Fodnoter', backLabel: 'Tilbage til henvisning {reference}' } },
    },
    mdastPlugins: [mdxGuard(), imagePolicy()],
    hastPlugins: [
      // The content policy first; the site's own steps follow it in the same pass.
      (doc: PluginDoc) => {
        sanitised.add(doc.data);
        return documentPass({ sanitize: true, ...siteSteps(doc) });
      },
      // The site's steps alone, when a pipeline leaves the sanitiser out (a test, the benchmark).
      (doc: PluginDoc) => (sanitised.delete(doc.data) ? null : documentPass({ sanitize: false, ...siteSteps(doc) })),
    ],
  };
}
