/**
 * Sätteri mdast plugin: an image the content policy refuses (from another host, a data: URL, or a
 * path next to the Markdown file) becomes its alt text while the document is still Markdown.
 * Removing only the src later would be too late: Astro collects images from the Markdown tree
 * and imports a relative one as a file, so a missing "kort.png" would stop the build.
 */
import { judgeUrl } from '../lib/content-policy/url-policy.ts';

interface ImageNode {
  type: 'image';
  url: string;
  alt?: string | null;
}

export function imagePolicy() {
  return {
    name: 'ib-image-policy',
    image(node: ImageNode) {
      if (!judgeUrl(node.url, 'image')) return undefined;
      return { type: 'text' as const, value: node.alt ?? '' };
    },
  };
}
