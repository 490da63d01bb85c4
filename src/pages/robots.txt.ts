/** /robots.txt: everything may be indexed; the sitemap is named. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../page-data.node.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
