/** /data/people.json: people and organizations, with other spellings, roles and citations. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { LICENCE } from '../../lib/publishing/published-citations';
import { absoluteUrl, changelogEntries, dataPageCitations, inIndexOrder } from '../../page-data.node.ts';

export const GET: APIRoute = async ({ site }) => {
  const page = dataPageCitations('/people/');
  const people = inIndexOrder(
    '/people/',
    (await getCollection('people')).map((p) => p.data),
  ).map((p) => ({
    id: p.id,
    url: absoluteUrl(`/people/#${p.id}`, site),
    name: p.name,
    kind: p.kind,
    group: p.group,
    role: p.role,
    description: p.description,
    otherNames: p.aliases.map((a) => ({ name: a.name, source: a.source })),
    citations: page.citations
      .filter((c) => c.sectionId === p.id)
      .map((c) => ({
        source: c.source,
        passage: c.passageId,
        sourceUrl: absoluteUrl(`/sources/${c.source}/#${c.passageId}`, site),
        quote: c.quote,
      })),
  }));
  return Response.json({
    description: 'People and organizations the sources name, as the sources describe them, with the other spellings the sources use.',
    licence: LICENCE,
    updated: changelogEntries()
      .map((e) => e.date)
      .sort()
      .at(-1),
    count: people.length,
    people,
  });
};
