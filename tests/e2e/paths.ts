/**
 * Pages link by relative URLs (one build works under any prefix), so tests compare where a link
 * leads, not how it is written: the path, query and fragment of the link's resolved address.
 * Resolved from the attribute against the document's address, since an SVG <a> (the timeline
 * graphic's dots) has no string `href` property.
 */
import type { Locator } from '@playwright/test';

/** Where one link leads: "/sources/epoch-times/#p3". */
export const linkPath = (link: Locator): Promise<string> =>
  link.evaluate((a) => {
    const url = new URL(a.getAttribute('href') ?? '', document.baseURI);
    return `${url.pathname}${url.search}${url.hash}`;
  });

/** Where each of the links leads. */
export const linkPaths = (links: Locator): Promise<string[]> =>
  links.evaluateAll((as) =>
    as.map((a) => {
      const url = new URL(a.getAttribute('href') ?? '', document.baseURI);
      return `${url.pathname}${url.search}${url.hash}`;
    }),
  );
