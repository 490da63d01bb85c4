/**
 * What one search runs, decided before Pagefind is asked: the reader's words less the question
 * and stop words (which would otherwise decide the ranking: "who is Julien Jin" is a search for
 * "Julien Jin"), the other queries the alias table adds ("fake evidence" → "fabricated
 * evidence"), and the words the landing page should highlight. Then, once Pagefind has answered
 * each query, one merged list of pages, a variant's pages scoring below the reader's own words.
 */
import { contentQuery, widenQuery, type AliasTable } from './aliases';

/**
 * A page found only through an alias scores this share of its Pagefind score: the reader's own
 * words come first, and an alias that every page of names carries (the people page lists every
 * spelling) does not outrank the section the reader's spelling finds.
 */
export const VARIANT_FACTOR = 0.7;

/** Fewer pages than this is "very little": the search then tries the vocabulary's nearest words. */
export const FEW_PAGES = 2;

/** A search's plan: the words searched, the variants, the words added, and what to highlight. */
export interface QueryPlan {
  /** The words that decide the ranking (the query without stop words). */
  searched: string;
  /** Other queries that mean the same, from the alias table. */
  variants: string[];
  /** The words the variants add, to show the reader ("Also searched: fabricated"). */
  added: string[];
  /** The words a landing page highlights: the searched words and the added ones. */
  highlight: string;
}

/** Plans a search for a normalised query with the alias table. */
export function planQuery(query: string, table: AliasTable): QueryPlan {
  const searched = contentQuery(query);
  const { variants, added } = widenQuery(searched, table);
  return { searched, variants, added, highlight: [searched, ...added].join(' ') };
}

/** A Pagefind result as far as merging needs it. */
export interface Scored {
  id: string;
  score: number;
}

/** A merged result: the result object that scored best, its score, and the query (index into the lists) that found it. */
export interface Merged<T> {
  result: T;
  score: number;
  from: number;
}

/**
 * Merges the result lists of several queries into one, best first: each page once, with its best
 * score after scaling by its list's factor. Ties keep the first list's order.
 */
export function mergeResults<T extends Scored>(lists: readonly { results: readonly T[]; factor: number }[]): Merged<T>[] {
  const best = new Map<string, Merged<T> & { order: number }>();
  let order = 0;
  lists.forEach(({ results, factor }, from) => {
    for (const result of results) {
      const score = result.score * factor;
      const seen = best.get(result.id);
      if (!seen || score > seen.score) best.set(result.id, { result, score, from, order: seen?.order ?? order });
      order++;
    }
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result, score, from }) => ({ result, score, from }));
}

/** The vocabulary file's words (one a line), without blanks. */
export function parseVocabulary(text: string): string[] {
  return text.split('\n').filter((w) => w !== '');
}

/** True when a search found so little that the nearest words of the vocabulary are worth trying. */
export function foundLittle(pages: number): boolean {
  return pages < FEW_PAGES;
}
