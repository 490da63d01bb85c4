/**
 * A built page's article as an edition holds it: the text, its notes and the cited passages, with
 * the site's interactive chrome taken out and every id and link made to work inside the edition.
 * Works on the built HTML (dist/), so an edition says exactly what the verified site says.
 */
import { ELEMENT_NODE, parse, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';
import { editionHref, editionId, pageKey, type LinkContext } from './ids';

/**
 * What an edition leaves out, and why: controls that need JavaScript or a server (buttons, the
 * "#" and "Cite" links of headings, the paragraph-link buttons), the page's own contents and
 * previous/next links (the edition has its own), and what a page marks `data-edition-omit`
 * (the about page's download list, which would otherwise state the editions' own sizes).
 */
export const OMIT_SELECTORS = [
  'script',
  'style',
  'template',
  'button',
  'dialog',
  'form',
  'noscript',
  '.toc',
  '.page-nav',
  '.heading-link',
  '.heading-cite',
  '.para-link',
  '.breadcrumbs',
  '[data-edition-omit]',
] as const;

// Attributes that hold one or more ids of the same document.
const ID_REF_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

/** A page of an edition: its URL and key, its title, and its article's content. */
export interface EditionPage {
  readonly url: string;
  readonly key: string;
  readonly title: string;
  /** The article's children, ready to render. */
  readonly content: Node[];
}

/**
 * The article of a built page, made ready for an edition: chrome removed; every id prefixed with
 * the page's key ("case--charges"); links rewritten by `editionHref`; data-* attributes,
 * tabindex and inline event handlers dropped. With `shiftHeadings`, h1 becomes h2 and so on
 * (one document holding every page has one h1, its own). Throws when the page has no article or
 * holds an image, which an edition without external files could not show.
 */
export function editionPage(html: string, ctx: LinkContext, shiftHeadings: boolean): EditionPage {
  const doc = parse(html);
  const article = querySelector(doc, 'main article') as ElementNode | undefined;
  if (!article) throw new Error(`editionPage: ${ctx.page} has no <main><article>.`);
  const h1 = querySelector(article, 'h1') as ElementNode | undefined;
  const title = h1 ? textOf(h1) : ctx.page;
  removeMatching(article);
  const headingText = new Map<string, string>();
  walkSync(article, (node) => {
    if (node.type === ELEMENT_NODE && /^h[1-6]$/.test((node as ElementNode).name) && (node as ElementNode).attributes['id']) {
      headingText.set((node as ElementNode).attributes['id']!, textOf(node));
    }
  });
  walkSync(article, (node) => {
    if (node.type !== ELEMENT_NODE || node === article) return;
    const el = node as ElementNode;
    if (el.name === 'img' || el.name === 'picture' || el.name === 'iframe' || el.name === 'video') {
      throw new Error(`editionPage: ${ctx.page} has an <${el.name}>, which the editions cannot hold without external files.`);
    }
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(el.attributes)) {
      if (name.startsWith('data-') || name.startsWith('on') || name === 'tabindex' || name === 'style') continue;
      if (name === 'id') attrs[name] = editionId(ctx.page, value);
      else if (ID_REF_ATTRIBUTES.includes(name))
        attrs[name] = value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => editionId(ctx.page, id))
          .join(' ');
      else if (name === 'href' && el.name === 'a') attrs[name] = editionHref(value, ctx);
      else attrs[name] = value;
    }
    // One document holds every page's "Notes" and "Key facts": a section named by its heading
    // takes the page's title too, so each landmark has a name of its own.
    const labelledBy = el.attributes['aria-labelledby'];
    if (shiftHeadings && el.name === 'section' && labelledBy && headingText.has(labelledBy)) {
      delete attrs['aria-labelledby'];
      // Text as written, so references stay encoded; a bare quotation mark would end the attribute.
      attrs['aria-label'] = `${headingText.get(labelledBy)}: ${title}`.replace(/"/g, '&quot;');
    }
    el.attributes = attrs;
    if (el.name === 'details' && (el.attributes['class'] ?? '').split(/\s+/).includes('notes-fold')) el.name = 'div';
    if (shiftHeadings && /^h[1-5]$/.test(el.name)) el.name = `h${Number(el.name[1]) + 1}`;
  });
  return { url: ctx.page, key: pageKey(ctx.page), title, content: article.children };
}

/** Removes every element that matches one of OMIT_SELECTORS, with its content. */
function removeMatching(root: ElementNode): void {
  const matches = (el: ElementNode): boolean => {
    if ((OMIT_SELECTORS as readonly string[]).includes(el.name)) return true;
    if ('data-edition-omit' in el.attributes) return true;
    const classes = (el.attributes['class'] ?? '').split(/\s+/);
    return OMIT_SELECTORS.some((s) => s.startsWith('.') && classes.includes(s.slice(1)));
  };
  // The notes' fold (Notes.astro: closed on phones) has nothing to fold in an edition: its
  // "Show the notes" label goes, and the fold becomes a plain block (editionPage).
  const isFold = (el: ElementNode): boolean => el.name === 'details' && (el.attributes['class'] ?? '').split(/\s+/).includes('notes-fold');
  const prune = (el: ElementNode): void => {
    el.children = el.children.filter(
      (c) => !(c.type === ELEMENT_NODE && (matches(c as ElementNode) || (isFold(el) && (c as ElementNode).name === 'summary'))),
    );
    for (const c of el.children) if (c.type === ELEMENT_NODE) prune(c as ElementNode);
  };
  prune(root);
}

/** The text of an element, its character references as written. */
export function textOf(node: Node): string {
  let text = '';
  walkSync(node, (n) => {
    if (n.type === 2) text += n.value;
  });
  return text.trim();
}
