/**
 * Finds the sentence around a span of text, so a note can show the cited words in context.
 */

// Words that end in a period without ending a sentence in these sources ("Dec. 18",
// "U.S. custody", "John C. Demers"). Single capital letters (initials) are handled apart.
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'inc',
  'co',
  'corp',
  'gov',
  'sen',
  'rep',
]);

const LETTER_OR_PERIOD = /^[\p{L}.]$/u;

/**
 * The run of letters and periods that ends at `end`, read backwards from there. A regex
 * anchored at the end of `text.slice(0, end)` would rescan the whole prefix for every period,
 * which is quadratic in a long passage (5 s for 80,000 characters of short sentences).
 */
function wordBefore(text: string, end: number): string {
  let from = end;
  while (from > 0) {
    // Step over a surrogate pair as one character, as the `u` flag reads it.
    const low = text.charCodeAt(from - 1);
    const high = from >= 2 ? text.charCodeAt(from - 2) : 0;
    const size = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!LETTER_OR_PERIOD.test(text.slice(from - size, from))) break;
    from -= size;
  }
  return text.slice(from, end);
}

/** True when the period at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (word.includes('.')) return true; // "U.S", "e.g" — an inner period marks an abbreviation
  if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "John C. Demers"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Returns the indices where sentences start in `text` (always including 0). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /([.!?])["'\u201D\u2019)\]]*(\s+)(?=["'\u201C\u2018(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const dot = m.index;
    if (m[1] === '.' && isAbbreviation(text, dot)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The smallest run of whole sentences of `text` that contains [start, end). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const starts = sentenceStarts(text);
  let from = 0;
  let to = text.length;
  for (const s of starts) {
    if (s <= start) from = s;
    if (s >= end && s < to) to = s;
  }
  return { start: from, end: text.slice(0, to).trimEnd().length };
}
