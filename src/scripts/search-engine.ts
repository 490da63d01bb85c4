/**
 * The search engine: Pagefind, loaded once and only when a reader shows they want to search,
 * and a search that returns section results a batch of pages at a time, so the first results
 * need only the first few pages' data.
 */
import type { AliasTable } from '../lib/search/aliases';
import { foundLittle, mergeResults, parseVocabulary, planQuery, VARIANT_FACTOR, type Merged, type QueryPlan } from '../lib/search/plan';
import { inPageOrder, rankSections, type PagefindResultData, type SectionHit } from '../lib/search/results';
import { hasHan, splitAsSimplified } from '../lib/search/han';
import { parseSimplifiedForms, SIMPLIFIED_FORMS_FILE } from '../lib/search/han-forms';
import { FILTER_PARAMS, isEmptySearch, pagefindFilters, type FilterName, type SearchState } from '../lib/search/url';
import { countPages, isPageTop, pageFilterCounts, type RecordPages } from '../lib/search/record-pages';
import { siteRoot } from './site-root';

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
 * Records whose data is loaded per batch: a page, or on the English edition a chapter of one
 * (src/lib/search/chapters.node.ts). Enough to rank the best sections (bench:relevance, with whole
 * pages: two a batch lost 7–10 points of top-3), few enough that the first results need little data: a
 * record's data is 0.5–4 KB gzipped (a chapter), up to 10 KB (a whole page).
 */
const RECORDS_PER_BATCH = 3;

let engine: Promise<Pagefind> | undefined;

/** The search index's tag, stamped into the page by the build; undefined where it was not (dev). */
const searchTag = (): string | undefined => {
  const tag = document.documentElement.dataset['searchTag'];
  return tag && /^[0-9a-f]+$/.test(tag) ? tag : undefined;
};

/** Loads Pagefind (once). A failed load is forgotten, so the next attempt tries again. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    // The bundle is written by the build after Astro has run, so it cannot be bundled here.
    const pagefind = (await import(/* @vite-ignore */ `${siteRoot()}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: siteRoot(),
      // The build's tag for Pagefind's entry file (src/lib/offline/stamp.node.ts), so the entry is
      // cached and archived by URL rather than fetched anew with the time on every load.
      ...(searchTag() ? { metaCacheTag: searchTag() } : {}),
      excerptLength: 24,
      // Pagefind's default (0.75) penalises long pages hard; here the longest pages are the full
      // accounts (the case, the laws), which should not lose to a short page that mentions a word.
      // On bench:relevance (60 queries), with /corporate-responses/ no longer repeating the case
      // page's quotations: 0.4 gave top-1 75.0%, top-3 88.3%; 0.3 gives 75.0% and 91.7%, and the
      // Chinese sets gain too (zh-hans top-3 88.1% → 90.5%). 0.3 ranks /corporate-responses/,
      // which says where Brookings staff work, above the people page's entry for "Brookings".
      ranking: { pageLength: 0.3 },
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

/**
 * Loads a small JSON or text file the build writes under /search/ (once). A file that does not
 * load leaves its feature out (no aliases, no typo suggestions) rather than failing the search.
 */
function loader<T>(file: string, parse: (text: string) => T, fallback: T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= fetch(`${siteRoot()}search/${file}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(parse)
      .catch(() => {
        loaded = undefined;
        return fallback;
      }));
}

/** True on a page of the Traditional edition. */
const traditional = document.documentElement.lang === 'zh-Hant';

/**
 * The alias table (/search/aliases.json, about 1 KB), loaded with the engine; a page of the
 * Traditional edition loads the table with Traditional Chinese terms.
 */
export const loadAliases = loader<AliasTable>(
  traditional ? 'aliases-zh-hant.json' : 'aliases.json',
  (text) => JSON.parse(text) as AliasTable,
  [],
);

/**
 * The Simplified forms of the Traditional edition's characters (/search/han-simplified.txt, about
 * 2 KB), loaded with the engine on that edition's pages only, so that its queries are split into
 * words as the Simplified edition's are (src/lib/search/han-forms.ts). Without it, they are split as typed.
 */
const loadSimplifiedForms = loader(SIMPLIFIED_FORMS_FILE, parseSimplifiedForms, new Map<string, string>());

/**
 * Which page each search record belongs to (/search/pages-en.json, about 0.6 KB), loaded with the
 * engine on the English edition, whose pages are indexed in chapters; elsewhere each record is a page.
 */
const loadRecordPages: () => Promise<RecordPages | undefined> =
  document.documentElement.lang === 'en'
    ? loader<RecordPages | undefined>('pages-en.json', (text) => JSON.parse(text) as RecordPages, undefined)
    : () => Promise.resolve(undefined);

/** The index's vocabulary (/search/vocabulary.txt), loaded only when a search finds little. */
const loadVocabulary = loader<string[]>('vocabulary.txt', parseVocabulary, []);

/** Per filter value, how many pages the search's words match with that value. */
export type FilterCounts = Record<FilterName, Record<string, number>>;

/** A search run for the nearest words of the vocabulary instead of the reader's. */
export interface Correction {
  /** What the reader typed. */
  from: string;
  /** The words searched instead. */
  to: string;
}

/** The outcome of one search: how many pages match, and their sections, best first, a batch at a time. */
export class SearchOutcome {
  /** Section results of the records loaded so far. */
  readonly hits: SectionHit[] = [];
  private loaded = 0;

  constructor(
    readonly state: SearchState,
    /** The matching records (pages, or chapters of pages), best first. */
    private readonly results: readonly Merged<PagefindResult>[],
    /** How many pages the records belong to. */
    readonly pages: number,
    /** Pages per filter value for this search, when asked for. */
    readonly filterCounts: FilterCounts | undefined,
    /** The words searched, the alias variants and the words they add. */
    readonly plan: QueryPlan,
    /** Set when the search ran for the vocabulary's nearest words instead of the reader's. */
    readonly correction: Correction | null = null,
  ) {}

  /** True while some matching records have not been loaded. */
  get hasMore(): boolean {
    return this.loaded < this.results.length;
  }

  /** Loads the next batch of records and adds their sections; resolves to the sections added. */
  async loadMore(): Promise<SectionHit[]> {
    const batch = this.results.slice(this.loaded, this.loaded + RECORDS_PER_BATCH);
    this.loaded += batch.length;
    const pages = await Promise.all(
      batch.map(async (r) => {
        // A variant's result for a record loads the same fragment (Pagefind caches it: no more bytes),
        // and Pagefind writes each search's word locations into that one cached object: each is
        // copied before the next is asked for.
        const loaded: PagefindResultData[] = [];
        for (const result of [r.result, ...r.others]) loaded.push({ ...(await result.data()) });
        const [data, ...alternatives] = loaded as [PagefindResultData, ...PagefindResultData[]];
        return { score: r.score, data, alternatives };
      }),
    );
    // Each page's sections in the batch together, the explainer's pages before the sources'.
    const added = inPageOrder(rankSections(pages, this.plan.searched, this.plan.highlight, this.state.q, this.plan.variants));
    this.hits.push(...added);
    return added;
  }
}

let filtersLoaded = false;

/** Runs the plan's queries (the reader's words and each alias variant) and merges their pages. */
async function searchPlan(
  pagefind: Pagefind,
  plan: QueryPlan,
  filters: ReturnType<typeof pagefindFilters>,
): Promise<{ merged: Merged<PagefindResult>[]; first: PagefindSearch }> {
  const searches = await Promise.all([plan.searched, ...plan.variants].map((q) => pagefind.search(q, { filters })));
  const merged = mergeResults(searches.map((s, i) => ({ results: s.results, factor: i === 0 ? 1 : VARIANT_FACTOR })));
  // The reader's own words' search has the filter counts (an alias's pages are few, and mostly the same).
  return { merged, first: searches[0] as PagefindSearch };
}

/**
 * Runs a search and loads its first batch of pages (unless `signal` was aborted meanwhile). An
 * empty state searches nothing; a state with filters and no words lists the pages the filters
 * select. The words are searched without their stop words and widened with the alias table;
 * when they find little (and the reader did not ask for their words exactly), the vocabulary's
 * nearest words are searched instead, if they find more.
 */
export async function runSearch(
  state: SearchState,
  options: { filterCounts?: boolean; signal?: AbortSignal } = {},
): Promise<SearchOutcome> {
  const bare: QueryPlan = { searched: state.q, variants: [], added: [], highlight: state.q };
  if (isEmptySearch(state)) return new SearchOutcome(state, [], 0, undefined, bare);
  const words = state.q !== '';
  const [pagefind, table, forms, recordPages] = await Promise.all([
    loadEngine(),
    words ? loadAliases() : [],
    words && traditional ? loadSimplifiedForms() : undefined,
    loadRecordPages(),
  ]);
  if (forms) splitAsSimplified(forms);
  if (options.filterCounts && !recordPages && !filtersLoaded) {
    // Pagefind returns per-filter counts with each search only once its filter index is loaded.
    await pagefind.filters();
    filtersLoaded = true;
  }
  const pagesOf = (merged: readonly Merged<PagefindResult>[]): number =>
    countPages(
      recordPages,
      merged.map((m) => m.result.id),
    );
  const filters = pagefindFilters(state);
  let plan = bare;
  let found: { merged: Merged<PagefindResult>[]; first: PagefindSearch };
  let correction: Correction | null = null;
  if (state.q === '') {
    const search = await pagefind.search(null, { filters });
    // Pages listed by their filters alone: each once, by its top (not once for each of its chapters).
    const tops = search.results.filter((r) => isPageTop(recordPages, r.id));
    found = { merged: mergeResults([{ results: tops, factor: 1 }]), first: search };
  } else {
    plan = planQuery(state.q, table);
    found = await searchPlan(pagefind, plan, filters);
    // The vocabulary's words are the English index's: a query in Chinese gets no correction from it.
    if (foundLittle(pagesOf(found.merged)) && !state.exact && !hasHan(plan.searched) && !options.signal?.aborted) {
      // The correction's code comes with the vocabulary: most searches find enough, and never load either.
      const [vocabulary, { correctQuery, hasUnknownWord }] = await Promise.all([loadVocabulary(), import('../lib/search/typos')]);
      const corrected = correctQuery(plan.searched, vocabulary);
      if (corrected !== null) {
        const other = planQuery(corrected, table);
        const instead = await searchPlan(pagefind, other, filters);
        // More pages, or some where the reader's own word was in none (what it found was another word).
        const unknown = hasUnknownWord(plan.searched, vocabulary);
        if (pagesOf(instead.merged) > pagesOf(found.merged) || (unknown && instead.merged.length > 0)) {
          plan = other;
          found = instead;
          correction = { from: state.q, to: corrected };
        }
      }
    }
  }
  let counts: FilterCounts | undefined;
  if (options.filterCounts && recordPages) {
    // Per filter value, the pages the words alone match: Pagefind's own counts are of records.
    const unfiltered = Object.keys(filters).length === 0 ? found.first : await pagefind.search(state.q === '' ? null : plan.searched);
    counts = readCounts(
      pageFilterCounts(
        recordPages,
        unfiltered.results.map((r) => r.id),
      ),
    );
  } else if (options.filterCounts) counts = readCounts(found.first.totalFilters);
  const outcome = new SearchOutcome(state, found.merged, pagesOf(found.merged), counts, plan, correction);
  // Overtaken by a newer search: its records' data would never be shown.
  if (!options.signal?.aborted) await outcome.loadMore();
  return outcome;
}

function readCounts(filters: PagefindSearch['totalFilters']): FilterCounts {
  const counts = {} as FilterCounts;
  for (const name of FILTER_PARAMS) counts[name] = { ...(filters?.[name] ?? {}) };
  return counts;
}
