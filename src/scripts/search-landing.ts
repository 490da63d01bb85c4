/**
 * On a page opened from a search result (`/case/?highlight=one-minute#one-minute-rule`): marks
 * the searched words in the article and scrolls to the first of them in the target section.
 * Loaded only when the URL carries the parameter. Like the index, it leaves out what search
 * leaves out (`data-pagefind-ignore`: notes, markers, link affordances).
 */
import { findHighlights, highlightPattern, highlightTerms } from '../lib/search/terms';
import { fragmentId, HIGHLIGHT_PARAM } from '../lib/search/url';

const SKIP = 'script, style, noscript, template, textarea, input, select, [data-pagefind-ignore], .sr-only';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** Highlights the words of `?highlight=` and scrolls to the first one in the section of `#…`. */
export function highlightFromUrl(): void {
  const query = new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM) ?? '';
  const pattern = highlightPattern(highlightTerms(query));
  if (!pattern) return;
  const marks = [...document.querySelectorAll('[data-pagefind-body]')].flatMap((root) => markMatches(root, pattern));
  if (marks.length === 0) return;
  // After the browser's own jump to the #section, which it may repeat until the page has loaded.
  const scroll = (): void => void requestAnimationFrame(() => scrollToFirstMatch(marks));
  if (document.readyState === 'complete') scroll();
  else window.addEventListener('load', scroll, { once: true });
}

/** Wraps each match of `pattern` in the text under `root` in `<mark class="search-hit">`; returns them in document order. */
function markMatches(root: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const inNode: HTMLElement[] = [];
    // From the last match back, so the earlier offsets in `text` stay valid.
    for (const span of findHighlights(text.data, pattern).reverse()) {
      const match = text.splitText(span.start);
      match.splitText(span.end - span.start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      match.replaceWith(mark);
      mark.append(match);
      inNode.unshift(mark);
    }
    marks.push(...inNode);
  }
  return marks;
}

const levelOf = (heading: Element): number => Number(heading.tagName.slice(1)) || 7;
const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Scrolls to the first mark in the section the URL's #fragment names (or in the page, without one). */
function scrollToFirstMatch(marks: readonly HTMLElement[]): void {
  // A fragment that does not decode names no section: the first match in the page stands in.
  const id = fragmentId(window.location.hash);
  const target = id ? document.getElementById(id) : null;
  const heading = target?.closest(HEADINGS) ?? target;
  let first: HTMLElement | undefined = marks[0];
  if (heading) {
    // The section runs to the next heading of the same or a higher level.
    const headings = [...document.querySelectorAll(HEADINGS)];
    const level = heading.matches(HEADINGS) ? levelOf(heading) : 7;
    const end = headings.slice(headings.indexOf(heading) + 1).find((h) => levelOf(h) <= level);
    first = marks.find((m) => heading.contains(m) || (follows(heading, m) && (!end || follows(m, end))));
  }
  if (!first) return;
  first.classList.add('search-hit-first');
  // A match in the heading itself is already in view: the browser jumped to it.
  if (heading?.contains(first)) return;
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}
