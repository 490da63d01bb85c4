/**
 * Finds the quotations in a piece of prose: the spans a reader takes as someone's words because
 * they stand in quotation marks. The build checks each one against the sources cited beside it,
 * so no words can be put in a source's mouth by quotation marks alone.
 *
 * The rules, which writers see in the README:
 * - Paired marks always quote: “…”, „…“, «…», ‹…›, ‘…’, ‚…‘, and the corner brackets 「…」 and
 *   『…』 of Chinese and Japanese text.
 * - A straight double mark ("…", or the full-width ＂…＂) opens after a space, an opening bracket,
 *   a dash or the start, and the next one closes.
 * - A straight single mark ('…') opens the same way and closes before a space or punctuation; an
 *   apostrophe inside or at the end of a word (Zoom's, users') is not a quotation mark.
 * - Only the outermost span is a quotation: a quote within a quote is part of the outer words,
 *   as it is in the source.
 * - A mark that opens and is never closed is an error: what follows it would otherwise escape the
 *   check.
 */

/** One quoted span: its words without the marks, and where it starts in the text. */
export interface Quotation {
  text: string;
  /** Index in the text of the opening mark. */
  at: number;
}

/** What a scan for quotations found: the quotations, and the index of any mark left open. */
export interface QuotationScan {
  quotations: Quotation[];
  /** Where a quotation opens and never closes, if one does. */
  unclosedAt?: number;
}

/** Opening marks that say what they are, and the marks that close each. */
const PAIRED: Readonly<Record<string, string>> = {
  '\u201C': '\u201D', // “ ”
  '\u201E': '\u201C\u201D', // „ closes with “ (German) or ” (Polish)
  '\u00AB': '\u00BB', // « »
  '\u2039': '\u203A', // ‹ ›
  '\u2018': '\u2019', // ‘ ’
  '\u201A': '\u2018\u2019', // ‚ closes with ‘ or ’
  '\u300C': '\u300D', // 「 」
  '\u300E': '\u300F', // 『 』
};
/** Marks that are the same at both ends. */
const STRAIGHT_DOUBLE = new Set(['"', '\uFF02']);
const STRAIGHT_SINGLE = "'";

const WORD = /[\p{L}\p{N}]/u;
/** Characters after which a straight mark opens a quotation rather than closing one. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;

/** True when the straight mark at `i` stands where a quotation could open. */
function canOpen(text: string, i: number): boolean {
  const after = text.charAt(i + 1);
  return (i === 0 || OPENS_AFTER.test(text.charAt(i - 1))) && after !== '' && !/\s/u.test(after);
}

/** True when a single mark at `i` can close a quotation: not inside a word, not after a space. */
function canCloseSingle(text: string, i: number): boolean {
  return !WORD.test(text.charAt(i + 1)) && !/\s/u.test(text.charAt(i - 1));
}

/** The kind of quotation a mark at `i` opens, with what closes it, or undefined if it opens none. */
function opening(text: string, i: number): { closers: string; straight?: 'double' | 'single' } | undefined {
  const c = text.charAt(i);
  // A right single mark after a letter is an apostrophe; ‘ opening a word is a quotation mark.
  if (c === '\u2018' && WORD.test(text.charAt(i - 1))) return undefined;
  const closers = PAIRED[c];
  if (closers) return { closers };
  if (STRAIGHT_DOUBLE.has(c) && canOpen(text, i)) return { closers: c, straight: 'double' };
  if (c === STRAIGHT_SINGLE && canOpen(text, i)) return { closers: c, straight: 'single' };
  return undefined;
}

/** Lists the outermost quotations of `text`, in order. */
export function findQuotations(text: string): QuotationScan {
  const quotations: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const open = opening(text, i);
    if (!open) {
      i++;
      continue;
    }
    const end = closingIndex(text, i, open);
    if (end === -1) return { quotations, unclosedAt: i };
    quotations.push({ text: text.slice(i + 1, end), at: i });
    i = end + 1;
  }
  return { quotations };
}

/**
 * Where the quotation opened at `start` closes, or -1. Quotations opened inside it are skipped
 * whole, so that their marks cannot close it.
 */
function closingIndex(text: string, start: number, open: { closers: string; straight?: 'double' | 'single' }): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (open.closers.includes(c)) {
      if (open.straight !== 'single' || canCloseSingle(text, i)) return i;
      continue;
    }
    // A straight mark of the other kind inside may be an apostrophe: only paired marks nest.
    const inner = PAIRED[c] && !(c === '\u2018' && WORD.test(text.charAt(i - 1))) ? { closers: PAIRED[c] ?? '' } : undefined;
    if (inner) {
      const end = closingIndex(text, i, inner);
      if (end === -1) return -1;
      i = end;
    }
  }
  return -1;
}
