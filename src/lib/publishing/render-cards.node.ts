/**
 * Writes a social card PNG for every built page that names one in its `og:image` tag,
 * drawn from the page's own `og:title`. Runs after the build; uses only bundled fonts.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CJK_FACES, faceFile, faceVersion, subsetFor } from './cjk-font.node.ts';
import { cardPath, cardSvg, CARD_WIDTH, LATIN_FACE, type CardFace } from './social-card';

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

/** The fonts a set of cards is drawn with, and what the drawing depends on (for the cache key). */
export interface CardFonts {
  face: CardFace;
  files: string[];
  versions: string;
}

/** The English cards' fonts: DejaVu Sans, from npm. */
export function latinFonts(): CardFonts {
  const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { face: LATIN_FACE, files: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')], versions: toolVersions() };
}

/** A built page: its HTML, and its URL path where known (`/case/`). */
type CardPage = { readonly html: string; readonly url?: string | undefined };

/** The og:title and card path of each page that names a card. */
function cardsOf(pages: readonly CardPage[], base: string): { title: string; path: string; page: string }[] {
  return pages.flatMap(({ html, url: builtAt }) => {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const title = /<meta property="og:title" content="([^"]+)"/.exec(html)?.[1];
    const url = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
    if (!image || !title) return [];
    let path = new URL(decode(image)).pathname;
    if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length).replace(/^\//, '')}`;
    const page = builtAt ?? (url ? new URL(decode(url)).pathname : undefined);
    // A page that shows another page's card (a 中英对照 view shows its Chinese page's) draws none:
    // the card is that page's, with that page's title.
    if (builtAt !== undefined && cardPath(builtAt) !== path) return [];
    return [{ title: decode(title), path, page: page ?? path }];
  });
}

/**
 * A Chinese edition's card fonts: its Noto Sans face cut down to the characters of its cards'
 * titles, site name and tagline, written to `cacheDir`. Throws, naming the page and the
 * characters, when the face lacks a character a card would draw as an empty box.
 */
export async function cjkFonts(
  edition: keyof typeof CJK_FACES,
  pages: readonly CardPage[],
  siteName: string,
  tagline: string,
  base: string,
  cacheDir: string,
): Promise<CardFonts> {
  const face = CJK_FACES[edition];
  const cards = cardsOf(pages, base);
  const text = [...new Set([siteName, tagline, '…', ...cards.map((c) => c.title)].join(''))].sort().join('');
  mkdirSync(join(cacheDir, 'fonts'), { recursive: true });
  const files: string[] = [];
  for (const weight of [face.regular, face.bold]) {
    const { font, missing } = await subsetFor(faceFile(face.package, weight), text);
    if (missing.length > 0) {
      const where = cards.filter((c) => missing.some((ch) => c.title.includes(ch))).map((c) => c.page);
      throw new Error(
        `The social cards of ${edition} would draw ${missing.map((ch) => `"${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()})`).join(', ')} as empty boxes: ${face.family} has no such character. ` +
          `Used in: ${where.length > 0 ? where.join(', ') : 'the site name or the tagline'}. Write the title without it, or choose a face that has it (src/lib/publishing/cjk-font.node.ts).`,
      );
    }
    const file = join(cacheDir, 'fonts', `${createHash('sha256').update(font).digest('hex').slice(0, 16)}.ttf`);
    if (!existsSync(file)) writeFileSync(file, font);
    files.push(file);
  }
  return {
    face: { family: face.family, cjk: true },
    files,
    versions: `resvg ${faceVersion('@resvg/resvg-js')}, ${face.package} ${faceVersion(face.package)}`,
  };
}

/**
 * Renders the cards of `pages` (their built HTML, already read) with `fonts`; returns how many were
 * written and how many came from `cacheDir`. A card is drawn once per distinct SVG (and renderer
 * and fonts): drawing is most of the cost of a card, so unchanged pages reuse the PNG kept under
 * its hash. Deleting the folder only makes the next build draw every card again.
 */
export function renderCards(
  dist: string,
  pages: readonly CardPage[],
  siteName: string,
  tagline: string,
  base: string,
  cacheDir: string,
  fonts: CardFonts = latinFonts(),
): { written: number; cached: number } {
  const { files: fontFiles, versions, face } = fonts;
  mkdirSync(cacheDir, { recursive: true });
  let count = 0;
  let cached = 0;
  for (const { title, path } of cardsOf(pages, base)) {
    const svg = cardSvg(title, siteName, tagline, face);
    const kept = join(cacheDir, `${createHash('sha256').update(versions).update('\u0000').update(svg).digest('hex')}.png`);
    let png: Buffer;
    if (existsSync(kept)) {
      png = readFileSync(kept);
      cached++;
    } else {
      png = new Resvg(svg, {
        fitTo: { mode: 'width', value: CARD_WIDTH },
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: face.family },
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
