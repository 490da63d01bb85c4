/**
 * Ids and links inside an edition. The editions hold many pages in one document (or one book), so
 * a page's ids take the page's key as a prefix ("case--charges"), and a link to a page or section
 * of the site leads inside the edition when that page is in it, else to its full public address.
 */

/** The key of a page URL inside an edition: "/" is "home", "/related-cases/tiktok/" is "related-cases-tiktok". */
export function pageKey(url: string): string {
  const key = url.split('/').filter(Boolean).join('-');
  return key === '' ? 'home' : key;
}

/** An id of a page, made unique in the edition: "case--charges". */
export function editionId(url: string, id: string): string {
  return `${pageKey(url)}--${id}`;
}

/** Where links lead in one edition. */
export interface LinkContext {
  /** The contract URL of the page the link is on ("/case/"). */
  readonly page: string;
  /** The site's base path, with its trailing slash ("/" or "/explainer/"). */
  readonly base: string;
  /** The site's public origin ("https://example.org"), for links to what the edition leaves out. */
  readonly origin: string;
  /** The contract URLs of the pages in the edition. */
  readonly included: ReadonlySet<string>;
  /**
   * The address of a page's key in this edition, before the "#": "" in the one-file edition (one
   * document), "case.xhtml" in the EPUB (a file per page).
   */
  readonly fileOf: (key: string) => string;
}

/**
 * The href a link of the built site takes in an edition. Fragments and site paths (with the base
 * path) lead inside the edition when their page is in it ("#case--charges", "case.xhtml#case--charges");
 * other site paths get the full public address; external and mailto links are kept.
 */
export function editionHref(written: string, ctx: LinkContext): string {
  if (written.startsWith('#')) return internal(ctx.page, written.slice(1), ctx);
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(written)) return written;
  // The built pages link by relative URLs (src/lib/linking/relative-urls.ts): resolved against the
  // page's own place in the site first ("../laws/#mss" from /case/ is /laws/#mss).
  const href = written.startsWith('/') ? written : resolveOnSite(written, ctx);
  const hash = href.indexOf('#');
  const path = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? '' : href.slice(hash + 1);
  const base = ctx.base.endsWith('/') ? ctx.base : `${ctx.base}/`;
  const url = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
  if (url !== undefined && ctx.included.has(url)) return internal(url, fragment, ctx);
  return ctx.origin + href;
}

/** A relative link of the page at `ctx.page` as a site path with the base path ("/explainer/laws/#mss"). */
function resolveOnSite(href: string, ctx: LinkContext): string {
  const base = ctx.base.endsWith('/') ? ctx.base : `${ctx.base}/`;
  const url = new URL(href, `http://site${base}${ctx.page.replace(/^\//, '')}`);
  return `${url.pathname}${url.search}${url.hash}`;
}

function internal(url: string, fragment: string, ctx: LinkContext): string {
  const key = pageKey(url);
  return `${ctx.fileOf(key)}#${fragment === '' ? key : editionId(url, decodeURIComponent(fragment))}`;
}
