/**
 * Splits a seed into passages (paragraphs) with stable ids.
 *
 * The ids are positional (`p1`, `p2`, …: the n-th non-blank line). That is safe only
 * because the seeds never change: `seeds/SHA256SUMS` pins every byte and a test fails
 * if a seed is edited, so a passage id published in a link keeps pointing at the same words.
 */

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
