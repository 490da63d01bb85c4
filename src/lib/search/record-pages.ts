/**
 * Which page each search record belongs to. The English pages are indexed in chapters
 * (chapters.node.ts), several records a page; a search counts pages, not records ("3 pages
 * match"), and a search by filters alone lists each page once. The build writes this table for
 * each language whose pages it split (`/search/pages-<language>.json`); a record it does not list
 * is a page of its own.
 *
 * No imports: the build (plain Node) imports this file as well as the browser's search.
 */

/**
 * The table (`/search/pages-<language>.json`): the pages, each with its top record (the one at its own URL) and its filters, and for each record the index of its page.
 */
export interface RecordPages {
  pages: { top: string; filters: Record<string, string[]> }[];
  records: Record<string, number>;
}

/**
 * The record-to-page table for the records of one language, from each record's id, URL and
 * filters as Pagefind wrote them: a record's page is its URL without the fragment.
 */
export function recordPages(records: readonly { id: string; url: string; filters: Record<string, string[]> }[]): RecordPages {
  const table: RecordPages = { pages: [], records: {} };
  const byUrl = new Map<string, number>();
  for (const record of [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const page = record.url.replace(/#.*$/, '');
    let index = byUrl.get(page);
    if (index === undefined) {
      index = table.pages.length;
      byUrl.set(page, index);
      table.pages.push({ top: '', filters: record.filters });
    }
    if (record.url === page) (table.pages[index] as { top: string }).top = record.id;
    table.records[record.id] = index;
  }
  const topless = [...byUrl].find(([, index]) => table.pages[index]?.top === '');
  if (topless) throw new Error(`the search index has chapters of ${topless[0]} but no record at its own URL`);
  return table;
}

/** The page of a record: its index in the table, or the record itself where the table does not list it. */
export function pageOf(table: RecordPages | undefined, id: string): number | string {
  return table?.records[id] ?? id;
}

/** How many pages the records belong to. */
export function countPages(table: RecordPages | undefined, ids: Iterable<string>): number {
  const pages = new Set<number | string>();
  for (const id of ids) pages.add(pageOf(table, id));
  return pages.size;
}

/** True for a record that is a page's top (its own URL), or one the table does not list. */
export function isPageTop(table: RecordPages | undefined, id: string): boolean {
  const page = table?.records[id];
  return page === undefined || table?.pages[page]?.top === id;
}

/** Per filter value, how many of the records' pages are filed under it. */
export function pageFilterCounts(table: RecordPages, ids: Iterable<string>): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  const seen = new Set<number>();
  for (const id of ids) {
    const page = table.records[id];
    if (page === undefined || seen.has(page)) continue;
    seen.add(page);
    for (const [name, values] of Object.entries(table.pages[page]?.filters ?? {})) {
      const forName = (counts[name] ??= {});
      for (const value of values) forName[value] = (forName[value] ?? 0) + 1;
    }
  }
  return counts;
}
