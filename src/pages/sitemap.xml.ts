/** /sitemap.xml: every page with its last update, from the changelog, and the hreflang alternates of pages with twins. */
import type { APIRoute } from 'astro';
import { sitemap } from '../lib/publishing/feeds';
import { LANG_TAG } from '../lib/i18n/editions';
import { absoluteUrl, changelogEntries, contractPath } from '../page-data.node.ts';
import { pageVersions } from '../i18n.node.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    sitemap(
      changelogEntries(),
      (p) => absoluteUrl(p, site),
      (p) => pageVersions(contractPath(p)).map((v) => ({ lang: LANG_TAG[v.edition], path: v.path })),
    ),
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
