/**
 * The order in which the site reads as one account, for the "previous / next" links at the end
 * of each page, and the trail of parent pages for breadcrumbs.
 */

/** A page in the reading order: its contract URL and the words a link to it shows. */
export interface OrderedPage {
  url: string;
  title: string;
}

/** The pages before and after one page in the reading order. */
export interface Neighbours {
  prev?: OrderedPage | undefined;
  next?: OrderedPage | undefined;
}

/**
 * The reading order: the home page, then the main pages in navigation order. A page whose
 * `next:` (frontmatter) leads to pages outside the main navigation is followed by that chain, so
 * /related-cases/ is followed by TikTok, Airbnb and the Beijing servers before the timeline.
 * Pages the reader does not read through (such as search) are left out by the caller.
 */
export function readingOrder(
  home: OrderedPage | undefined,
  main: readonly OrderedPage[],
  nextOf: ReadonlyMap<string, OrderedPage>,
): OrderedPage[] {
  const mainUrls = new Set(main.map((p) => p.url));
  const order: OrderedPage[] = home ? [home] : [];
  const seen = new Set(order.map((p) => p.url));
  for (const page of main) {
    if (seen.has(page.url)) continue;
    order.push(page);
    seen.add(page.url);
    // Follow the writer's chain of subpages; stop at the next main page, or at a loop.
    for (let next = nextOf.get(page.url); next && !mainUrls.has(next.url) && !seen.has(next.url); next = nextOf.get(next.url)) {
      order.push(next);
      seen.add(next.url);
    }
  }
  return order;
}

/** The pages before and after `url` in `order`; none for a page that is not in it. */
export function neighbours(order: readonly OrderedPage[], url: string): Neighbours {
  const i = order.findIndex((p) => p.url === url);
  if (i === -1) return {};
  return { prev: order[i - 1], next: order[i + 1] };
}

/**
 * The parent pages of `url`, from the home page down, for a breadcrumb trail: "/" and
 * "/related-cases/" for "/related-cases/tiktok/". Top-level pages get none (the header's current
 * page marker already says where the reader is), and a parent with no title is skipped.
 */
export function breadcrumbTrail(url: string, titleOf: (url: string) => string | undefined, homeTitle = 'Home'): OrderedPage[] {
  const parts = url.split('/').filter(Boolean);
  if (parts.length < 2) return [];
  const trail: OrderedPage[] = [{ url: '/', title: homeTitle }];
  for (let depth = 1; depth < parts.length; depth++) {
    const parent = `/${parts.slice(0, depth).join('/')}/`;
    const title = titleOf(parent);
    if (title) trail.push({ url: parent, title });
  }
  return trail;
}
