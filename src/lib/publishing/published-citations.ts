/**
 * The reusable data files (/data/*.json): plain, documented shapes for reporters and
 * researchers, built from the same verified index as the pages.
 */
import type { CitationIndex } from '../citations/citation-index';

/** The licence statement carried by every data file. */
export const LICENCE = {
  text: 'The site’s own text and data: Creative Commons Attribution 4.0 International (CC BY 4.0). Quotations remain the work of their publishers.',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** One citation as published in /data/citations.json. */
export interface PublishedCitation {
  page: string;
  section: string | null;
  url: string;
  source: string;
  passage: string;
  sourceUrl: string;
  quote: string;
}

/** Every citation of the site, in page and reading order, with absolute URLs. */
export function citationRows(index: CitationIndex, absolute: (path: string) => string): PublishedCitation[] {
  return [...index.pages.values()]
    .sort((a, b) => a.url.localeCompare(b.url))
    .flatMap((page) =>
      page.citations.map((c) => ({
        page: absolute(page.url),
        section: c.sectionId,
        url: absolute(c.sectionId ? `${page.url}#${c.sectionId}` : page.url),
        source: c.source,
        passage: c.passageId,
        sourceUrl: absolute(`/sources/${c.source}/#${c.passageId}`),
        quote: c.quote,
      })),
    );
}
