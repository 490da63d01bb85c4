/**
 * Finds a writer's excerpt in a seed's passages, exactly (after normalisation) and once.
 */
import { normalizedPassage, type Passage } from './passages';
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
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'ambiguous'; locations: ExcerptLocation[] };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the match at [from, to) of `text` neither starts nor ends inside a word. */
function onWordBoundaries(text: string, from: number, to: number): boolean {
  const startsInWord = WORD_CHAR.test(text.charAt(from)) && WORD_CHAR.test(text.charAt(from - 1));
  const endsInWord = WORD_CHAR.test(text.charAt(to - 1)) && WORD_CHAR.test(text.charAt(to));
  return !startsInWord && !endsInWord;
}

/** Every place the normalised excerpt occurs in the passages, on word boundaries. */
export function findOccurrences(passages: readonly Passage[], excerpt: string): ExcerptLocation[] {
  const needle = normalizeText(excerpt);
  if (needle === '') return [];
  const found: ExcerptLocation[] = [];
  for (const passage of passages) {
    const hay = normalizedPassage(passage);
    for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1)) {
      if (!onWordBoundaries(hay.text, at, at + needle.length)) continue;
      const start = hay.map[at] ?? 0;
      const end = (hay.map[at + needle.length - 1] ?? start) + 1;
      found.push({ passage, start, end });
    }
  }
  return found;
}

/** Looks an excerpt up: it must be at least three words and occur exactly once. */
export function matchExcerpt(passages: readonly Passage[], excerpt: string): ExcerptMatch {
  if (normalizeText(excerpt) === '') return { ok: false, reason: 'empty' };
  const words = countWords(excerpt);
  if (words < MIN_EXCERPT_WORDS) return { ok: false, reason: 'too-short', words };
  const locations = findOccurrences(passages, excerpt);
  if (locations.length === 0) return { ok: false, reason: 'not-found' };
  if (locations.length > 1) return { ok: false, reason: 'ambiguous', locations };
  const [location] = locations;
  return location ? { ok: true, location } : { ok: false, reason: 'not-found' };
}
