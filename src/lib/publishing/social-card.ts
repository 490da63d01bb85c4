/**
 * Social card images (1200×630) for link previews: the page title and the site name, drawn as
 * SVG here and rasterised at build time with a bundled font (no network, no system fonts).
 */

/** Card size, as Open Graph and Twitter expect for large images. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card's path for a page URL: "/case/" → "/og/case.png", "/" → "/og/home.png". */
export function cardPath(url: string): string {
  const slug = url.replace(/^\/|\/$/g, '').replace(/\//g, '-');
  return `/og/${slug || 'home'}.png`;
}

/** Escapes text for SVG. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Breaks text into lines of at most `max` characters (a long word gets a line of its own and is
 * cut), and at most `lines` lines, the last ending in an ellipsis if text was left over.
 */
export function wrapText(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    if (word.length > max) word = `${word.slice(0, max - 1)}…`;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) {
      line = next;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines) {
      const last = out[lines - 1] ?? '';
      out[lines - 1] = last.length >= max ? `${last.slice(0, max - 1)}…` : `${last}…`;
      return out;
    }
  }
  if (line) out.push(line);
  return out;
}

/** The card as SVG markup. */
export function cardSvg(title: string, siteName: string, tagline: string): string {
  // DejaVu Sans Bold averages about 0.6 em a character; 64 px gives ~28 characters a line.
  const size = title.length > 60 ? 56 : 64;
  const lines = wrapText(title, Math.floor(1040 / (size * 0.6)), 4);
  const top = 330 - ((lines.length - 1) * size * 1.2) / 2;
  const titleLines = lines
    .map(
      (l, i) =>
        `<text x="80" y="${Math.round(top + i * size * 1.2)}" font-size="${size}" font-weight="700" fill="#ffffff">${xml(l)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#1d3557"/>`,
    `<rect x="80" y="80" width="64" height="8" fill="#f4c95d"/>`,
    `<text x="80" y="140" font-size="30" fill="#dfe7f2">${xml(siteName)}</text>`,
    titleLines,
    `<text x="80" y="550" font-size="26" fill="#dfe7f2">${xml(tagline)}</text>`,
    '</svg>',
  ].join('');
}
