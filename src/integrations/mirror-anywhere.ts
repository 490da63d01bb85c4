/**
 * Mirror-anywhere (src/lib/linking/relative-urls.ts): after every other build step has read the
 * pages with their root-relative links, rewrites each page's links relative to the page, so the
 * same dist/ works under any path prefix. Runs last: the link contract and the CSP read the
 * pages first.
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, writePage } from '../lib/linking/read-dist.node.ts';
import { pageUrlOfFile, relativizeHtml } from '../lib/linking/relative-urls.ts';

/** The one page that a static host serves at any depth (for every missing URL). */
const SERVED_ANYWHERE = '404.html';

export default function mirrorAnywhere(): AstroIntegration {
  return {
    name: 'mirror-anywhere',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let rewritten = 0;
        for (const page of builtPages(dir, dist)) {
          const file = relative(dist, page.file);
          // A relative link on the not-found page would resolve against whatever missing URL it
          // is served for, so that page keeps root-relative links (right at the main origin).
          if (file === SERVED_ANYWHERE) continue;
          const before = page.html;
          writePage(page, relativizeHtml(page.html, pageUrlOfFile(file)));
          if (page.html !== before) rewritten += 1;
        }
        logger.info(`Relative links: ${rewritten} pages now work under any path prefix.`);
      },
    },
  };
}
