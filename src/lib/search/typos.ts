/**
 * Typo tolerance. Pagefind matches only words it has (and their prefixes), so a misspelt name
 * finds nothing. The build writes the index's own vocabulary (/search/vocabulary.txt); when a
 * search finds little, each word the vocabulary lacks is replaced by its nearest word there.
 */

/** Words shorter than this are not corrected: "MPS" is one letter from too many words. */
export const MIN_CORRECTED_LENGTH = 4;

/** The edit distance (insertions, deletions, substitutions, swaps of neighbours) between two words, or `limit + 1` once over `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] ?? [];
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    if (i > 0 && Math.min(...row) > limit) return limit + 1;
    rows.push(row);
  }
  return Math.min(rows[a.length]?.[b.length] ?? limit + 1, limit + 1);
}

/** The vocabulary's words nearest to `word` (one edit for words under 7 letters, two above), nearest first, at most `max`. */
export function nearestWords(word: string, vocabulary: readonly string[], max = 3): string[] {
  const lower = word.toLocaleLowerCase('en');
  const limit = lower.length < 7 ? 1 : 2;
  return vocabulary
    .map((w) => ({ w, d: editDistance(lower, w, limit) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || Math.abs(a.w.length - lower.length) - Math.abs(b.w.length - lower.length) || (a.w < b.w ? -1 : 1))
    .slice(0, max)
    .map((c) => c.w);
}

/**
 * The query with each word the vocabulary lacks replaced by its nearest word there; null when
 * no word needs or has a correction.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | null {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query.split(' ').map((word) => {
    const bare = word.toLocaleLowerCase('en').replace(/[^\p{L}]/gu, '');
    if (bare.length < MIN_CORRECTED_LENGTH || bare.length !== word.length || known.has(bare)) return word;
    const best = nearestWords(bare, vocabulary, 1)[0];
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? words.join(' ') : null;
}

/**
 * True when a word of the query (of {@link MIN_CORRECTED_LENGTH} letters or more) is in no word of
 * the vocabulary, not even as its start. Pagefind matches a word it has, or words that begin with
 * it ("Ducharm" finds "ducharme"); what it returns for a word that is neither matched something
 * else (for "Zheijang", the "zh" of "zh-hans"), so a search that "found" pages for such a word
 * found nothing the reader asked for, and the nearest word is the better search.
 */
export function hasUnknownWord(query: string, vocabulary: readonly string[]): boolean {
  return query.split(' ').some((word) => {
    const bare = word.toLocaleLowerCase('en').replace(/[^\p{L}]/gu, '');
    if (bare.length < MIN_CORRECTED_LENGTH || bare.length !== word.length) return false;
    return !vocabulary.some((w) => w.startsWith(bare));
  });
}

/** The words of a text as the vocabulary keeps them: lower-case, letters only, {@link MIN_CORRECTED_LENGTH} or longer, each once, sorted. */
export function vocabularyOf(text: string): string[] {
  const words = new Set<string>();
  for (const m of text.toLocaleLowerCase('en').matchAll(/\p{L}+/gu)) if (m[0].length >= MIN_CORRECTED_LENGTH) words.add(m[0]);
  return [...words].sort();
}
