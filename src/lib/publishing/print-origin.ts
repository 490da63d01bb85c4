/**
 * The site's public origin as a CSS custom property, --print-origin. reading.css used it to print
 * each link's address inline; link addresses are now printed as endnotes made at build time
 * (src/integrations/print-links.ts), so no rule reads it any more. It stays until its removal can
 * go with the fixture test that uses it as its example of an inline style the CSP must allow
 * (tests/fixtures/build.test.ts). Base.astro renders it and astro.config.mjs allows exactly this
 * text by its hash.
 */

/** The inline stylesheet that tells print styles the site's origin, such as "https://example.org". */
export function printOriginStyle(site: string | URL): string {
  return `:root{--print-origin:${JSON.stringify(new URL(site).origin)}}`;
}
