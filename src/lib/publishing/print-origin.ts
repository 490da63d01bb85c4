/**
 * On paper a link is only as good as its address, and a relative one ("/sources/…") leads
 * nowhere. reading.css prints each address after --print-origin, which this one-rule inline
 * stylesheet sets to the site's public origin (SITE_URL). Base.astro renders it and
 * astro.config.mjs allows exactly this text by its hash, so it works without JavaScript.
 */

/** The inline stylesheet that tells print styles the site's origin, such as "https://example.org". */
export function printOriginStyle(site: string | URL): string {
  return `:root{--print-origin:${JSON.stringify(new URL(site).origin)}}`;
}
