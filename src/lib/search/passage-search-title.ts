import type { Segment } from '../marks';

/**
 * A source passage in search results. Source pages now title each passage themselves with
 * `passageTitle` (src/lib/passage-title.ts: "Axios, 18 December 2020, ¶ 7: “Xinjiang Jin, also
 * known as…”"), and search shows that heading as it is, so a passage has one title everywhere.
 * An index built before that titled them "Paragraph 7": {@link paragraphNumber} and
 * {@link passageSearchTitle} still turn such a heading into a title of the same form. Either way
 * the excerpt does not repeat the heading ({@link withoutHeading}, {@link withoutParagraphLabel}).
 */

/** How many of a passage's first words its title quotes. */
export const TITLE_WORDS = 6;

/** The paragraph number of a source page's passage heading ("Paragraph 7" → 7), or null. */
export function paragraphNumber(heading: string): number | null {
  const m = /^Paragraph (\d+)$/.exec(heading.trim());
  return m ? Number(m[1]) : null;
}

/** A passage's search title: source, ¶ number and its first words. */
export function passageSearchTitle(sourceTitle: string, paragraph: number, text: string): string {
  const words = text
    .replace(/^[\s•·-]+/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const first = words
    .slice(0, TITLE_WORDS)
    .join(' ')
    .replace(/[,;:.]+$/, '');
  const quote = first === '' ? '' : `: “${first}${words.length > TITLE_WORDS ? '…' : ''}”`;
  return `${sourceTitle}, ¶ ${paragraph}${quote}`;
}

/** An excerpt without the "Paragraph 7." that Pagefind takes from the passage's heading. */
export function withoutParagraphLabel(excerpt: string): string {
  return excerpt.replace(/^\s*(?:<mark>)?Paragraph(?:<\/mark>)? (?:<mark>)?\d+\.?(?:<\/mark>)?\.?\s*/, '');
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * An excerpt without the heading it repeats. Pagefind's section excerpts start at the section's
 * heading ("Axios, 18 December 2020, ¶ 7: “Xinjiang Jin, also known as…” Details: …") or partway
 * through it; the result already shows the heading as its title. Drops the longest end of the
 * heading that the excerpt starts with, and the full stop and bullet after it. An excerpt that is
 * nothing but its heading is kept.
 */
export function withoutHeading(segments: readonly Segment[], heading: string): Segment[] {
  const text = flat(segments.map((s) => s.text).join(''));
  const title = flat(heading.trim());
  let cut = 0;
  // The longest end of the heading (from a word start) that the excerpt begins with.
  for (let at = 0; at < title.length; at++) {
    if (at > 0 && title[at - 1] !== ' ') continue;
    const tail = title.slice(at);
    if (tail.length >= 3 && text.startsWith(tail)) {
      cut = tail.length;
      break;
    }
  }
  if (cut === 0) return [...segments];
  const rest = /^[\s.•·▪:]*/.exec(text.slice(cut));
  cut += rest?.[0].length ?? 0;
  if (cut >= text.length) return [...segments];
  return dropChars(segments, cut);
}

/** The segments without their first `count` characters (counted with runs of white space as one). */
function dropChars(segments: readonly Segment[], count: number): Segment[] {
  const out: Segment[] = [];
  let left = count;
  for (const segment of segments) {
    if (left <= 0) {
      out.push({ ...segment });
      continue;
    }
    const text = flat(segment.text);
    if (text.length <= left) {
      left -= text.length;
      continue;
    }
    out.push({ ...segment, text: text.slice(left) });
    left = 0;
  }
  return out;
}
