/** /feed.xsl: the Danish XSLT stylesheet the Atom feeds point to, so a browser shows them as a page. */
import type { APIRoute } from 'astro';
import { feedXsl } from '../lib/feeds/feed-xsl.ts';
import { FEED_CSS_PATH } from '../lib/editions/paths.ts';
import { da } from '../lib/copy/index.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(feedXsl({ css: href(FEED_CSS_PATH), home: href(''), icon: href('favicon.svg'), siteName: da.siteName }), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
