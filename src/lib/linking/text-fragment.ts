/**
 * Text fragments (`#section:~:text=start,end`) that point at exactly one paragraph, so a
 * paragraph link survives edits elsewhere on the page and Chromium highlights the paragraph.
 */

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// A fragment term must start and end on a word boundary; punctuation at its edges can sit
// against a note marker (joined by a word joiner), where Chromium finds no boundary.
const trimStart = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, '');
const trimEnd = (s: string) => s.replace(/[^\p{L}\p{N}]+$/u, '');

/** Encodes a fragment term: percent-encoding plus the characters the syntax reserves. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Counts occurrences of `needle` in `hay` (overlapping). */
function count(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * The `text=` directive for a paragraph. `runs` are the paragraph's text runs outside note
 * markers, in order; `pageText` is the page's whole visible text. The start is the shortest run
 * of the paragraph's first words that occurs once on the page; the end is the shortest run of its
 * last words that does not occur earlier in the paragraph. Returns undefined when no unique start
 * exists (a paragraph repeated word for word).
 */
export function paragraphFragment(runs: readonly string[], pageText: string): string | undefined {
  const page = squash(pageText);
  const cleanRuns = runs.map(squash).filter((r) => /[\p{L}\p{N}]/u.test(r));
  const first = cleanRuns[0];
  const last = cleanRuns.at(-1);
  if (!first || !last) return undefined;
  const startWords = first.split(' ');
  let start: string | undefined;
  for (let k = Math.min(3, startWords.length); k <= startWords.length; k++) {
    const candidate = trimEnd(trimStart(startWords.slice(0, k).join(' ')));
    if (candidate !== '' && count(page, candidate) === 1) {
      start = candidate;
      break;
    }
  }
  if (!start) return undefined;
  const paragraph = squash(cleanRuns.join(' '));
  const endWords = last.split(' ');
  // A short paragraph needs no end: the start alone marks it.
  if (cleanRuns.length === 1 && endWords.length <= startWords.slice(0, start.split(' ').length).length) return `text=${encodeTerm(start)}`;
  for (let k = Math.min(3, endWords.length); k <= endWords.length; k++) {
    const candidate = trimEnd(trimStart(endWords.slice(endWords.length - k).join(' ')));
    if (candidate === '') continue;
    // The end must first occur (after the start) at the paragraph's end.
    const afterStart = trimEnd(paragraph.slice(paragraph.indexOf(start) + start.length));
    if (afterStart.length >= candidate.length && afterStart.indexOf(candidate) === afterStart.length - candidate.length) {
      return `text=${encodeTerm(start)},${encodeTerm(candidate)}`;
    }
  }
  return `text=${encodeTerm(start)}`;
}
