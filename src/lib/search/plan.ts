/**
 * What one search runs, decided before Pagefind is asked: the reader's words less the question
 * and stop words (which would otherwise decide the ranking: "who is Julien Jin" is a search for
 * "Julien Jin"), the other queries the alias table adds ("fake evidence" → "fabricated
 * evidence"), and the words the landing page should highlight. Then, once Pagefind has answered
 * each query, one merged list of pages, a variant's pages scoring below the reader's own words.
 */
import { contentQuery, STOP_WORDS, widenQuery, type AliasTable } from './aliases';
import { hasHan, joinHan } from './han';

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
  // Widened before the stop words go, so that a name with one in it ("Ministry of State Security") is found in the table.
  const { variants, added } = widenQuery(query, table);
  const searched = contentQuery(query);
  const others = [...new Set(variants.map(contentQuery))].filter((v) => v.toLocaleLowerCase('en') !== searched.toLocaleLowerCase('en'));
  // Each word once, and no stop word ("of" in "ministry of state security" would light up the whole page).
  const words = new Map<string, string>();
  for (const word of [searched, ...added.map(contentQuery)].join(' ').split(' ')) {
    const key = word.toLocaleLowerCase('en');
    if (word !== '' && !words.has(key) && !STOP_WORDS.has(key)) words.set(key, word);
  }
  const highlight = [...words.values()].join(' ') || searched;
  if (!hasHan(searched)) return { searched, variants: others, added, highlight };
  // A Chinese query is highlighted as typed (its words together, then each word: terms.ts), less its
  // function words, and each added term apart from it: 国家安全部 and 国安部 are two terms, not 国家安全部国安部.
  const terms = [...new Set([searched, ...added.map(contentQuery)].map(joinHan).filter((t) => t !== ''))];
  return { searched, variants: others, added, highlight: terms.join(' ') };
}

/** A Pagefind result as far as merging needs it. */
export interface Scored {
  id: string;
  score: number;
}

/** A merged result: the first list's result object, the best score, the query (index into the lists) that found it first, and the other lists' results for the same page. */
export interface Merged<T> {
  result: T;
  score: number;
  from: number;
  others: T[];
}

/**
 * Merges the result lists of several queries into one, best first: each page once, with its best
 * score after scaling by its list's factor. A page keeps the result of the first list that found
 * it (the reader's own words come first), so its excerpts mark the words the reader typed, and
 * the other lists' results for it in `others`: their word locations differ ("Jin sacked" finds
 * the case page by "Jin" alone, "Jin fired" by both words), and a section is ranked by the best
 * of them. Ties keep the first list's order.
 */
export function mergeResults<T extends Scored>(lists: readonly { results: readonly T[]; factor: number }[]): Merged<T>[] {
  const best = new Map<string, Merged<T> & { order: number }>();
  let order = 0;
  lists.forEach(({ results, factor }, from) => {
    for (const result of results) {
      const score = result.score * factor;
      const seen = best.get(result.id);
      if (!seen) best.set(result.id, { result, score, from, others: [], order });
      else {
        if (score > seen.score) seen.score = score;
        seen.others.push(result);
      }
      order++;
    }
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result, score, from, others }) => ({ result, score, from, others }));
}

/** The vocabulary file's words (one a line), without blanks. */
export function parseVocabulary(text: string): string[] {
  return text.split('\n').filter((w) => w !== '');
}

/** True when a search found so little that the nearest words of the vocabulary are worth trying. */
export function foundLittle(pages: number): boolean {
  return pages < FEW_PAGES;
}
