/**
 * The search filters: a page's topic follows from its URL, and its sources from its citations,
 * so every page, including one added later, is filed without anyone having to tag it.
 */

/** The topics a reader can narrow a search to, as section paths of the URL contract. */
export const TOPICS = [
  { id: 'case', path: '/case/' },
  { id: 'laws', path: '/laws/' },
  { id: 'corporate-responses', path: '/corporate-responses/' },
  { id: 'related-cases', path: '/related-cases/' },
  { id: 'timeline', path: '/timeline/' },
  { id: 'people', path: '/people/' },
  { id: 'sources', path: '/sources/' },
] as const;

/** A topic's id, as it appears in `?topic=` and in the index. */
export type TopicId = (typeof TOPICS)[number]['id'];

/** The topic of the page at a contract path (`/related-cases/tiktok/` → `related-cases`); undefined for the home and about pages. */
export function topicOf(path: string): TopicId | undefined {
  return TOPICS.find((t) => path === t.path || path.startsWith(t.path))?.id;
}

/** What a page is filed under in the search index. */
export interface PageFacets {
  topic: TopicId | undefined;
  /** Slugs of the sources the page cites, in registry order. */
  sources: string[];
}

/**
 * A page's facets. `cited` lists the sources of the page's citations (repeats allowed); a
 * source's own page (`/sources/<slug>/`) is filed under that source.
 */
export function pageFacets(path: string, cited: readonly string[], registry: readonly string[]): PageFacets {
  const own = /^\/sources\/([^/]+)\/$/.exec(path)?.[1];
  const wanted = new Set(own ? [own] : cited);
  return { topic: topicOf(path), sources: registry.filter((slug) => wanted.has(slug)) };
}

/** The `data-pagefind-filter` values that file a page: `topic:case`, `source:epoch-times` … */
export function facetFilterValues(facets: PageFacets): string[] {
  return [...(facets.topic ? [`topic:${facets.topic}`] : []), ...facets.sources.map((s) => `source:${s}`)];
}

/** A topic's label: the main navigation's name for its page ("Corporate responses"), else its id. */
export function topicLabel(topic: { id: string; path: string }, nav: readonly { url: string; label: string }[]): string {
  return nav.find((p) => p.url === topic.path)?.label ?? topic.id;
}

/** The topics whose page exists in this build, with their labels, in the contract's order. */
export function availableTopics(
  existing: ReadonlySet<string>,
  nav: readonly { url: string; label: string }[],
): { id: TopicId; path: string; label: string }[] {
  return TOPICS.filter((t) => existing.has(t.path)).map((t) => ({ id: t.id, path: t.path, label: topicLabel(t, nav) }));
}
