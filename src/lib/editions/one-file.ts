/**
 * The one-file edition: every page in reading order, with its notes and the cited passages, in a
 * single HTML document with no scripts and no external files, so it opens from file:// and can
 * be passed on through a messaging app. Its Content Security Policy allows its one stylesheet and
 * nothing else, so even a copy altered to fetch something could not.
 */
import { ELEMENT_NODE, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';
import type { EditionPage } from './article';
import { decodeEntities, escapeHtml, numberAddresses, PRINT_LINKS_CLASS, PRINT_REF, printLinksHtml } from './endnotes';

/** What the one-file edition is made of. */
export interface OneFileInput {
  /** The document's title and h1. */
  readonly title: string;
  /** The site's public address, which the edition names as its origin. */
  readonly siteUrl: string;
  /** The site's stylesheet and the edition's additions. */
  readonly css: string;
  /** The pages in reading order, their headings shifted down one level. */
  readonly pages: readonly EditionPage[];
  /** The CSP source of a style's exact text ("sha256-…"), computed by the caller (node:crypto). */
  readonly styleHash: (css: string) => string;
}

/**
 * The edition's additions to the site's stylesheet: page breaks between pages on paper, its own
 * contents. The notes are laid out at once (the site lays them out as they near the screen, for
 * slow phones on a network; a file read locally has no such wait, and find-in-page and copied
 * text then reach every note).
 */
export const ONE_FILE_CSS = `
.edition-head{margin-bottom:2rem}
.edition-page{border-top:2px solid var(--rule);margin-top:3rem;padding-top:1rem}
.edition-online{font-size:.9em;color:var(--muted)}
.${PRINT_LINKS_CLASS}{display:none}
.notes{content-visibility:visible}
@media print{.edition-page{break-before:page;border-top:0;margin-top:0}.${PRINT_LINKS_CLASS}{display:block}}
`;

/** The whole one-file edition as HTML. */
export function oneFileHtml(input: OneFileInput): string {
  const css = input.css + ONE_FILE_CSS;
  const csp = `default-src 'none'; style-src '${input.styleHash(css)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const contents = input.pages.map((p) => `<li><a href="#${p.key}">${p.title}</a></li>`).join('');
  const pages = input.pages.map((p) => {
    const online = `${input.siteUrl.replace(/\/$/, '')}${p.url}`;
    const endnotes = numberExternalLinks(p.content);
    return (
      `<section class="edition-page" id="${p.key}" aria-label="${escapeHtml(decodeEntities(p.title))}">` +
      renderSync({ type: 0, children: p.content } as unknown as Node) +
      `<p class="edition-online">Online: <a href="${escapeHtml(online)}">${escapeHtml(online)}</a></p>` +
      printLinksHtml(endnotes) +
      `</section>`
    );
  });
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<meta name="color-scheme" content="light dark">` +
    `<title>${escapeHtml(input.title)}</title><style>${css}</style></head><body>` +
    `<main id="main"><header class="edition-head"><h1>${escapeHtml(input.title)}</h1>` +
    `<p>This file holds every page of <a href="${escapeHtml(input.siteUrl)}">${escapeHtml(input.siteUrl)}</a> in reading order, with each page’s notes and the source passages they cite. It needs no connection and runs no scripts.</p>` +
    `<nav aria-label="Contents"><h2>Contents</h2><ol>${contents}</ol></nav></header>` +
    pages.join('') +
    `</main></body></html>\n`
  );
}

/**
 * Numbers the links of `nodes` that leave the edition (full addresses) for the printed endnotes,
 * setting PRINT_REF on each; returns the addresses in endnote order.
 */
export function numberExternalLinks(nodes: readonly Node[]): string[] {
  const links: ElementNode[] = [];
  for (const n of nodes)
    walkSync(n, (x) => {
      if (x.type === ELEMENT_NODE && (x as ElementNode).name === 'a' && /^https?:/.test((x as ElementNode).attributes['href'] ?? '')) {
        links.push(x as ElementNode);
      }
    });
  const { numbers, list } = numberAddresses(links.map((a) => decodeEntities(a.attributes['href'] ?? '')));
  links.forEach((a, i) => (a.attributes[PRINT_REF] = String(numbers[i])));
  return list;
}
