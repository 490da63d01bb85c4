/**
 * Search state in the URL: `/search/?q=…&topic=…&source=…` is what a reader shares, what the back
 * and forward buttons restore, and what the header search submits. Result links carry the query
 * as `?highlight=…` so the page they open can mark the words.
 */
import { normalizeQuery } from './query';

/** The query parameter of the search page. */
export const QUERY_PARAM = 'q';
/** The parameter that names the words to highlight on a result's page (Pagefind's convention). */
export const HIGHLIGHT_PARAM = 'highlight';

/** Set (`exact=1`) when the reader chose to search their own words, not the nearest ones a typo suggests. */
export const EXACT_PARAM = 'exact';
/** The filter parameters, one value each, repeated for several values. */
export const FILTER_PARAMS = ['topic', 'source'] as const;

/** A filter of the search: the topic of a page, or a source it cites. */
export type FilterName = (typeof FILTER_PARAMS)[number];

/** Everything a search is: the query and the chosen filter values. */
export interface SearchState {
  q: string;
  topic: string[];
  source: string[];
  /** The reader's words exactly, with no typo correction ("Search instead for …"). */
  exact?: boolean;
}

/** The filter values that exist, so a hand-edited URL cannot ask for one that does not. */
export type KnownFilters = Record<FilterName, readonly string[]>;

/** Reads the search state from a URL's query string, keeping only known filter values, in their canonical order. */
export function parseSearchState(search: string | URLSearchParams, known: KnownFilters): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: FilterName): string[] => {
    const asked = new Set(params.getAll(name));
    return known[name].filter((value) => asked.has(value));
  };
  const q = normalizeQuery(params.get(QUERY_PARAM) ?? '');
  const exact = q !== '' && params.get(EXACT_PARAM) === '1';
  return { q, topic: pick('topic'), source: pick('source'), ...(exact ? { exact } : {}) };
}

/** The query string for a search state (empty parts left out), such as `?q=MSS&topic=laws`. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set(QUERY_PARAM, state.q);
  for (const name of FILTER_PARAMS) for (const value of state[name]) params.append(name, value);
  if (state.exact && state.q !== '') params.set(EXACT_PARAM, '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when two states would search the same thing. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchQueryString(a) === searchQueryString(b);
}

/** True when the state asks for nothing: no words and no filters. */
export function isEmptySearch(state: SearchState): boolean {
  return state.q === '' && state.topic.length === 0 && state.source.length === 0;
}

/**
 * Pagefind's filter option for a state: a page matches when it has any of the chosen topics and
 * cites any of the chosen sources. (Pagefind's default for a list is "all of", which for topics,
 * one per page, would match nothing.)
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of FILTER_PARAMS) if (state[name].length > 0) filters[name] = { any: [...state[name]] };
  return filters;
}

/**
 * A result's link with the query added as `?highlight=…`, before any `#section`. Works on paths
 * ("/case/#one-minute-rule") and full URLs alike, and replaces an earlier highlight.
 */
export function withHighlight(url: string, query: string): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  const words = normalizeQuery(query);
  if (words === '') params.delete(HIGHLIGHT_PARAM);
  else params.set(HIGHLIGHT_PARAM, words);
  const text = params.toString();
  return `${path}${text === '' ? '' : `?${text}`}${hash}`;
}

/**
 * The id a URL's fragment names (`location.hash`, with or without its `#`), percent-decoded:
 * "#one-minute-rule" gives "one-minute-rule". A hand-edited or truncated link can carry a
 * malformed escape ("#%E0%A4%A"), on which `decodeURIComponent` throws; such a fragment names
 * nothing, so this gives "", as it does for no fragment at all.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
