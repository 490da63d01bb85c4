/**
 * Finds a writer's excerpt in a seed's passages, exactly (after normalisation) and once.
 */
import { normalizedPassage, type NormalizedPassage, type Passage } from './passages';
import { countWords, normalizeText } from './normalize';

/** The fewest words an excerpt may have: shorter ones prove too little and match too often. */
export const MIN_EXCERPT_WORDS = 3;

/** Where an excerpt was found: the passage and the span of its original text. */
export interface ExcerptLocation {
  passage: Passage;
  /** Index in `passage.text` of the first cited character. */
  start: number;
  /** Index in `passage.text` just after the last cited character. */
  end: number;
}

/** The outcome of looking an excerpt up in a seed. */
export type ExcerptMatch =
  | { ok: true; location: ExcerptLocation }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-short'; words: number }
  /** Longer (normalised) than every passage, so it cannot be in one: `chars` and `longest` count normalised characters. */
  | { ok: false; reason: 'too-long'; chars: number; longest: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'ambiguous'; locations: ExcerptLocation[] };

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** True when the character at `i` is a letter (or one of its combining marks) or a digit; false outside the text. */
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  // Read a surrogate pair whole, from either half, so letters outside the BMP count as letters.
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return WORD_CHAR.test(text.slice(Math.max(0, i - 1), i + 1));
  return WORD_CHAR.test(text.charAt(i));
}

// Dashes that stand between words in prose ("companies—and their users—vulnerable"), unlike
// hyphens, which join the parts of one word ("non-disclosure"). Normalisation turns both into
// '-', so the original character decides. The en dash counts as joining: unspaced, it joins
// a range or a compound ("1989–2020", "New York–Beijing"), and spaced, it is next to a space anyway.
const SEPARATING_DASHES = new Set(['\u2014', '\u2015', '\uFE58']); // em dash, horizontal bar, small em dash

/**
 * True when the normalised character at `k` joins the letters or digits on either side into
 * one token when no space stands next to it: "4,000", "U.S.", "non-disclosure", "can't",
 * "Amer/Axios", "10:30", "AT&T", "jin@zoom.us", "user_id". A separating dash (see above) and
 * an ellipsis character do not join: "Jin—who" and "wait…then" are two words each.
 */
function joinsAt(hay: NormalizedPassage, original: string, k: number): boolean {
  switch (hay.text.charAt(k)) {
    case ',':
    case "'":
    case '/':
    case ':':
    case '@':
    case '&':
    case '_':
      return true;
    case '-':
      return !SEPARATING_DASHES.has(original.charAt(hay.map[k] ?? -1));
    case '.':
      return original.charAt(hay.map[k] ?? -1) !== '\u2026';
    default:
      return false;
  }
}

// A longer row of punctuation is not a join inside a token; the bound also keeps the check
// constant-time for each candidate match, even in a seed full of commas.
const MAX_JOINING_RUN = 4;

/**
 * True when a quote may not begin or end at `at` (between `at - 1` and `at`) because the
 * cut falls inside a token: letters or digits on both sides, with nothing between them but a
 * short run of joining punctuation (see {@link joinsAt}). So "4,|000", "4|,000", "non-|disclosure",
 * "U.|S.", "can|'t" and "China|-based" are inside tokens, while "complaint|. Next",
 * "Jin|, also", "liaison|\"" and "companies|—and" are boundaries. A run holding "--" (a dash
 * typed as two hyphens) or ".." (an ellipsis typed as periods) separates words too.
 */
function cutsToken(hay: NormalizedPassage, original: string, at: number): boolean {
  let left = at;
  while (at - left < MAX_JOINING_RUN && left > 0 && joinsAt(hay, original, left - 1)) left--;
  if (!isWordCharAt(hay.text, left - 1)) return false;
  let right = at;
  while (right - left < MAX_JOINING_RUN && right < hay.text.length && joinsAt(hay, original, right)) right++;
  if (!isWordCharAt(hay.text, right)) return false;
  const run = hay.text.slice(left, right);
  return !run.includes('--') && !run.includes('..');
}

/** Every place the normalised `needle` occurs in the passages without cutting a token at either end. */
function occurrences(passages: readonly Passage[], needle: string): ExcerptLocation[] {
  if (needle === '') return [];
  const found: ExcerptLocation[] = [];
  for (const passage of passages) {
    const hay = normalizedPassage(passage);
    for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1)) {
      const to = at + needle.length;
      if (cutsToken(hay, passage.text, at) || cutsToken(hay, passage.text, to)) continue;
      const start = hay.map[at] ?? 0;
      const end = (hay.map[to - 1] ?? start) + 1;
      found.push({ passage, start, end });
    }
  }
  return found;
}

/**
 * Every place the normalised excerpt occurs in the passages, starting and ending on word
 * boundaries: never inside a word, nor inside a token joined by punctuation such as "4,000"
 * or "can't" (a quote "about 4" is not in "about 4,000").
 */
export function findOccurrences(passages: readonly Passage[], excerpt: string): ExcerptLocation[] {
  return occurrences(passages, normalizeText(excerpt));
}

/**
 * True when `words` stand in `text` as whole words (on the same boundaries as a citation): an
 * alias "Xi" is not in "Xinjiang Jin".
 */
export function containsWords(text: string, words: string): boolean {
  return findOccurrences([{ id: 'text', index: 1, text }], words).length > 0;
}

/**
 * Looks an excerpt up: it must be at least three words, no longer than the longest passage,
 * and occur exactly once.
 */
export function matchExcerpt(passages: readonly Passage[], excerpt: string): ExcerptMatch {
  const needle = normalizeText(excerpt);
  if (needle === '') return { ok: false, reason: 'empty' };
  const words = countWords(excerpt);
  if (words < MIN_EXCERPT_WORDS) {
    // A short passage quoted whole (a closing "Go deeper" line) points at one place all the
    // same: it is accepted when exactly one passage consists of those words and nothing else.
    const whole = passages.filter((p) => normalizedPassage(p).text === needle);
    const [only] = whole;
    if (whole.length === 1 && only) return { ok: true, location: { passage: only, start: 0, end: only.text.length } };
    return { ok: false, reason: 'too-short', words };
  }
  // A quote longer than every passage spans passages (or is not from this seed): say so
  // at once instead of searching, with the numbers a writer needs to cut it down.
  if (passages.length > 0) {
    let longest = 0;
    for (const p of passages) longest = Math.max(longest, normalizedPassage(p).text.length);
    if (needle.length > longest) return { ok: false, reason: 'too-long', chars: needle.length, longest };
  }
  const locations = occurrences(passages, needle);
  if (locations.length === 0) return { ok: false, reason: 'not-found' };
  if (locations.length > 1) return { ok: false, reason: 'ambiguous', locations };
  const [location] = locations;
  return location ? { ok: true, location } : { ok: false, reason: 'not-found' };
}
