/**
 * Finds the quotations in a piece of prose: the spans a reader takes as someone's words because
 * they stand in quotation marks. The build checks each one against the sources cited beside it,
 * so no words can be put in a source's mouth by quotation marks alone.
 *
 * The rules, which writers see in the README:
 * - Double quotation marks, straight or curly ("…", “…”), always quote. So do single curly or
 *   straight marks (‘…’, '…') that open after a space or an opening bracket and close before a
 *   space or punctuation; an apostrophe inside or at the end of a word (Zoom's, users') does not.
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

const WORD = /[\p{L}\p{N}]/u;
/** Characters after which a straight or single mark opens a quotation rather than closing one. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;

/** True when the mark at `i` stands where a quotation could open (start, space, bracket or dash before it). */
function canOpen(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 1);
  return (i === 0 || OPENS_AFTER.test(before)) && after !== '' && !/\s/u.test(after);
}

/** True when a single mark at `i` closes a quotation: not followed by a letter or digit. */
function canCloseSingle(text: string, i: number): boolean {
  return !WORD.test(text.charAt(i + 1)) && !/\s/u.test(text.charAt(i - 1));
}

/** Lists the outermost quotations of `text`, in order. */
export function findQuotations(text: string): QuotationScan {
  const quotations: Quotation[] = [];
  // The open mark of the outermost quotation: its kind and where it stands.
  let open: { kind: 'double' | 'single'; at: number } | undefined;
  // Marks opened inside the outermost quotation, so that its own closing mark is found.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const isDouble = c === '"' || c === '\u201C' || c === '\u201D';
    const isSingle = c === "'" || c === '\u2018' || c === '\u2019';
    if (!isDouble && !isSingle) continue;
    if (!open) {
      if (c === '\u201C' || (c === '"' && canOpen(text, i))) open = { kind: 'double', at: i };
      else if (c === '\u2018' ? canOpen(text, i) || i === 0 : c === "'" && canOpen(text, i)) open = { kind: 'single', at: i };
      continue;
    }
    if (open.kind === 'double') {
      if (!isDouble) continue;
      // A straight mark inside a straight quotation can only close it; curly marks say which they are.
      if (c === '\u201C') depth++;
      else if (c === '\u201D' && depth > 0) depth--;
      else {
        quotations.push({ text: text.slice(open.at + 1, i), at: open.at });
        open = undefined;
        depth = 0;
      }
      continue;
    }
    // Inside a single-quoted quotation: double marks are part of its words; an apostrophe in a word is not a close.
    if (!isSingle) continue;
    if ((c === '\u2018' || c === "'") && canOpen(text, i)) depth++;
    else if ((c === '\u2019' || c === "'") && canCloseSingle(text, i)) {
      if (depth > 0) depth--;
      else {
        quotations.push({ text: text.slice(open.at + 1, i), at: open.at });
        open = undefined;
      }
    }
  }
  return open ? { quotations, unclosedAt: open.at } : { quotations };
}
