/**
 * The site index on the search page: every page and every section as a link, in reading order.
 * It is what a reader without JavaScript gets instead of search, and a map of the site for everyone.
 */

/** A heading as the citation index lists it. */
export interface IndexHeading {
  level: number;
  id: string;
  text: string;
}

/** A section in the site index, with its subsections. */
export interface IndexSection {
  id: string;
  text: string;
  sections: IndexSection[];
}

/** A page in the site index. */
export interface IndexPage {
  url: string;
  title: string;
  sections: IndexSection[];
}

/** Nests a page's headings: each heading holds the deeper headings that follow it. */
export function nestHeadings(headings: readonly IndexHeading[]): IndexSection[] {
  const root: IndexSection[] = [];
  const stack: { level: number; section: IndexSection }[] = [];
  for (const h of headings) {
    if (h.id === '') continue;
    const section: IndexSection = { id: h.id, text: h.text, sections: [] };
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= h.level) stack.pop();
    (stack.at(-1)?.section.sections ?? root).push(section);
    stack.push({ level: h.level, section });
  }
  return root;
}

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
