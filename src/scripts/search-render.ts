/**
 * DOM building shared by the header search and the search page. Everything that came from the
 * reader or from the index is set as text (textContent, text nodes), never parsed as HTML.
 */
import { segments, type Segment } from '../lib/marks';
import { echoQuery } from '../lib/search/query';
import { findHighlights, highlightPattern, highlightTerms } from '../lib/search/terms';

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
  const words = el('bdi', 'search-query', echoQuery(query));
  return [document.createTextNode('“'), words, document.createTextNode('”')];
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
