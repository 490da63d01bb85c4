// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import citations from './src/integrations/citations.ts';
import csp from './src/integrations/csp.ts';
import linkContract from './src/integrations/link-contract.ts';
import mirrorAnywhere from './src/integrations/mirror-anywhere.ts';
import printLinks from './src/integrations/print-links.ts';
import quietLog from './src/integrations/quiet-log.ts';
import socialCards from './src/integrations/social-cards.ts';
import { printOriginStyle } from './src/lib/publishing/print-origin.ts';
import { siteAddress } from './src/lib/site-origin.ts';
import { THEME_INIT_SCRIPT } from './src/lib/theme-init.ts';

// The site's main address, named by canonical links and citations on every copy (src/lib/site-origin.ts).
// Set per deployment: SITE_URL=https://… npm run build:publish. Pages link to each other by relative
// URLs (src/integrations/mirror-anywhere.ts), so one build works under any path prefix: there is no
// base path to configure.
const site = siteAddress(process.env.SITE_URL);

/**
 * A CSP source for an inline script or style that the site itself writes (see src/lib/theme-init.ts, src/lib/publishing/print-origin.ts).
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  site,
  // The URL contract publishes every path with a trailing slash.
  trailingSlash: 'always',
  // Astro's content store (every page's frontmatter and every data file) is kept in the project,
  // not in node_modules/.astro: a git worktree or the benchmark's scaled copy links node_modules,
  // and two builds would then share one store, each reading the other's pages and data.
  cacheDir: './.astro/cache',
  // What the build does, one integration per job: keep the log to what a writer can act on;
  // verify every citation before rendering; draw the social cards; hold published URLs, anchors
  // and page dates to the link contract (and build the redirect pages of renamed URLs); number the
  // link addresses printed as endnotes; keep each page's Content Security Policy to its own inline
  // code; last, make every page's links relative, so one build works under any path prefix.
  integrations: [mdx(), quietLog(), citations(), socialCards(), linkContract(), printLinks(), csp(), mirrorAnywhere()],
  vite: {
    // Bundled scripts load their chunks and stylesheets relative to their own URL
    // (import.meta.url), not from the root: one build works under any path prefix.
    experimental: {
      renderBuiltUrl: (_filename, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
    },
  },
  // Code samples go through CodeBlock.astro (Shiki with classes). Astro's own highlighting of
  // fenced code writes style="" attributes, which the CSP below blocks: a fenced block stays plain.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Inline the stylesheet: the first render then needs nothing but the HTML document.
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    // A strict Content Security Policy in a <meta> tag on every page. Astro hashes the scripts
    // and styles it builds; nothing else may run. Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The one inline script (the no-flash theme) and the one inline style (the origin for
      // printed addresses) are allowed by the hashes of their exact text.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_INIT_SCRIPT)] },
      styleDirective: { resources: ["'self'"], hashes: [sha256(printOriginStyle(site))] },
    },
  },
});
