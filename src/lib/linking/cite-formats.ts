/**
 * "Cite this" in five formats: plain text, APA, Chicago, BibTeX and a Markdown link.
 * Pure, so the page-level panel can be built at build time and the section panels in the browser.
 */

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string): { y: string; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  return { y: match[1] ?? '', m: Number(match[2]), d: Number(match[3]) };
}

/** "21 November 2026". */
const dayMonthYear = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
/** "November 21, 2026". */
const monthDayYear = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};

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
  const slug = `${u.pathname}${u.hash}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `zoomcase-${slug || 'home'}`;
}

/** Formats a citation. */
export function formatCitation(format: CiteFormat, t: CiteTarget): string {
  const title = citedTitle(t);
  const accessed = t.accessed;
  const updatedNote = t.updated !== t.published;
  switch (format) {
    case 'Plain text':
      return `"${title}." ${t.siteName}. Published ${dayMonthYear(t.published)}${updatedNote ? `, updated ${dayMonthYear(t.updated)}` : ''}. ${t.url}${accessed ? ` (accessed ${dayMonthYear(accessed)})` : ''}.`;
    case 'APA': {
      const { y, m, d } = parts(t.updated);
      return `${title}. (${y}, ${MONTHS[m - 1]} ${d}). ${t.siteName}. ${accessed ? `Retrieved ${monthDayYear(accessed)}, from ` : ''}${t.url}`;
    }
    case 'Chicago':
      return `"${title}." ${t.siteName}. Published ${monthDayYear(t.published)}.${updatedNote ? ` Last modified ${monthDayYear(t.updated)}.` : ''}${accessed ? ` Accessed ${monthDayYear(accessed)}.` : ''} ${t.url}.`;
    case 'BibTeX': {
      const { y, m } = parts(t.updated);
      const fields = [
        `  title = {${bibtexEscape(title)}}`,
        `  author = {{${bibtexEscape(t.siteName)}}}`,
        `  year = {${y}}`,
        `  month = ${BIB_MONTHS[m - 1]}`,
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
