/**
 * Text normalisation for matching a writer's excerpt against a seed.
 *
 * Writers type straight quotes and hyphens; the seeds contain curly quotes, em dashes
 * and stray spacing. Both sides are normalised the same way before comparison, and the
 * mapping back to the original characters is kept so the cited words can be marked in
 * the seed's own text.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
// Zero-width characters are invisible to writers, so they must not break a match.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/;

/** A normalised string plus, for each of its characters, the index of the original character. */
export interface NormalizedText {
  text: string;
  map: number[];
}

/** Maps one character to its normalised form ('' drops it, ' ' marks whitespace). */
function normalizeChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (/\s/u.test(ch)) return ' ';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u2026') return '...';
  return ch;
}

/**
 * Normalises quotes, apostrophes, dashes and whitespace, keeping a map to the original
 * indices. Whitespace runs collapse to one space; leading and trailing space is dropped.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const source = input.normalize('NFC');
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const out = normalizeChar(source.charAt(i));
    if (out === '') continue;
    if (out === ' ') {
      if (text.length === 0 || text.endsWith(' ')) continue;
    }
    for (const c of out) {
      text += c;
      map.push(i);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map };
}

/** Normalises a string for comparison (see {@link normalizeWithMap}). */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}

/** Counts the words of a string, as a writer would count them. */
export function countWords(input: string): number {
  const text = normalizeText(input);
  return text === '' ? 0 : text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
