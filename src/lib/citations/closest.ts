/**
 * Finds what a writer probably meant when an excerpt or a source slug does not match,
 * so that a build error can say what exists instead.
 */
import type { Passage } from './passages';
import { normalizeText, normalizeWithMap } from './normalize';
import { sentenceAround } from './sentences';

/** Lower-cased word tokens of normalised text. */
function words(text: string): string[] {
  return normalizeText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '');
}

/** Length of the longest run of consecutive words shared by `a` and `b`. */
function longestCommonRun(a: string[], b: string[]): { length: number; endInB: number } {
  let best = { length: 0, endInB: 0 };
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const len = (prev[j - 1] ?? 0) + 1;
        row[j] = len;
        if (len > best.length) best = { length: len, endInB: j };
      }
    }
    prev = row;
  }
  return best;
}

/** The passage that best resembles an excerpt, with the sentence of it that matches best. */
export interface ClosestPassage {
  passage: Passage;
  /** The sentence (or sentences) of the passage nearest to the excerpt, verbatim. */
  snippet: string;
  /** How many consecutive words the excerpt shares with the passage. */
  sharedRun: number;
}

/** Picks the passage sharing the longest run of words with the excerpt (ties: most shared words). */
export function closestPassage(passages: readonly Passage[], excerpt: string): ClosestPassage | undefined {
  const target = words(excerpt);
  let best: { passage: Passage; run: number; endInB: number; shared: number } | undefined;
  const targetSet = new Set(target);
  for (const passage of passages) {
    const pw = words(passage.text);
    const { length, endInB } = longestCommonRun(target, pw);
    const shared = pw.filter((w) => targetSet.has(w)).length;
    if (!best || length > best.run || (length === best.run && shared > best.shared)) {
      best = { passage, run: length, endInB, shared };
    }
  }
  if (!best || best.shared === 0) return undefined;
  return {
    passage: best.passage,
    snippet: snippetAroundWord(best.passage.text, Math.max(0, best.endInB - best.run)),
    sharedRun: best.run,
  };
}

/** The sentence of `text` that contains its `wordIndex`-th word (0-based), counted as {@link words} counts. */
function snippetAroundWord(text: string, wordIndex: number): string {
  // Count words in the normalised text (where ’ is ') and map back, so the count agrees with words().
  const norm = normalizeWithMap(text);
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
