/**
 * Finds what a writer probably meant when an excerpt or a source slug does not match,
 * so that a build error can say what exists instead.
 */
import { normalizedPassage, type Passage } from './passages';
import { normalizeText } from './normalize';
import { sentenceAround } from './sentences';

/**
 * How many words of an excerpt are compared with the passages: its first 100. The search
 * reads every word of every passage once (each passage is tokenised once per build) and,
 * for each, only the places that word holds among these excerpt words, so its work is at most
 * this cap times the words of the seed, and far less for ordinary prose. Without the cap a
 * pasted page (thousands of words) against a long seed took minutes; 100 words is far more
 * than a quotation needs to show which passage it was copied from.
 */
export const MAX_COMPARED_WORDS = 100;

/** Lower-cased word tokens of already normalised text. */
function tokens(normalized: string): string[] {
  return normalized
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '');
}

const wordsCache = new WeakMap<Passage, { source: string; words: readonly string[] }>();

/** The word tokens of a passage, computed once per passage object (its text is compared, as in {@link normalizedPassage}). */
function passageWords(passage: Passage): readonly string[] {
  const cached = wordsCache.get(passage);
  if (cached && cached.source === passage.text) return cached.words;
  const words = tokens(normalizedPassage(passage).text);
  wordsCache.set(passage, { source: passage.text, words });
  return words;
}

const NOWHERE: readonly number[] = [];

/**
 * Length of the longest run of consecutive words shared by `a` and `b`, and where it ends in
 * `b`; of equally long runs, the one ending first in `a` (then first in `b`). Reads `b` once,
 * checking each word only against its own positions in `a`, so the work is `b.length` plus
 * the number of matching word pairs rather than `a.length × b.length`.
 */
function longestCommonRun(a: readonly string[], b: readonly string[]): { length: number; endInB: number } {
  const positions = new Map<string, number[]>();
  a.forEach((w, i) => {
    const list = positions.get(w);
    if (list) list.push(i);
    else positions.set(w, [i]);
  });
  // prev[i]: length of the shared run ending at a[i] and at the previous word of b; nonzero
  // only at prevSet, which is cleared after each word so no full row is ever rewritten.
  let prev = new Uint32Array(a.length);
  let cur = new Uint32Array(a.length);
  let prevSet = NOWHERE;
  let best = { length: 0, endInB: 0, inA: a.length };
  b.forEach((word, j) => {
    const here = positions.get(word) ?? NOWHERE;
    for (const i of here) {
      const length = (i > 0 ? (prev[i - 1] ?? 0) : 0) + 1;
      cur[i] = length;
      if (length > best.length || (length === best.length && i < best.inA)) best = { length, endInB: j + 1, inA: i };
    }
    for (const i of prevSet) prev[i] = 0;
    [prev, cur] = [cur, prev];
    prevSet = here;
  });
  return { length: best.length, endInB: best.endInB };
}

/** The passage that best resembles an excerpt, with the sentence of it that matches best. */
export interface ClosestPassage {
  passage: Passage;
  /** The sentence (or sentences) of the passage nearest to the excerpt, verbatim. */
  snippet: string;
  /** How many consecutive words the excerpt shares with the passage. */
  sharedRun: number;
}

/**
 * Picks the passage sharing the longest run of words with the excerpt (ties: most shared
 * words). Only the excerpt's first {@link MAX_COMPARED_WORDS} words are compared.
 */
export function closestPassage(passages: readonly Passage[], excerpt: string): ClosestPassage | undefined {
  const target = tokens(normalizeText(excerpt)).slice(0, MAX_COMPARED_WORDS);
  let best: { passage: Passage; run: number; endInB: number; shared: number } | undefined;
  const targetSet = new Set(target);
  for (const passage of passages) {
    const pw = passageWords(passage);
    const { length, endInB } = longestCommonRun(target, pw);
    const shared = pw.filter((w) => targetSet.has(w)).length;
    if (!best || length > best.run || (length === best.run && shared > best.shared)) {
      best = { passage, run: length, endInB, shared };
    }
  }
  if (!best || best.shared === 0) return undefined;
  return {
    passage: best.passage,
    snippet: snippetAroundWord(best.passage, Math.max(0, best.endInB - best.run)),
    sharedRun: best.run,
  };
}

/** The sentence of a passage that contains its `wordIndex`-th word (0-based), counted as {@link tokens} counts. */
function snippetAroundWord(passage: Passage, wordIndex: number): string {
  // Count words in the normalised text (where ’ is ') and map back, so the count agrees with tokens().
  const norm = normalizedPassage(passage);
  const re = /[\p{L}\p{N}']+/gu;
  let i = 0;
  let at = 0;
  for (let m = re.exec(norm.text); m !== null; m = re.exec(norm.text)) {
    if (i === wordIndex) {
      at = norm.map[m.index] ?? 0;
      break;
    }
    i++;
  }
  const { text } = passage;
  const { start, end } = sentenceAround(text, at, at + 1);
  const sentence = text.slice(start, end);
  return sentence.length > 320 ? `${sentence.slice(0, 317)}…` : sentence;
}

/** Edit distance between two short strings (for "did you mean" suggestions). */
export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = dp[j] ?? 0;
      dp[j] = Math.min(up + 1, (dp[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return dp[b.length] ?? 0;
}

/** The known name nearest to `name`, if it is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { name: k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
