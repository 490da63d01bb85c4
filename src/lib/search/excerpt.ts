/**
 * Pagefind's excerpts are HTML: the page's text with entities encoded and the matched words in
 * `<mark>`. Rather than trust that string as markup, this turns it into plain-text segments,
 * marked or not, which the browser code renders with text nodes only.
 */
import type { Segment } from '../marks';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the character references Pagefind writes (`&amp;`, `&lt;`, `&#39;`, `&#x27;` …); leaves anything else as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      // Out-of-range and surrogate code points are not characters: keep the reference as text.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// Pagefind marks whole whitespace-separated words, punctuation included: "<mark>(MSS).</mark>".
const EDGE = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/**
 * Splits an excerpt into segments. Only `<mark>` and `</mark>` are read as markup; any other
 * angle bracket is text. Punctuation at the edges of a marked word is left unmarked.
 */
export function parseExcerpt(excerpt: string): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, marked: boolean): void => {
    if (text === '') return;
    const last = out.at(-1);
    if (last && last.marked === marked) last.text += text;
    else out.push({ text, marked });
  };
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (!marked) push(decodeEntities(part), false);
    else {
      const [, before = '', word = '', after = ''] = EDGE.exec(decodeEntities(part)) ?? [];
      if (word === '') {
        push(before + after, false);
        continue;
      }
      push(before, false);
      push(word, true);
      push(after, false);
    }
  }
  return out;
}
