/**
 * The site's main address. Canonical links, og:url, citations, the feed and the sitemap name it,
 * on every copy of the site: a mirror's own address is where a reader happens to be, the main
 * one is what a citation should outlive. Set per deployment with SITE_URL (it may carry a path:
 * https://example.org/explainer/).
 */

/** A reserved domain (RFC 2606) that can never resolve: what a build without SITE_URL names. */
export const PLACEHOLDER_ORIGIN = 'https://zoom-tiananmen-case.example';

/** The main address with a trailing slash, from SITE_URL or the placeholder. */
export function siteAddress(siteUrl: string | undefined): string {
  const url = new URL(siteUrl && siteUrl.trim() !== '' ? siteUrl.trim() : PLACEHOLDER_ORIGIN);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The absolute URL of a contract path ("/case/#charges") at the main address. */
export function canonicalUrl(site: string | URL, path: string): string {
  const base = siteAddress(String(site));
  return new URL(path.replace(/^\//, ''), base).href;
}
