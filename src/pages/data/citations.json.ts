/** /data/citations.json: every citation on the site — page, section, source, passage, words. */
import type { APIRoute } from 'astro';
import { citationRows, LICENCE } from '../../lib/publishing/published-citations';
import { absoluteUrl, changelogEntries, citationIndex } from '../../page-data.node.ts';

export const GET: APIRoute = ({ site }) => {
  const rows = citationRows(citationIndex(), (path) => absoluteUrl(path, site));
  const updated = changelogEntries()
    .map((e) => e.date)
    .sort()
    .at(-1);
  return Response.json({
    description:
      'Every citation on the site: the page and section that cites, the source and its passage, and the exact cited words, verified against the source at build time.',
    licence: LICENCE,
    updated,
    count: rows.length,
    citations: rows,
  });
};
