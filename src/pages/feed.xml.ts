/** /feed.xml: an Atom feed of the site's updates, from the changelog. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/publishing/feeds';
import { SITE_TAGLINE, SITE_TITLE } from '../lib/site-config';
import { absoluteUrl, changelogEntries } from '../page-data.node.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    atomFeed({
      title: `${SITE_TITLE}: ${SITE_TAGLINE}`,
      home: absoluteUrl('/', site),
      self: absoluteUrl('/feed.xml', site),
      entries: changelogEntries(),
      absolute: (p) => absoluteUrl(p, site),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
