/**
 * Social cards: after the build, draws one PNG card per page (its title on the site's card) for
 * Open Graph and Twitter previews.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from '../lib/linking/read-dist.node';
import { renderCards } from '../lib/publishing/render-cards.node';
import { SITE_TITLE } from '../lib/site-config';

/** The line under the title on every social card. */
const CARD_TAGLINE = 'A sourced explainer: every quotation checked against its source';

/** The social-card drawing, as an Astro integration. */
export default function socialCards(): AstroIntegration {
  let base = '/';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { site } = readBuiltSite(dist);
        const cards = renderCards(
          dist,
          [...site.keys()].map((url) => join(dist, url, 'index.html')),
          SITE_TITLE,
          CARD_TAGLINE,
          base,
        );
        logger.info(`${cards} social card images drawn.`);
      },
    },
  };
}
