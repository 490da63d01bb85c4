/**
 * Social cards: after the build, draws one PNG card per page (its title on the site's card) for
 * Open Graph and Twitter previews.
 */
import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../lib/linking/read-dist.node.ts';
import { renderCards } from '../lib/publishing/render-cards.node.ts';
import { SITE_TITLE } from '../lib/site-config';
import { editionOf } from '../lib/i18n/editions';

/** The line under the title on every social card. */
const CARD_TAGLINE = 'A sourced explainer: every quotation checked against its source';

/** The social-card drawing, as an Astro integration. */
export default function socialCards(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let cacheDir = '';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        // Kept where build tools keep caches: a clean clone simply has none yet.
        cacheDir = join(root, 'node_modules', '.cache', 'social-cards');
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const cards = renderCards(
          dist,
          // The Chinese editions show their English page's card until cards can draw Chinese (issue 18).
          builtPages(dir, dist).filter((page) => page.url !== undefined && editionOf(page.url) === 'en'),
          SITE_TITLE,
          CARD_TAGLINE,
          base,
          cacheDir,
        );
        logger.info(`${cards.written} social card images written (${cards.cached} unchanged, from ${relative(root, cacheDir)}/).`);
      },
    },
  };
}
