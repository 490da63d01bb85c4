/**
 * The Simplified form of each character of the Traditional edition, so that a query typed in
 * Traditional Chinese is split into words as the same query in Simplified is. The browser's word
 * splitter (Intl.Segmenter) knows the two scripts' words differently: it keeps "訴狀" and "一百萬"
 * whole but splits "诉|状" and "一|百万", and it glues a question word to its verb ("做什麼") in
 * Traditional only. Searched as split, the Traditional edition answered fewer queries than the
 * Simplified (bench:relevance, 44 queries: top-3 84.1% against 90.9%), though its pages say the same.
 *
 * The build reads the map off the two editions' built pages (scripts/build.mjs): the Traditional
 * edition is the Simplified converted character by character (src/lib/i18n/opencc.node.ts), so
 * the two texts of a page line up.
 */

/** The map file's name, in the site's /search/ folder. */
export const SIMPLIFIED_FORMS_FILE = 'han-simplified.txt';

/** A character in a script without spaces that the map takes: one UTF-16 unit, so indexes line up. */
const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * The map file's text from pairs of the same text in Traditional and Simplified: a line per
 * Traditional character that differs from its Simplified form ("訴诉"), sorted. A character seen
 * with two Simplified forms keeps the more frequent. Pairs whose texts do not line up character
 * for character are skipped (an override that changes a phrase's length): they are counted.
 */
export function simplifiedForms(pairs: Iterable<readonly [traditional: string, simplified: string]>): {
  text: string;
  characters: number;
  skipped: number;
} {
  const seen = new Map<string, Map<string, number>>();
  let skipped = 0;
  for (const [traditional, simplified] of pairs) {
    if (traditional.length !== simplified.length) {
      skipped++;
      continue;
    }
    for (let i = 0; i < traditional.length; i++) {
      const t = traditional[i] as string;
      const s = simplified[i] as string;
      if (t === s || !HAN_CHAR.test(t) || !HAN_CHAR.test(s)) continue;
      const counts = seen.get(t) ?? new Map<string, number>();
      counts.set(s, (counts.get(s) ?? 0) + 1);
      seen.set(t, counts);
    }
  }
  const lines = [...seen.entries()]
    .map(([t, counts]) => t + [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0])
    .sort();
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', characters: lines.length, skipped };
}

/** Reads the map file: each line a Traditional character and its Simplified form; other lines are ignored. */
export function parseSimplifiedForms(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [t, s, ...rest] = line;
    if (t?.length === 1 && s?.length === 1 && rest.length === 0 && HAN_CHAR.test(t) && HAN_CHAR.test(s)) map.set(t, s);
  }
  return map;
}

/** A text with each mapped character in its Simplified form; the same length, so a split of one is a split of the other. */
export function inSimplifiedForms(text: string, forms: ReadonlyMap<string, string>): string {
  if (forms.size === 0) return text;
  let out = '';
  for (const char of text) out += forms.get(char) ?? char;
  return out;
}
