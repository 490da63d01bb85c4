/**
 * The site index on the search page: every page and every section as a link, in reading order.
 * It is what a reader without JavaScript gets instead of search, and a map of the site for everyone.
 * Its sections are nested as the pages' own contents are (nestHeadings in linking/contents.ts).
 */

/**
 * Orders page URLs for reading: the home page, then each main page (in `mainOrder`) followed by
 * the pages below it, then anything else alphabetically.
 */
export function orderPages(urls: readonly string[], mainOrder: readonly string[]): string[] {
  const remaining = new Set(urls);
  const out: string[] = [];
  const take = (url: string): void => {
    if (remaining.delete(url)) out.push(url);
  };
  take('/');
  for (const main of mainOrder) {
    take(main);
    for (const url of [...remaining].filter((u) => u.startsWith(main)).sort()) take(url);
  }
  out.push(...[...remaining].sort());
  return out;
}
