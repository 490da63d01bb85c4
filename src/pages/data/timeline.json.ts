/** /data/timeline.json: every dated event, with its precision, summary, citations and section. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { datePrecision } from '../../lib/dates';
import { LICENCE } from '../../lib/publishing/published-citations';
import { absoluteUrl, changelogEntries, dataPageCitations, inIndexOrder } from '../../page-data.node.ts';

export const GET: APIRoute = async ({ site }) => {
  const page = dataPageCitations('/timeline/');
  const events = inIndexOrder(
    '/timeline/',
    (await getCollection('timeline')).map((e) => e.data),
  ).map((e) => ({
    id: e.id,
    url: absoluteUrl(`/timeline/#${e.id}`, site),
    date: e.date,
    precision: datePrecision(e.date),
    ...(e.dateNote ? { dateNote: e.dateNote } : {}),
    title: e.title,
    summary: e.summary,
    section: absoluteUrl(e.section, site),
    citations: page.citations
      .filter((c) => c.sectionId === e.id)
      .map((c) => ({
        source: c.source,
        passage: c.passageId,
        sourceUrl: absoluteUrl(`/sources/${c.source}/#${c.passageId}`, site),
        quote: c.quote,
      })),
  }));
  return Response.json({
    description:
      'Every dated event in the five sources, in date order. A date is as precise as the sources give it (precision: year, month or day).',
    licence: LICENCE,
    updated: changelogEntries()
      .map((e) => e.date)
      .sort()
      .at(-1),
    count: events.length,
    events,
  });
};
