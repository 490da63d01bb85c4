/**
 * Link addresses on paper, as endnotes: printing each link's full address after it made the text
 * hard to read (/case/ printed 22 pages). After the build, every link in a page's article that leads
 * to another page or site gets a number, printed after it by reading.css, and the article is
 * followed by a print-only list of the numbered full addresses (src/lib/editions/endnotes.ts).
 * Done in the built HTML, so printing needs no JavaScript and no inline code.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { addPrintEndnotes } from '../lib/editions/endnotes';
import { EDITIONS, editionOf, type Edition } from '../lib/i18n/editions';
import { traditionalConverterAt } from '../lib/i18n/opencc.node.ts';
import { uiStrings } from '../lib/i18n/strings';
import { builtPages, writePage } from '../lib/linking/read-dist.node.ts';
import { siteAddress } from '../lib/site-origin.ts';

/** The print endnotes of every page, as an Astro integration. */
export default function printLinks(): AstroIntegration {
  let origin = '';
  let root = process.cwd();
  return {
    name: 'print-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The built pages' site paths ("/laws/#mss", read before mirror-anywhere.ts makes them
        // relative) print after the main address, which may carry a path (SITE_URL).
        origin = config.site ? siteAddress(String(config.site)).replace(/\/$/, '') : '';
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // The list's title in each edition's language; Traditional converted as the pages are.
        const toTraditional = traditionalConverterAt(root);
        const titles = Object.fromEntries(EDITIONS.map((e) => [e, uiStrings(e, toTraditional).linkAddresses])) as Record<Edition, string>;
        let changed = 0;
        for (const page of builtPages(dir, dist)) {
          // A page without a folder URL (404.html) is English.
          const html = addPrintEndnotes(page.html, origin, titles[editionOf(page.url ?? '/')]);
          if (html !== page.html) changed++;
          writePage(page, html);
        }
        logger.info(`Print: link addresses as endnotes on ${changed} pages.`);
      },
    },
  };
}
