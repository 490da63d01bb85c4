/**
 * How much a word counts in the search index (Pagefind's `data-pagefind-weight`), by the kind of
 * page it is on. The explainer's pages keep Pagefind's defaults (body text 1, headings 5 to 7);
 * the reference pages (people, timeline, the sources' index) and, lower still, the source pages
 * count less, so that a search answers with the explainer first. A source page repeats the
 * sources' own sentences, and the people page lists every name, so without this they outrank the
 * section that explains what a name or a number means. Set in the HTML (not re-ranked in the
 * browser) so that Pagefind's own page order, and so the first batch of pages a search loads,
 * already puts the explainer first.
 */
export const SEARCH_WEIGHTS = {
  /** Text of a source page (/sources/<slug>/): its passages, summary and notes. */
  sourceText: 0.3,
  /** A source page's headings: its name and each passage's title. */
  sourceHeading: 0.6,
  /** Text of the people page, the timeline and the sources' index. */
  referenceText: 0.3,
  /** Their headings: a person's name, an event, a source's name. */
  referenceHeading: 0.6,
} as const;
