/**
 * The alleged chain of requests (content/chain.json): Chinese agencies, then Jin, then Zoom's U.S.
 * staff, then the meetings ended and the accounts suspended. Each step and each arrow to the next
 * step carries its own citations. This module turns the file into what the citation check reads
 * (an embedded component's citations, mdx-scan.ts) and into the drawing: boxes stacked from top to
 * bottom with an arrow and its label between each two, in a view box narrow enough to stay legible
 * on a 320 px screen, its lines wrapped by estimated width (English at spaces, Chinese between any
 * two characters). A Chinese page draws the chain in its translation's words (content/zh-hans/chain.json)
 * with the English citations. Pure: no file system, no Astro.
 */
import type { Embedded } from './citations/mdx-scan';
import { DATA_TRANSLATIONS, quotesIn, type RawEntry } from './translations/data';

/** One quotation that supports a step or an arrow. */
export interface ChainCitation {
  source: string;
  quote: string;
}

/** A step of the chain, and the arrow from it to the next. */
export interface ChainStep {
  id: string;
  /** A few words in the box. */
  label: string;
  /** The step told as a sentence, in the figure's text alternative. */
  text: string;
  citations: ChainCitation[];
  /** The arrow to the next step: its label and its sentence, with their citations. */
  next?: { label: string; text: string; citations: ChainCitation[] } | undefined;
}

/**
 * The citations of the chain as <Chain /> shows them: each step's sentence and then its arrow's,
 * each followed by its citations side by side. `file` names the data file in writers' messages.
 */
export function chainEmbed(steps: readonly ChainStep[], file = 'content/chain.json'): Embedded {
  const cites: Embedded['cites'] = [];
  const texts: Embedded['texts'] = [];
  for (const step of steps) {
    const where = `${file}, step "${step.id}"`;
    const sources = step.citations.map((c) => c.source);
    texts.push({ text: step.label, sources, where: `${where}, label` }, { text: step.text, sources, where: `${where}, text` });
    step.citations.forEach((c, i) => cites.push({ ...c, where: `${where}, citations[${i}]`, ...(i > 0 ? { joinsPrevious: true } : {}) }));
    if (step.next) {
      const nextSources = step.next.citations.map((c) => c.source);
      texts.push(
        { text: step.next.label, sources: nextSources, where: `${where}, next.label` },
        { text: step.next.text, sources: nextSources, where: `${where}, next.text` },
      );
      step.next.citations.forEach((c, i) =>
        cites.push({ ...c, where: `${where}, next.citations[${i}]`, ...(i > 0 ? { joinsPrevious: true } : {}) }),
      );
    }
  }
  return { cites, texts };
}

/**
 * The chain in its translation's words (content/zh-hans/chain.json, src/lib/translations/data.ts):
 * each step's label and text and its arrow's, from `translated` (by step id, the fields as the chain's
 * spec names them: "label", "text", "next.label", "next.text"). The citations stay the English
 * step's: the translation cites the same passages by construction. A field without its translation
 * keeps the English (the build has refused such a file already).
 */
export function translateChain(
  steps: readonly ChainStep[],
  translated: ReadonlyMap<string, Readonly<Record<string, string>>>,
): ChainStep[] {
  return steps.map((step) => {
    const zh = translated.get(step.id) ?? {};
    return {
      ...step,
      label: zh['label'] ?? step.label,
      text: zh['text'] ?? step.text,
      next: step.next && {
        ...step.next,
        label: zh['next.label'] ?? step.next.label,
        text: zh['next.text'] ?? step.next.text,
      },
    };
  });
}

/**
 * The citations and quotations of the translated chain as a translated page places it: the English
 * chain's citations (the same markers and notes, in the same order), and each `{{Q|English words|中文}}`
 * of the translation, whose English words must be in a source its step or arrow cites (the chain
 * spec's `quoteSources`), as a quotation in the English chain must. The translation's prose holds no quotation marks (the
 * build refuses them), so it has no texts to scan for them.
 */
export function chainTranslationEmbed(
  steps: readonly ChainStep[],
  translated: ReadonlyMap<string, Readonly<Record<string, string>>>,
  file = 'content/zh-hans/chain.json',
): Embedded {
  const quotations: NonNullable<Embedded['quotations']> = [];
  for (const step of steps) {
    const fields = translated.get(step.id) ?? {};
    for (const [field, text] of Object.entries(fields)) {
      const sources = DATA_TRANSLATIONS.chain.quoteSources(step as unknown as RawEntry, field);
      for (const quote of quotesIn(text)) quotations.push({ text: quote, sources, where: `${file}, step "${step.id}", ${field}` });
    }
  }
  return { cites: chainEmbed(steps).cites, texts: [], quotations };
}

/**
 * How wide `text` is drawn, in hundredths of an em: a CJK character or full-width mark (汉字, ，。（）)
 * about 1 em, any other character (a letter, a digit, a space) about 0.55 em, the English estimate.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 100 : LATIN;
  return width;
}

/** An English character's estimated width, in hundredths of an em. */
const LATIN = 55;
/** Characters drawn about 1 em wide: Han, kana, hangul, CJK punctuation and full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2e80-\u2fff\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
/** Marks a line may not begin with (closing punctuation): they stay with the character before. */
const CLOSING = /^[，。、；：！？）】》」』〉〕”’…·,.;:!?)\]}%]$/u;
/** Marks a line may not end with (opening punctuation): they stay with the character after. */
const OPENING = /^[（【《「『〈〔“‘([{]$/u;

/**
 * Breaks text into lines no wider than `max` English characters (`max` × 0.55 em, textWidth). English
 * breaks at spaces; Chinese may break between any two characters, but never before closing
 * punctuation (，。）」) or after opening punctuation (（「), nor inside a short aside in full-width
 * brackets (（检方称）). A space where a line breaks is dropped; a word (or a run of characters
 * that may not be broken) wider than a line stands alone.
 */
export function wrapWords(text: string, max: number): string[] {
  // The units a line is made of, each with whether a space stood before it.
  const units: { text: string; spaced: boolean }[] = [];
  let spaced = false;
  let glueNext = false;
  for (const piece of text.match(/\s+|[^\s]/gu) ?? []) {
    if (/^\s/.test(piece)) {
      spaced = units.length > 0;
      glueNext = false;
      continue;
    }
    const last = units.at(-1);
    const wide = WIDE.test(piece);
    const joins =
      last !== undefined &&
      !spaced &&
      // A closing mark stays with what it closes, an opening mark with what it opens, and a word's letters together.
      (CLOSING.test(piece) || glueNext || (!wide && !WIDE.test(last.text.slice(-1)) && !OPENING.test(last.text.slice(-1))));
    if (joins) last.text += piece;
    else units.push({ text: piece, spaced });
    glueNext = OPENING.test(piece);
    spaced = false;
  }
  const room = max * LATIN;
  // A short aside in full-width brackets (（检方称）, （MSS）) is not broken: it goes down whole.
  for (let i = 0; i < units.length; i++) {
    const open = units[i];
    if (!open?.text.startsWith('（')) continue;
    const j = units.findIndex((u, k) => k >= i && u.text.includes('）'));
    if (j <= i) continue;
    const text = units
      .slice(i, j + 1)
      .map((u, k) => (k > 0 && u.spaced ? ` ${u.text}` : u.text))
      .join('');
    if (textWidth(text) <= room) units.splice(i, j - i + 1, { text, spaced: open.spaced });
  }
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const next = line === '' ? unit.text : `${line}${unit.spaced ? ' ' : ''}${unit.text}`;
    if (line === '' || textWidth(next) <= room) line = next;
    else {
      lines.push(line);
      line = unit.text;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A line of text placed in the drawing (x, y of its baseline start). */
export interface PlacedLine {
  x: number;
  y: number;
  text: string;
}

/** The drawing's geometry, in view-box units. */
export interface ChainLayout {
  width: number;
  height: number;
  boxes: { id: string; x: number; y: number; width: number; height: number; lines: PlacedLine[] }[];
  arrows: { x: number; y1: number; y2: number; head: string; lines: PlacedLine[] }[];
}

/** Sizes the drawing: the widths and line heights are view-box units (one unit is one CSS pixel at 320 px wide). */
export const CHAIN_GEOMETRY = {
  width: 320,
  margin: 4,
  boxPadding: 12,
  boxLine: 20,
  /**
   * The room for a line in a box and beside an arrow (at 15 and 13 units), as a number of English
   * characters of about 0.55 em each: a line of CJK characters, about 1 em each, holds fewer (wrapWords).
   */
  boxChars: 30,
  arrowChars: 34,
  arrowLine: 17,
  arrowX: 30,
  arrowGap: 14,
  headSize: 7,
  minArrow: 40,
} as const;

/** Lays the chain out from top to bottom: a box per step, an arrow with its label between each two. */
export function layoutChain(steps: readonly ChainStep[]): ChainLayout {
  const g = CHAIN_GEOMETRY;
  const boxWidth = g.width - 2 * g.margin;
  const boxes: ChainLayout['boxes'] = [];
  const arrows: ChainLayout['arrows'] = [];
  let y: number = g.margin;
  steps.forEach((step, i) => {
    const words = wrapWords(step.label, g.boxChars);
    const height = 2 * g.boxPadding + words.length * g.boxLine;
    boxes.push({
      id: step.id,
      x: g.margin,
      y,
      width: boxWidth,
      height,
      // Baselines sit about three quarters down each line.
      lines: words.map((text, k) => ({ x: g.margin + g.boxPadding, y: y + g.boxPadding + k * g.boxLine + 15, text })),
    });
    y += height;
    if (i === steps.length - 1) return;
    const label = wrapWords(step.next?.label ?? '', g.arrowChars);
    const length = Math.max(g.minArrow, label.length * g.arrowLine + 2 * g.arrowGap);
    const y1 = y;
    const y2 = y + length;
    const top = y1 + (length - label.length * g.arrowLine) / 2;
    arrows.push({
      x: g.arrowX,
      y1,
      y2,
      head: `${g.arrowX - g.headSize},${y2 - g.headSize * 1.4} ${g.arrowX + g.headSize},${y2 - g.headSize * 1.4} ${g.arrowX},${y2}`,
      lines: label.map((text, k) => ({ x: g.arrowX + 18, y: top + k * g.arrowLine + 13, text })),
    });
    y = y2;
  });
  return { width: g.width, height: y + g.margin, boxes, arrows };
}
