/**
 * Pages built from data files (the timeline, the people, the differences between sources)
 * carry citations too. This lists their entries' citations the way an MDX scan would, so the
 * same check verifies them and source pages link back to them.
 */
import type { ScannedQuotation, ScanResult } from './mdx-scan';
import { findQuotations } from './quotations';

/** One quotation in a data file. */
export interface DataCitation {
  source: string;
  quote: string;
}

/** A field of an entry that a page shows, whose quotation marks the build checks. */
export interface DisplayedText {
  /** The field's name as a writer sees it in the file, such as "summary" or "versions[2].says". */
  field: string;
  text: string;
  /** The sources its quotations may come from; by default every source the entry cites. */
  sources?: string[];
}

/** An entry of a data file: its anchor, its title and the quotations behind it. */
export interface DataEntry {
  id: string;
  title: string;
  citations: DataCitation[];
  /** The fields a page shows (the title is one of them by default). */
  texts?: DisplayedText[];
  /**
   * How many of the first citations the page shows side by side, as one marker (a timeline event's
   * citations all follow its summary); by default each citation stands apart.
   */
  sideBySide?: number;
}

/**
 * The quotations in a data file's displayed fields, each with the sources it may come from, and
 * problems for quotation marks left open. `where` names the entry for messages.
 */
export function quotationsInFields(
  where: string,
  texts: readonly DisplayedText[],
  sources: readonly string[],
): {
  quotations: ScannedQuotation[];
  problems: { where: string; message: string }[];
} {
  const quotations: ScannedQuotation[] = [];
  const problems: { where: string; message: string }[] = [];
  for (const t of texts) {
    const scan = findQuotations(t.text);
    const at = `${where}, ${t.field}`;
    if (scan.unclosedAt !== undefined) {
      problems.push({
        where: at,
        message: `a quotation mark opens here and is never closed (${JSON.stringify(t.text.slice(scan.unclosedAt, scan.unclosedAt + 40))}…). Close the quotation, or write an apostrophe (’) if that is what it is.`,
      });
    }
    for (const q of scan.quotations)
      quotations.push({ text: q.text, line: 0, kind: 'quotation', sources: [...(t.sources ?? sources)], where: at });
  }
  return { quotations, problems };
}

/**
 * The dek of a page built from data (content/deks.json): one or two sentences under the
 * headline, above the first section, each followed by its citations side by side.
 */
export interface DataLead {
  /** Where to point a writer, such as `content/deks.json, dek "people"`. */
  where: string;
  sentences: readonly { text: string; citations: readonly DataCitation[] }[];
}

/**
 * Lists a data file's entries as sections (one anchor each) with their citations; a page's dek,
 * when given, comes first, before any section, so its notes are numbered first as the reader sees them.
 */
export function scanDataEntries(file: string, label: string, entries: readonly DataEntry[], lead?: DataLead): ScanResult {
  const result: ScanResult = { headings: [], cites: [], quotations: [], paragraphs: entries.length, uncitedParagraphs: [], problems: [] };
  lead?.sentences.forEach((sentence, i) => {
    const where = `${lead.where}, sentence ${i + 1}`;
    const found = quotationsInFields(
      where,
      [{ field: 'text', text: sentence.text }],
      sentence.citations.map((c) => c.source),
    );
    result.quotations?.push(...found.quotations);
    result.problems.push(...found.problems.map((p) => ({ line: 0, ...p })));
    result.paragraphs++;
    if (sentence.citations.length === 0) result.uncitedParagraphs.push(0);
    sentence.citations.forEach((c, k) =>
      result.cites.push({ source: c.source, quote: c.quote, line: 0, sectionId: null, where, ...(k > 0 ? { joinsPrevious: true } : {}) }),
    );
  });
  entries.forEach((entry, i) => {
    const where = `${file}, ${label} "${entry.id}"`;
    result.headings.push({ level: 3, id: entry.id, text: entry.title, line: i + 1, where });
    const texts = entry.texts ?? [{ field: 'title', text: entry.title }];
    const found = quotationsInFields(
      where,
      texts,
      entry.citations.map((c) => c.source),
    );
    result.quotations?.push(...found.quotations);
    result.problems.push(...found.problems.map((p) => ({ line: i + 1, ...p })));
    if (entry.citations.length === 0) result.uncitedParagraphs.push(i + 1);
    entry.citations.forEach((c, k) => {
      const joinsPrevious = k > 0 && k < (entry.sideBySide ?? 1);
      result.cites.push({
        source: c.source,
        quote: c.quote,
        line: i + 1,
        sectionId: entry.id,
        where,
        ...(joinsPrevious ? { joinsPrevious } : {}),
      });
    });
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
