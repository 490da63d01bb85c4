/**
 * Splits a seed into passages (paragraphs) with stable ids.
 *
 * The ids are positional (`p1`, `p2`, …: the n-th non-blank line). That is safe only
 * because the seeds never change: `seeds/SHA256SUMS` pins every byte and a test fails
 * if a seed is edited, so a passage id published in a link keeps pointing at the same words.
 */
import { normalizeWithMap, type NormalizedText } from './normalize';

/**
 * The longest seed, in characters, the loader accepts; it refuses a longer one with a message.
 * The real seeds are articles of under 20,000 characters each: 2,000,000 leaves a hundredfold
 * margin for a long report, while a larger file is almost surely a mistake (a data dump, a
 * whole site saved as text) that would only slow every build: each citation's lookup and each
 * "closest passage" suggestion reads the whole seed.
 */
export const MAX_SEED_CHARS = 2_000_000;

/** One paragraph of a seed. */
export interface Passage {
  /** Stable anchor id, `p` plus the 1-based position among non-blank lines. */
  id: string;
  /** 1-based position among the seed's non-blank lines. */
  index: number;
  /** The paragraph's text as it stands in the seed, without surrounding whitespace. */
  text: string;
}

/** Splits seed text into its non-blank lines, each one passage. */
export function splitPassages(seedText: string): Passage[] {
  const passages: Passage[] = [];
  for (const line of seedText.split(/\r\n|\n|\r/)) {
    const text = line.trim();
    if (text === '') continue;
    const index = passages.length + 1;
    passages.push({ id: `p${index}`, index, text });
  }
  return passages;
}

/** A passage's normalised text (shared by every caller: read it, do not change it). */
export interface NormalizedPassage {
  readonly text: string;
  readonly map: readonly number[];
}

const normalizedCache = new WeakMap<Passage, { source: string; normalized: NormalizedText }>();

/**
 * The passage's text normalised as {@link normalizeWithMap} does, computed once per passage
 * object: every citation of a source is looked up in the same passages, so renormalising them
 * for each excerpt repeated the same work hundreds of times per build. The text is compared
 * too, so a passage whose text was reassigned is normalised afresh rather than matched stale.
 */
export function normalizedPassage(passage: Passage): NormalizedPassage {
  const cached = normalizedCache.get(passage);
  if (cached && cached.source === passage.text) return cached.normalized;
  const normalized = normalizeWithMap(passage.text);
  normalizedCache.set(passage, { source: passage.text, normalized });
  return normalized;
}
