/**
 * "Cite this" in five formats: plain text, APA, Chicago, BibTeX and a Markdown link, for a page,
 * a section of it, or a source passage quoted on the site. Pure, so the page-level panel can be
 * built at build time and the section and passage panels in the browser.
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
/** A format for a source passage (the source pages are English only). */
export type PassageCiteFormat = (typeof CITE_FORMATS)[number];

/**
 * China's national standard for references, GB/T 7714-2015, offered first on the Chinese
 * editions' pages: what a Chinese journal, thesis or newsroom asks for.
 */
export const GBT_7714 = 'GB/T 7714';
export type CiteFormat = PassageCiteFormat | typeof GBT_7714;

/** The formats offered on a page in `lang` (its `<html lang>`): GB/T 7714 first on a Chinese page. */
export function citeFormatsFor(lang: string): readonly CiteFormat[] {
  return /^zh\b/i.test(lang) ? [GBT_7714, ...CITE_FORMATS] : CITE_FORMATS;
}

/** BibTeX's month macro: the month's name in three lowercase letters ("nov"). */
const bibMonth = (month: number): string => monthName(month).slice(0, 3).toLowerCase();

/** A date as APA writes it in a reference: "2020, December 18". */
const apaDate = (iso: string): string => {
  const { year, month, day } = isoDateParts(iso);
  return `${year}, ${monthName(month)} ${day}`;
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
    case 'APA':
      return `${title}. (${apaDate(t.updated)}). ${t.siteName}. ${accessed ? `Retrieved ${formatUsDate(accessed)}, from ` : ''}${t.url}`;
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
    case GBT_7714:
      // GB/T 7714-2015 §8 for an online resource: responsible party (the site: it names no
      // authors). Title[EB/OL]. (date of update)[date cited]. Address. Dates are YYYY-MM-DD.
      return `${t.siteName}. ${title}[EB/OL]. (${t.updated})${accessed ? `[${accessed}]` : ''}. ${t.url}.`;
  }
}

/** The source text a passage comes from, as content/sources.json describes it. */
export interface CitedSource {
  /** The publishing outlet, or null when the text names none. */
  outlet: string | null;
  /** The headline as the text gives it, or null when it has none. */
  headline: string | null;
  /** Publication date (YYYY-MM-DD), or null when the text gives none. */
  date: string | null;
  /** What kind of text it is ("news report", "opinion", …), to describe an untitled one. */
  kind: string;
}

/**
 * What a citation of one source passage needs: the source text and the paragraph's number, and
 * this site's page that quotes it (the page fields, with the passage's anchor in `url`).
 */
export interface PassageCiteTarget extends CiteTarget {
  source: CitedSource;
  /** The paragraph's number (¶) in the text as the site received and numbers it. */
  paragraph: number;
}

/** How each style writes a missing outlet, title or date. */
const UNKNOWN = { outlet: 'Outlet not named', date: { plain: 'Undated', style: 'n.d.' } } as const;

/** The source's title: its headline, or a bracketed description of an untitled text ("[Untitled opinion]"). */
export function sourceTitle(source: CitedSource): string {
  return source.headline ?? `[Untitled ${source.kind}]`;
}

/**
 * Formats a citation of a source passage: the source text (outlet, headline, date where the text
 * gives one, paragraph), then this site's page as where the passage is quoted, with the page's
 * dates and the passage's address.
 */
export function formatPassageCitation(format: PassageCiteFormat, t: PassageCiteTarget): string {
  const { source, paragraph } = t;
  const outlet = source.outlet ?? UNKNOWN.outlet;
  const title = sourceTitle(source);
  // A headline is quoted; a description of an untitled text stands in brackets, unquoted.
  const quotedTitle = source.headline ? `"${title}."` : `${title}.`;
  const updatedNote = t.updated !== t.published;
  const accessed = t.accessed;
  switch (format) {
    case 'Plain text':
      return `${outlet}. ${quotedTitle} ${source.date ? formatDate(source.date) : UNKNOWN.date.plain}, ¶ ${paragraph}. Quoted in "${t.pageTitle}," ${t.siteName}. Published ${formatDate(t.published)}${updatedNote ? `, updated ${formatDate(t.updated)}` : ''}. ${t.url}${accessed ? ` (accessed ${formatDate(accessed)})` : ''}.`;
    case 'APA':
      return `${outlet}. (${source.date ? apaDate(source.date) : UNKNOWN.date.style}). ${title} (para. ${paragraph}). As quoted in ${t.pageTitle}. (${apaDate(t.updated)}). ${t.siteName}. ${accessed ? `Retrieved ${formatUsDate(accessed)}, from ` : ''}${t.url}`;
    case 'Chicago':
      return `${outlet}. ${quotedTitle} ${source.date ? formatUsDate(source.date) : UNKNOWN.date.style}, para. ${paragraph}. Quoted in "${t.pageTitle}." ${t.siteName}. Published ${formatUsDate(t.published)}.${updatedNote ? ` Last modified ${formatUsDate(t.updated)}.` : ''}${accessed ? ` Accessed ${formatUsDate(accessed)}.` : ''} ${t.url}.`;
    case 'BibTeX': {
      const date = source.date ? isoDateParts(source.date) : undefined;
      const fields = [
        `  title = {${bibtexEscape(title)}}`,
        ...(source.outlet ? [`  author = {{${bibtexEscape(source.outlet)}}}`] : []),
        ...(date ? [`  year = {${date.year}}`, `  month = ${bibMonth(date.month)}`] : []),
        `  url = {${t.url}}`,
        ...(accessed ? [`  urldate = {${accessed}}`] : []),
        `  note = {${bibtexEscape(`Paragraph ${paragraph}${date ? '' : '; no date given'}. Quoted in: ${t.pageTitle}, ${t.siteName}, published ${t.published}${updatedNote ? `, updated ${t.updated}` : ''}`)}}`,
      ];
      return `@misc{${bibtexKey(t.url)},\n${fields.join(',\n')}\n}`;
    }
    case 'Markdown': {
      const text = `${outlet}, ${source.headline ? `“${title}”` : title}, ${source.date ? formatDate(source.date) : UNKNOWN.date.plain.toLowerCase()}, ¶ ${paragraph}, quoted in ${t.siteName}`;
      return `[${text.replace(/([[\]])/g, '\\$1')}](${t.url})`;
    }
  }
}
