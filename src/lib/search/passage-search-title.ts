/**
 * A source passage's title in search results: "Axios, 18 Dec 2020, ¶ 7: “Xinjiang Jin, also known
 * as…”" instead of the page's "Paragraph 7". To be replaced by `passageTitle`
 * (src/lib/passage-title.ts) once source pages title their passages themselves.
 */

/** How many of a passage's first words its title quotes. */
export const TITLE_WORDS = 6;

/** The paragraph number of a source page's passage heading ("Paragraph 7" → 7), or null. */
export function paragraphNumber(heading: string): number | null {
  const m = /^Paragraph (\d+)$/.exec(heading.trim());
  return m ? Number(m[1]) : null;
}

/** A passage's search title: source, ¶ number and its first words. */
export function passageSearchTitle(sourceTitle: string, paragraph: number, text: string): string {
  const words = text
    .replace(/^[\s•·-]+/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const first = words
    .slice(0, TITLE_WORDS)
    .join(' ')
    .replace(/[,;:.]+$/, '');
  const quote = first === '' ? '' : `: “${first}${words.length > TITLE_WORDS ? '…' : ''}”`;
  return `${sourceTitle}, ¶ ${paragraph}${quote}`;
}

/** An excerpt without the "Paragraph 7." that Pagefind takes from the passage's heading. */
export function withoutParagraphLabel(excerpt: string): string {
  return excerpt.replace(/^\s*(?:<mark>)?Paragraph(?:<\/mark>)? (?:<mark>)?\d+\.?(?:<\/mark>)?\.?\s*/, '');
}
