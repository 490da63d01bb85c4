/**
 * The words to highlight on a page a reader reached from a search. Pagefind matches word
 * prefixes and stems ("charged" finds "charges"), so the highlight does too, closely enough
 * that the reader sees why the section matched; and it treats the spellings the site mixes
 * (hyphen or space, straight or curly apostrophe) as the same.
 */
import type { Span } from '../marks';
import { hanTerms, UNSPACED } from './han';
import { normalizeQuery } from './query';

const WORDISH = /[\p{L}\p{N}]/u;
/** A word of one Chinese character. */
const singleHan = (word: string): boolean => Array.from(word).length === 1 && UNSPACED.test(word);
const SUFFIXES = ['ies', 'ing', 'ed', 'es', 's'];

/** A Chinese token's terms: itself, unless it only asks ("是谁"), and its words of two characters or more. */
function hanHighlights(token: string): string[] {
  const words = hanTerms(token);
  if (words.length === 0) return [];
  return [token, ...words.filter((w) => w !== token.toLocaleLowerCase('en') && !singleHan(w))];
}

/** The distinct terms of a query worth highlighting, longest first (a term is a word, or a hyphenated or dotted compound). */
export function highlightTerms(query: string): string[] {
  const seen = new Map<string, string>();
  // Chinese has no spaces between words: a Chinese query is marked as typed where the page has it
  // whole, and each of its words of two characters or more elsewhere (han.ts): "数据存放在中国"
  // marks "数据", "存放" and "中国" wherever each stands, but not every "一" of "一分钟规定".
  const tokens = normalizeQuery(query)
    .split(' ')
    .flatMap((token) => (UNSPACED.test(token) ? hanHighlights(token) : [token]));
  for (const token of tokens) {
    const term = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!WORDISH.test(term)) continue;
    // A single letter would light up every word that starts with it.
    if (Array.from(term).length < 2 && !/\p{N}/u.test(term) && !UNSPACED.test(term)) continue;
    const key = term.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, term);
  }
  return [...seen.values()].sort((a, b) => b.length - a.length);
}

// Only the characters the `u` flag allows to be escaped (a hyphen never reaches here).
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Drops a common English ending from the last word of a term, so "meetings" also finds "meeting". */
export function stemTerm(term: string): string {
  const lower = term.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && /\p{L}{3}$/u.test(term.slice(0, -suffix.length))) return term.slice(0, -suffix.length);
  }
  return term;
}

/** The pattern source for one term: flexible separators and apostrophes, and any ending after the stem. */
function termSource(term: string): string {
  const stemmed = /\p{L}$/u.test(term) ? stemTerm(term) : term;
  const body = Array.from(stemmed)
    .map((ch) => {
      if (/[-‐‑‒–—\s]/u.test(ch)) return '[-‐‑‒–—\\s]?';
      if (/['’ʼ]/u.test(ch)) return "['’ʼ]";
      return escapeRegExp(ch);
    })
    .join('');
  return UNSPACED.test(term) ? body : `(?<![\\p{L}\\p{N}])${body}[\\p{L}\\p{M}\\p{N}]*`;
}

/** A case-insensitive pattern that finds any of the terms in a text, or null when there is nothing to find. */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(terms.map(termSource).join('|'), 'giu');
}

/** The spans of `text` that the pattern matches. */
export function findHighlights(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  for (const m of text.matchAll(global)) {
    if (m[0] !== '') spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The share (0 to 1) of the terms that occur in `text`, matched as {@link highlightPattern} matches them. */
export function shareOfTermsIn(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  return terms.filter((term) => highlightPattern([term])?.test(text)).length / terms.length;
}
