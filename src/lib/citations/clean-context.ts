/**
 * The sentence a note shows around cited words, cleaned of what does not belong to it. Some seeds
 * carry text pasted from other articles into their paragraphs (another article's headline with no
 * full stop, so it runs into the next sentence), and some paragraphs open with a list bullet. A note
 * shows the cited sentence without them: pasted text at either end is cut and the cut is marked
 * […]; a bullet is layout, not words, and is dropped. Nothing is ever added: the words shown are
 * the source's own, in its order.
 */
import { sentenceAround } from './sentences';

/** A span [start, end) of a passage. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The cleaned sentence around a cited span: where it starts and ends, and whether words were cut at either end. */
export interface CleanSentence {
  start: number;
  end: number;
  /** Words before `start` in the same run of text were cut (pasted text): show […] first. */
  cutBefore: boolean;
  /** Words after `end` in the same run of text were cut: show […] last. */
  cutAfter: boolean;
}

/** A list bullet at the start of a paragraph, with the space after it. */
const BULLET = /^\u2022\s*/u;

/**
 * Every place `fragment` stands in `text`, as spans. Used to find pasted text the registry lists
 * word for word.
 */
export function spansOf(text: string, fragment: string): TextSpan[] {
  const out: TextSpan[] = [];
  if (fragment === '') return out;
  for (let at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length)) {
    out.push({ start: at, end: at + fragment.length });
  }
  return out;
}

/**
 * The sentence of `text` around [start, end), cut at any of the `pasted` spans that fall inside it
 * but outside the cited words, and without a leading bullet.
 */
export function cleanSentence(text: string, start: number, end: number, pasted: readonly TextSpan[] = []): CleanSentence {
  const sentence = sentenceAround(text, start, end);
  let from = sentence.start;
  let to = sentence.end;
  let cutBefore = false;
  let cutAfter = false;
  for (const p of pasted) {
    if (p.end <= from || p.start >= to) continue;
    if (p.end <= start) {
      from = Math.max(from, p.end);
      cutBefore = true;
    } else if (p.start >= end) {
      to = Math.min(to, p.start);
      cutAfter = true;
    }
    // Pasted text inside the cited words themselves is what the writer quoted: it stays.
  }
  while (from < start && /\s/u.test(text.charAt(from))) from++;
  while (to > end && /\s/u.test(text.charAt(to - 1))) to--;
  const bullet = BULLET.exec(text.slice(from, start));
  if (bullet) from += bullet[0].length;
  return { start: from, end: to, cutBefore, cutAfter };
}
