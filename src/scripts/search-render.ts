/**
 * DOM building shared by the header search and the search page. Everything that came from the
 * reader or from the index is set as text (textContent, text nodes), never parsed as HTML.
 */
import { fillWords, plural, readSearchWords, type Plural } from '../lib/i18n/search-words';
import { segments, type Segment } from '../lib/marks';
import { echoQuery } from '../lib/search/query';
import { findHighlights, highlightPattern, highlightTerms } from '../lib/search/terms';

/**
 * The words around the results in the page's language: a Chinese page writes its edition's into
 * `data-search-words` (SearchHeader.astro, SearchPage.astro); an English page writes none.
 */
export const words = readSearchWords(document.querySelector<HTMLElement>('[data-search-words]')?.dataset['searchWords']);

/** The page's language, for numbers. */
const lang = document.documentElement.lang || 'en';

/** "14 pages match", "14 个页面相符". */
export const countText = (n: number): string => plural(words.count, n, lang);

/** A plural sentence of the page's language. */
export const pluralText = (forms: Plural, n: number): string => plural(forms, n, lang);

/** A sentence of the page's words with its `{…}` filled: text, or nodes (a quoted query, a link). */
export function sentence(template: string, values: Readonly<Record<string, string | readonly Node[]>>): (string | Node)[] {
  return fillWords<Node>(template, values);
}

/** The same sentence as plain text, for a live region: nodes give their text. */
export function sentenceText(template: string, values: Readonly<Record<string, string | readonly Node[]>>): string {
  return sentence(template, values)
    .map((part) => (typeof part === 'string' ? part : (part.textContent ?? '')))
    .join('');
}

/** Creates an element with a class and, optionally, its text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes, with the matched words in `<mark>` elements. */
export function excerptNodes(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.marked ? el('mark', 'search-match', s.text) : document.createTextNode(s.text)));
}

/** A result's title as text nodes, with the searched words (and the words the search added) in `<mark>` elements. */
export function titleNodes(title: string, highlight: string): Node[] {
  const pattern = highlightPattern(highlightTerms(highlight));
  return excerptNodes(pattern ? segments(title, findHighlights(title, pattern)) : [{ text: title, marked: false }]);
}

/** The reader's query in quotation marks, isolated so right-to-left text cannot reorder the sentence around it. */
export function quotedQuery(query: string): Node[] {
  const bdi = el('bdi', 'search-query', echoQuery(query));
  return [document.createTextNode(words.quoteOpen), bdi, document.createTextNode(words.quoteClose)];
}

/**
 * Sets a live region's text once the reader pauses, so a screen reader reads the settled count
 * rather than one per keystroke. (The results themselves update at once.)
 */
export function announcer(region: HTMLElement, pause = 400): (text: string) => void {
  let timer: number | undefined;
  return (text) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      region.textContent = text;
    }, pause);
  };
}
