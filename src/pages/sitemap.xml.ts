/** /sitemap.xml: every page with its last update, from the changelog. */
import type { APIRoute } from 'astro';
import { sitemap } from '../lib/publishing/feeds';
import { absoluteUrl, changelogEntries } from '../page-data.node.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    sitemap(changelogEntries(), (p) => absoluteUrl(p, site)),
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
