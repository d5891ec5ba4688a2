/** /robots.txt: everything may be crawled, and the sitemap's absolute address (BASE_PATH and SITE_URL honoured). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/archive/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(String(site), import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
