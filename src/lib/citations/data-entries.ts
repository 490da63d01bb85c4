/**
 * Pages built from data files (the timeline, the people, the differences between sources)
 * carry citations too. This lists their entries' citations the way an MDX scan would, so the
 * same check verifies them and source pages link back to them.
 */
import type { ScanResult } from './mdx-scan';

/** One quotation in a data file. */
export interface DataCitation {
  source: string;
  quote: string;
}

/** An entry of a data file: its anchor, its title and the quotations behind it. */
export interface DataEntry {
  id: string;
  title: string;
  citations: DataCitation[];
}

/** Lists a data file's entries as sections (one anchor each) with their citations. */
export function scanDataEntries(file: string, label: string, entries: readonly DataEntry[]): ScanResult {
  const result: ScanResult = { headings: [], cites: [], paragraphs: entries.length, uncitedParagraphs: [], problems: [] };
  entries.forEach((entry, i) => {
    const where = `${file}, ${label} "${entry.id}"`;
    result.headings.push({ level: 3, id: entry.id, text: entry.title, line: i + 1, where });
    if (entry.citations.length === 0) result.uncitedParagraphs.push(i + 1);
    for (const c of entry.citations) {
      result.cites.push({ source: c.source, quote: c.quote, line: i + 1, sectionId: entry.id, where });
    }
  });
  return result;
}

/** Orders dated entries by date (YYYY, YYYY-MM or YYYY-MM-DD), keeping file order for ties. */
export function sortByDate<T extends { date: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.i - b.i))
    .map(({ entry }) => entry);
}
