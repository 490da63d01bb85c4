/**
 * "Cite this" in five formats: plain text, APA, Chicago, BibTeX and a Markdown link.
 * Pure, so the page-level panel can be built at build time and the section panels in the browser.
 */
import { formatDate, formatUsDate, isoDateParts, monthName } from '../dates';

/** What a citation of a page or section needs. */
export interface CiteTarget {
  siteName: string;
  pageTitle: string;
  /** The section's title, when citing a section rather than the whole page. */
  sectionTitle?: string | undefined;
  /** Absolute URL, with the section's anchor when citing a section. */
  url: string;
  /** ISO dates (YYYY-MM-DD). */
  published: string;
  updated: string;
  /** ISO date the reader accessed the page, or undefined when unknown (no JavaScript). */
  accessed?: string | undefined;
}

/** The five formats, in display order. */
export const CITE_FORMATS = ['Plain text', 'APA', 'Chicago', 'BibTeX', 'Markdown'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** BibTeX's month macro: the month's name in three lowercase letters ("nov"). */
const bibMonth = (month: number): string => monthName(month).slice(0, 3).toLowerCase();

/** The cited title: "Page: Section", or the page title alone. */
export function citedTitle(t: CiteTarget): string {
  return t.sectionTitle ? `${t.pageTitle}: ${t.sectionTitle}` : t.pageTitle;
}

/** Escapes text for a BibTeX field. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** A BibTeX key from the URL's path and anchor: "zoomcase-case-one-minute-rule". */
export function bibtexKey(url: string): string {
  const u = new URL(url);
  const slug = `${u.pathname}${u.hash}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `zoomcase-${slug || 'home'}`;
}

/** Formats a citation. */
export function formatCitation(format: CiteFormat, t: CiteTarget): string {
  const title = citedTitle(t);
  const accessed = t.accessed;
  const updatedNote = t.updated !== t.published;
  switch (format) {
    case 'Plain text':
      return `"${title}." ${t.siteName}. Published ${formatDate(t.published)}${updatedNote ? `, updated ${formatDate(t.updated)}` : ''}. ${t.url}${accessed ? ` (accessed ${formatDate(accessed)})` : ''}.`;
    case 'APA': {
      const { year, month, day } = isoDateParts(t.updated);
      return `${title}. (${year}, ${monthName(month)} ${day}). ${t.siteName}. ${accessed ? `Retrieved ${formatUsDate(accessed)}, from ` : ''}${t.url}`;
    }
    case 'Chicago':
      return `"${title}." ${t.siteName}. Published ${formatUsDate(t.published)}.${updatedNote ? ` Last modified ${formatUsDate(t.updated)}.` : ''}${accessed ? ` Accessed ${formatUsDate(accessed)}.` : ''} ${t.url}.`;
    case 'BibTeX': {
      const { year, month } = isoDateParts(t.updated);
      const fields = [
        `  title = {${bibtexEscape(title)}}`,
        `  author = {{${bibtexEscape(t.siteName)}}}`,
        `  year = {${year}}`,
        `  month = ${bibMonth(month)}`,
        `  url = {${t.url}}`,
        ...(accessed ? [`  urldate = {${accessed}}`] : []),
        `  note = {Published ${t.published}${updatedNote ? `, updated ${t.updated}` : ''}}`,
      ];
      return `@misc{${bibtexKey(t.url)},\n${fields.join(',\n')}\n}`;
    }
    case 'Markdown':
      return `[${title.replace(/([[\]])/g, '\\$1')} — ${t.siteName}](${t.url})`;
  }
}
