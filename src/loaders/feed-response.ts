/**
 * An Atom feed route's response: absolute addresses from the site and the base path, the site's
 * author and language, the stylesheet that shows the feed as a page, and the letters the entries may
 * cite. The three feed routes (/feed.xml, /omraader/<area>/feed.xml, /indikatorer/<id>/feed.xml) are
 * each a call to this with their own addresses, words and entries.
 */
import { getCollection } from 'astro:content';
import { buildAtom, type AtomEntry } from '../lib/archive/atom.ts';
import { absoluteUrl } from '../lib/archive/sitemap.ts';
import { da } from '../lib/copy/site.ts';
import type { LetterData } from '../lib/content-schemas.ts';
import { feedXslPath } from '../lib/routes.ts';
import { href } from '../lib/url.ts';
import { perBuild } from './per-build.ts';

export type AbsoluteUrl = (path: string) => string;
export type FeedLetter = { id: string; data: LetterData };

export interface FeedSpec {
  /** Site paths (without the base path): the feed itself, and the page it follows. */
  feedPath: string;
  pagePath: string;
  /** The feed's id; its own address unless given (the site feed's id is the front page). */
  idPath?: string;
  title: string;
  subtitle: string;
  entries: (letters: readonly FeedLetter[], url: AbsoluteUrl) => AtomEntry[];
}

/** The archive's letters, read once per build for every feed (the dev server reads them per request). */
export const feedLetters: () => Promise<FeedLetter[]> = perBuild(() => getCollection('letters'));

export async function feedResponse(site: URL | undefined, feed: FeedSpec): Promise<Response> {
  const url: AbsoluteUrl = (path) => absoluteUrl(String(site), import.meta.env.BASE_URL, path);
  const xml = buildAtom({
    id: url(feed.idPath ?? feed.feedPath),
    title: feed.title,
    subtitle: feed.subtitle,
    self: url(feed.feedPath),
    alternate: url(feed.pagePath),
    author: da.owner,
    lang: 'da',
    entries: feed.entries(await feedLetters(), url),
    stylesheet: href(feedXslPath()),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
