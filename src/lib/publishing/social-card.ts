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

/** A Han character or a full-width mark: about 1 em wide, and a line may break beside it. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Marks that may not start a line (closing punctuation), and that may not end one (opening). */
const NO_LINE_START = /^[，。、；：！？）」』》〉”’…,.;:!?)]/u;
const NO_LINE_END = /[（「『《〈“‘(]$/u;

/** The width of text in em, as Noto Sans CJK draws it: Han 1 em, Latin and digits about 0.55 em. */
export function cjkWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.25 : 0.55;
  return em;
}

/**
 * Breaks Chinese text into lines at most `maxEm` wide, at most `lines` lines (the last ending in
 * an ellipsis if text was left over). A line may break beside any Han character and at a space,
 * but not before closing punctuation or after opening punctuation; Latin words stay whole.
 */
export function wrapCjk(text: string, maxEm: number, lines: number): string[] {
  // The units a line is made of: a Han character or mark alone, a Latin word with what follows it.
  const units = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu) ?? [];
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? '';
    if (line === '' && unit.trim() === '') continue;
    const next = line + unit;
    if (cjkWidth(next.trimEnd()) <= maxEm || line === '') {
      line = next;
      continue;
    }
    // Carry a closing mark back onto this line, or an opening mark forward onto the next.
    if (NO_LINE_START.test(unit)) {
      line = next;
      continue;
    }
    let carry = '';
    if (NO_LINE_END.test(line.trimEnd())) {
      carry = line.trimEnd().slice(-1);
      line = line.trimEnd().slice(0, -1);
    }
    out.push(line.trimEnd());
    if (out.length === lines) {
      out[lines - 1] = `${out[lines - 1] ?? ''}…`;
      return out;
    }
    line = carry + unit;
  }
  if (line.trim() !== '') out.push(line.trimEnd());
  return out;
}

/** How a card draws its words: the font (a family the renderer has), and whether the text is Chinese. */
export interface CardFace {
  family: string;
  cjk: boolean;
}
export const LATIN_FACE: CardFace = { family: 'DejaVu Sans', cjk: false };

/** The card as SVG markup. */
export function cardSvg(title: string, siteName: string, tagline: string, face: CardFace = LATIN_FACE): string {
  // DejaVu Sans Bold averages about 0.6 em a character; 64 px gives ~28 characters a line. A Han
  // character is 1 em: 60 px gives 17 a line.
  const size = face.cjk ? (cjkWidth(title) > 34 ? 56 : 60) : title.length > 60 ? 56 : 64;
  const lines = face.cjk ? wrapCjk(title, 1040 / size, 4) : wrapText(title, Math.floor(1040 / (size * 0.6)), 4);
  const top = 330 - ((lines.length - 1) * size * 1.2) / 2;
  const titleLines = lines
    .map(
      (l, i) =>
        `<text x="80" y="${Math.round(top + i * size * 1.2)}" font-size="${size}" font-weight="700" fill="#ffffff">${xml(l)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${xml(face.family)}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#1d3557"/>`,
    `<rect x="80" y="80" width="64" height="8" fill="#f4c95d"/>`,
    `<text x="80" y="140" font-size="30" fill="#dfe7f2">${xml(siteName)}</text>`,
    titleLines,
    `<text x="80" y="550" font-size="26" fill="#dfe7f2">${xml(tagline)}</text>`,
    '</svg>',
  ].join('');
}
