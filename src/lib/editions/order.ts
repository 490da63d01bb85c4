/** The order of the pages in the editions: the site's own reading order, with the source pages after /sources/. */

/**
 * The pages of the editions in reading order. `nextOf` maps a page URL to the URL its "Next" link
 * leads to (the built pages' page-nav, which src/lib/linking/reading-order.ts orders); the chain is
 * followed from `start`. `sourcePages` (/sources/<slug>/, in the order /sources/ lists them) have
 * no place in that chain; they follow /sources/, so each cited passage comes after the index that
 * introduces its source. Throws on a loop, which would make the editions endless.
 */
export function editionOrder(start: string, nextOf: ReadonlyMap<string, string | undefined>, sourcePages: readonly string[]): string[] {
  const order: string[] = [];
  for (let url: string | undefined = start; url !== undefined; url = nextOf.get(url)) {
    if (order.includes(url)) throw new Error(`editionOrder: the "Next" links loop back to ${url} after ${order.join(' → ')}.`);
    order.push(url);
    if (url === '/sources/') order.push(...sourcePages.filter((s) => !order.includes(s)));
  }
  if (!order.includes('/sources/')) order.push(...sourcePages.filter((s) => !order.includes(s)));
  return order;
}
