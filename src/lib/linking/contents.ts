/**
 * The "On this page" contents: which sections a page lists, nested by level, and which section
 * the reader is in as they scroll.
 */

/** A section heading as the citation index or a data page lists it. */
export interface TocHeading {
  id: string;
  text: string;
  level: number;
}

/** One entry of the contents, with the subsections under it. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Curly quotes and apostrophes, as the page's headings show them: the contents list is built from
 * the MDX source, where writers type straight ones and the Markdown renderer curls them.
 */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** How many sections make a page long enough to need its own contents. */
export const TOC_MIN_SECTIONS = 4;

/**
 * Nests level-3 headings under the level-2 heading before them, with their text as the page shows
 * it: the page's own contents and the site index on /search/ both list sections this way. A
 * level-3 heading that comes before any level-2 heading stays at the top level rather than
 * vanishing; a heading without an id has nothing to link to and is left out.
 */
export function nestHeadings(headings: readonly TocHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let parent: TocEntry | undefined;
  for (const h of headings) {
    if (h.id === '') continue;
    const entry: TocEntry = { id: h.id, text: curlyQuotes(h.text.replace(/\s+/g, ' ').trim()), children: [] };
    if (h.level === 3 && parent) {
      parent.children.push(entry);
    } else {
      entries.push(entry);
      if (h.level === 2) parent = entry;
    }
  }
  return entries;
}

/** Whether a page with these headings gets a table of contents: only long pages do. */
export function needsToc(headings: readonly TocHeading[], min: number = TOC_MIN_SECTIONS): boolean {
  return headings.filter((h) => h.level === 2).length >= min;
}

/**
 * The index of the section in view: the last heading whose top has scrolled up past `line`
 * (a distance from the top of the viewport), or -1 before the first. At the very end of the page
 * the last section counts as read even if its heading never reached the line, since a short
 * last section can never scroll that far.
 */
export function activeSection(tops: readonly number[], line: number, atEnd = false): number {
  if (atEnd) return tops.length - 1;
  let active = -1;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}
