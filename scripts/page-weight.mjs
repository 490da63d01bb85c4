/**
 * Where a page's first render can start: its inline styles must arrive within the first 14 KB it
 * sends (gzip), the first round trips of a new connection. Plain JavaScript, so that the benchmark
 * (scripts/bench.mjs) and the gate over every built page (tests/site/weight.test.ts) share this
 * one measure.
 */
import { gzipSync } from 'node:zlib';

/** The budget for where the inline styles end, in gzip bytes. */
export const CRITICAL_BYTES = 14 * 1024;

/**
 * Where a page's inline styles end, in gzip bytes of the document up to there; 0 with none.
 * @param {string} html
 * @returns {number}
 */
export function styleEndsAt(html) {
  const end = html.lastIndexOf('</style>');
  return end === -1 ? 0 : gzipSync(html.slice(0, end)).length;
}

/**
 * Whether the page at `path` is one people read, held to the reading pages' budgets: every page
 * but each edition's search page (/search/, /zh-hans/search/, /zh-hant/search/), which loads the
 * engine as it opens because the reader came to search.
 * @param {string} path
 * @returns {boolean}
 */
export function isReadingPage(path) {
  return !/(?:^|\/)search\/$/.test(path);
}
