/**
 * Writes a social card PNG for every built page that names one in its `og:image` tag,
 * drawn from the page's own `og:title`. Runs after the build; uses only bundled fonts.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cardSvg, CARD_WIDTH } from './social-card';

const require = createRequire(import.meta.url);

/** Decodes the few entities Astro writes in attribute values. */
function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What the drawing depends on besides the card's SVG: the renderer's and the fonts' versions. */
function toolVersions(): string {
  const version = (name: string) =>
    (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  return `resvg ${version('@resvg/resvg-js')}, dejavu ${version('dejavu-fonts-ttf')}`;
}

/**
 * Renders the cards of `pages` (their built HTML, already read); returns how many were written and how many came from `cacheDir`. A card is
 * drawn once per distinct SVG (and renderer and fonts): drawing is most of the cost of a card, so
 * unchanged pages reuse the PNG kept under its hash. Deleting the folder only makes the next
 * build draw every card again.
 */
export function renderCards(
  dist: string,
  pages: readonly { readonly html: string }[],
  siteName: string,
  tagline: string,
  base: string,
  cacheDir: string,
): { written: number; cached: number } {
  const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const fontFiles = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];
  const versions = toolVersions();
  mkdirSync(cacheDir, { recursive: true });
  let count = 0;
  let cached = 0;
  for (const { html } of pages) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const title = /<meta property="og:title" content="([^"]+)"/.exec(html)?.[1];
    if (!image || !title) continue;
    let path = new URL(decode(image)).pathname;
    if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length).replace(/^\//, '')}`;
    const svg = cardSvg(decode(title), siteName, tagline);
    const kept = join(cacheDir, `${createHash('sha256').update(versions).update('\u0000').update(svg).digest('hex')}.png`);
    let png: Buffer;
    if (existsSync(kept)) {
      png = readFileSync(kept);
      cached++;
    } else {
      png = new Resvg(svg, {
        fitTo: { mode: 'width', value: CARD_WIDTH },
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      })
        .render()
        .asPng();
      writeFileSync(kept, png);
    }
    const out = join(dist, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
    count++;
  }
  return { written: count, cached };
}
