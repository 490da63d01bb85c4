/**
 * The search engine: Pagefind, loaded once and only when a reader shows they want to search,
 * and a search that returns section results a batch of pages at a time, so the first results
 * need only the first few pages' data.
 */
import { rankSections, type PagefindResultData, type SectionHit } from '../lib/search/results';
import { FILTER_PARAMS, isEmptySearch, pagefindFilters, type FilterName, type SearchState } from '../lib/search/url';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter value, the pages the words alone match (the other filters left out). */
  totalFilters?: Record<string, Record<string, number>>;
}

/** The part of Pagefind's browser API this site uses (pagefind.js in the built bundle). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: unknown }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pages whose data is loaded per batch: enough to rank the best sections (the best section has
 * been on one of Pagefind's first three pages for every query tried), few enough that the first
 * results need little data: a page's data is 1–9 KB.
 */
const PAGES_PER_BATCH = 3;

/** The site's base path with a trailing slash ("/" or "/explainer/"). */
const basePath = (): string => import.meta.env.BASE_URL.replace(/\/?$/, '/');

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind (once). A failed load is forgotten, so the next attempt tries again. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    // The bundle is written by the build after Astro has run, so it cannot be bundled here.
    const pagefind = (await import(/* @vite-ignore */ `${basePath()}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: basePath(),
      excerptLength: 24,
      // Pagefind's default (0.75) penalises long pages hard; here the longest pages are the full
      // accounts (the case, the laws), which should not lose to a short page that mentions a word.
      ranking: { pageLength: 0.5 },
      // This index is small, so a search takes a few milliseconds: the Web Worker would add
      // ~12 KB and a start-up round trip before the first result, and nothing a reader would notice.
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Per filter value, how many pages the search's words match with that value. */
export type FilterCounts = Record<FilterName, Record<string, number>>;

/** The outcome of one search: how many pages match, and their sections, best first, a batch at a time. */
export class SearchOutcome {
  /** Section results of the pages loaded so far. */
  readonly hits: SectionHit[] = [];
  private loaded = 0;

  constructor(
    readonly state: SearchState,
    private readonly results: readonly PagefindResult[],
    /** Pages per filter value for this search, when asked for. */
    readonly filterCounts: FilterCounts | undefined,
  ) {}

  /** How many pages match. */
  get pages(): number {
    return this.results.length;
  }

  /** True while some matching pages have not been loaded. */
  get hasMore(): boolean {
    return this.loaded < this.results.length;
  }

  /** Loads the next batch of pages and adds their sections; resolves to the sections added. */
  async loadMore(): Promise<SectionHit[]> {
    const batch = this.results.slice(this.loaded, this.loaded + PAGES_PER_BATCH);
    this.loaded += batch.length;
    const pages = await Promise.all(batch.map(async (r) => ({ score: r.score, data: await r.data() })));
    const added = rankSections(pages, this.state.q);
    this.hits.push(...added);
    return added;
  }
}

let filtersLoaded = false;

/**
 * Runs a search and loads its first batch of pages (unless `signal` was aborted meanwhile). An
 * empty state searches nothing; a state with filters and no words lists the pages the filters select.
 */
export async function runSearch(
  state: SearchState,
  options: { filterCounts?: boolean; signal?: AbortSignal } = {},
): Promise<SearchOutcome> {
  if (isEmptySearch(state)) return new SearchOutcome(state, [], undefined);
  const pagefind = await loadEngine();
  if (options.filterCounts && !filtersLoaded) {
    // Pagefind returns per-filter counts with each search only once its filter index is loaded.
    await pagefind.filters();
    filtersLoaded = true;
  }
  const search = await pagefind.search(state.q === '' ? null : state.q, { filters: pagefindFilters(state) });
  const counts = options.filterCounts ? readCounts(search.totalFilters) : undefined;
  const outcome = new SearchOutcome(state, search.results, counts);
  // Overtaken by a newer search: its pages' data would never be shown.
  if (!options.signal?.aborted) await outcome.loadMore();
  return outcome;
}

function readCounts(filters: PagefindSearch['totalFilters']): FilterCounts {
  const counts = {} as FilterCounts;
  for (const name of FILTER_PARAMS) counts[name] = { ...(filters?.[name] ?? {}) };
  return counts;
}
