/**
 * What a reader typed, made safe and useful to search: invisible characters removed, spaces
 * collapsed, and a length limit, so a pasted page of text cannot stall the search engine.
 */

/** The longest query that is searched; the rest is dropped (a name or a phrase is far shorter). */
export const MAX_QUERY_LENGTH = 200;

/** The longest echo of a query in a message such as "No results for …". */
export const MAX_ECHO_LENGTH = 60;

// Zero-width spaces and joiners, word joiner, BOM and bidirectional controls: invisible, and a
// word containing one ("Zo\u200Bom") would match nothing.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Normalises a query for searching: NFC, no invisible characters, single spaces, at most {@link MAX_QUERY_LENGTH} characters. */
export function normalizeQuery(raw: string): string {
  const clean = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  if (clean.length <= MAX_QUERY_LENGTH) return clean;
  // Never cut a surrogate pair (an emoji) in half.
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The query as shown back to the reader in a message, shortened with an ellipsis when long. */
export function echoQuery(query: string): string {
  const chars = Array.from(query);
  return chars.length <= MAX_ECHO_LENGTH ? query : `${chars.slice(0, MAX_ECHO_LENGTH - 1).join('')}…`;
}

// A character that is a word by itself: a digit, or one of a script written without spaces.
const WORD_ALONE = /[\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True when a normalised query is worth searching: two characters or more, or a single digit or
 * Chinese, Japanese or Korean character. A single letter matches nearly every page, and searching
 * it would download index and page data for results nobody reads.
 */
export function isSearchable(query: string): boolean {
  const chars = Array.from(query);
  return chars.length >= 2 || (chars.length === 1 && WORD_ALONE.test(query));
}
