/**
 * Social cards: after the build, draws one PNG card per page (its title on the site's card) for
 * Open Graph and Twitter previews. English cards in DejaVu Sans; each Chinese edition's in its
 * Noto Sans face, cut down to the characters its cards draw (src/lib/publishing/cjk-font.node.ts).
 */
import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../lib/linking/read-dist.node.ts';
import { cjkFonts, renderCards } from '../lib/publishing/render-cards.node.ts';
import { editionOf } from '../lib/i18n/editions';
import { traditionalConverterAt } from '../lib/i18n/opencc.node.ts';
import { uiStrings } from '../lib/i18n/strings';

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
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = builtPages(dir, dist).filter((page) => page.url !== undefined);
        const en = uiStrings('en', (text) => text);
        const english = renderCards(
          dist,
          pages.filter((page) => editionOf(page.url ?? '') === 'en'),
          en.siteTitle,
          en.cardTagline,
          base,
          cacheDir,
        );
        let written = english.written;
        let cached = english.cached;
        // Traditional strings converted as the pages are (overrides read by the build's first check).
        const toTraditional = traditionalConverterAt(root);
        for (const edition of ['zh-hans', 'zh-hant'] as const) {
          const own = pages.filter((page) => editionOf(page.url ?? '') === edition);
          if (own.length === 0) continue;
          const t = uiStrings(edition, toTraditional);
          const fonts = await cjkFonts(edition, own, t.siteTitle, t.cardTagline, base, cacheDir);
          const cards = renderCards(dist, own, t.siteTitle, t.cardTagline, base, cacheDir, fonts);
          written += cards.written;
          cached += cards.cached;
        }
        logger.info(`${written} social card images written (${cached} unchanged, from ${relative(root, cacheDir)}/).`);
      },
    },
  };
}
