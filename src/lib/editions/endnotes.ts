/**
 * Link addresses as endnotes on paper (issue: printed URLs inline cluttered the text). Each link
 * that leads elsewhere gets a number, printed after it by CSS from its data-print-ref attribute,
 * and the page ends with a print-only, numbered list of the full addresses. Made at build time
 * (src/integrations/print-links.ts) so it works without JavaScript and needs no inline code.
 */
import { parse, type ElementNode } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';

/** The attribute that carries a link's endnote number. */
export const PRINT_REF = 'data-print-ref';

/** The class of the print-only list of addresses. */
export const PRINT_LINKS_CLASS = 'print-links';

/**
 * One number per distinct address, in order of first appearance: the addresses' numbers and the
 * list to print. The same address linked twice prints one endnote.
 */
export function numberAddresses(addresses: readonly string[]): { numbers: number[]; list: string[] } {
  const list: string[] = [];
  const numbers = addresses.map((a) => {
    let i = list.indexOf(a);
    if (i === -1) i = list.push(a) - 1;
    return i + 1;
  });
  return { numbers, list };
}

/** The list's title in the English edition (the English UiStrings.linkAddresses); a Chinese page passes its own. */
export const LINK_ADDRESSES = 'Link addresses';

/** The print-only list of addresses; `list[i]` is endnote i + 1. `title` is in the page's language. */
export function printLinksHtml(list: readonly string[], title = LINK_ADDRESSES): string {
  if (list.length === 0) return '';
  const items = list.map((a) => `<li>${escapeHtml(a)}</li>`).join('');
  const label = escapeHtml(title);
  return `<section class="${PRINT_LINKS_CLASS}" aria-label="${label}" data-pagefind-ignore><p class="print-links-title">${label}</p><ol>${items}</ol></section>`;
}

// Links that are the page's chrome (section links, contents, previous/next, "Cite", the notes'
// back-links and the note's source name, whose passage link follows it) print no address.
const SKIP = ['.heading', '.toc', '.page-nav', '.breadcrumbs', '.backlinks', '.cite-page', '.note-ref', '.note-source'];

/**
 * `html` (a built page) with an endnote number on every link in its <article> that leads to
 * another page or site, and the list of their full addresses after the article. Site paths take
 * `origin` before them; links within the page (#…) print nothing. The page is changed by
 * inserting text at the parser's positions, never re-serialised, so every other byte stays as built.
 * `title` names the list in the page's language.
 */
export function addPrintEndnotes(html: string, origin: string, title = LINK_ADDRESSES): string {
  const doc = parse(html);
  const article = querySelector(doc, 'main article') as ElementNode | undefined;
  if (!article) return html;
  const skipped = new Set(SKIP.flatMap((s) => [...querySelectorAll(article, `${s} a`), ...querySelectorAll(article, `a${s}`)]));
  const links = (querySelectorAll(article, 'a[href]') as ElementNode[]).filter((a) => {
    const href = a.attributes['href'] ?? '';
    return !skipped.has(a) && !href.startsWith('#') && (href.startsWith('/') || /^https?:/.test(href)) && !(PRINT_REF in a.attributes);
  });
  if (links.length === 0) return html;
  const addresses = links.map((a) => {
    const href = decodeEntities(a.attributes['href'] ?? '');
    return href.startsWith('/') && !href.startsWith('//') ? origin + href : href;
  });
  const { numbers, list } = numberAddresses(addresses);
  // Insert from the end so earlier positions stay valid. An open tag ends with ">" at loc[0].end - 1.
  const inserts = links.map((a, i) => ({ at: a.loc[0].end - 1, text: ` ${PRINT_REF}="${numbers[i]}"` }));
  inserts.push({ at: article.loc[1].end, text: printLinksHtml(list, title) });
  inserts.sort((x, y) => y.at - x.at);
  let out = html;
  for (const { at, text } of inserts) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Decodes the character references Astro writes in attributes (&amp;, &#39;, &quot;, &lt;, &gt;, numeric). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return '\u00a0';
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}
