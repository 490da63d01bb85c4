/**
 * The alleged chain of requests (content/chain.json): Chinese agencies, then Jin, then Zoom's U.S.
 * staff, then the meetings ended and the accounts suspended. Each step and each arrow to the next
 * step carries its own citations. This module turns the file into what the citation check reads
 * (an embedded component's citations, mdx-scan.ts) and into the drawing: boxes stacked from top to
 * bottom with an arrow and its label between each two, in a view box narrow enough to stay legible
 * on a 320 px screen. Pure: no file system, no Astro.
 */
import type { Embedded } from './citations/mdx-scan';

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

/** Breaks text into lines of at most `max` characters, at spaces; a longer word stands alone. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
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
  /** Characters per line in a box and beside an arrow (about 0.55 em a character, at 15 and 13 units). */
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
