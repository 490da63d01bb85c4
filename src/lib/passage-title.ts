/**
 * What a source passage is, in one line: "Axios, 18 December 2020, ¶ 7: “Xinjiang Jin, also known
 * as…”". The passage's heading on its source page says it, and search results name a passage
 * the same way, so a reader knows it as one thing wherever it appears.
 */
import { formatDate } from './dates';

/** What a passage's title needs to know of its source (a content/sources.json entry has it). */
export interface TitledSource {
  /** The publishing outlet, or null when the text names none. */
  outlet: string | null;
  /** The short name the site gives the source; stands in for a missing outlet. */
  shortName: string;
  /** Publication date (YYYY-MM-DD), or null when the text gives none. */
  date: string | null;
}

/** How many words of a passage its title quotes: enough to recognise it, short enough to scan. */
export const OPENING_WORDS = 5;

/** The longest opening a title quotes, in characters, so a run of long words (a URL) stays short. */
const OPENING_MAX_CHARS = 48;

/**
 * A lead-in label that opens a paragraph in the Axios house style ("Details:", "Why it matters:",
 * "What they're saying:"): a few capitalised words and a colon. It says what kind of paragraph
 * follows, not what it says, so the title skips it.
 */
const LEAD_IN = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,3}: (?=\S)/u;

/** Double quotes inside the title's own “…” become single ones, as nested quotations do. */
const nestQuotes = (text: string): string =>
  text
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');

/**
 * The first words of a passage, for its title: without a list bullet or a lead-in label, at most
 * `maxWords` words (and about 48 characters), ending in "…" when words were left out. Double
 * quotes become single ones, since the title quotes the words in “…”.
 */
export function openingWords(text: string, maxWords: number = OPENING_WORDS): string {
  const body = text
    .trim()
    .replace(/^[•·▪◦‣*-]\s+/u, '')
    .replace(LEAD_IN, '');
  const words = body.split(/\s+/).filter((w) => w !== '');
  const kept: string[] = [];
  for (const word of words.slice(0, Math.max(1, maxWords))) {
    if (kept.length > 0 && [...kept, word].join(' ').length > OPENING_MAX_CHARS) break;
    kept.push(word);
  }
  const opening = nestQuotes(kept.join(' '));
  if (kept.length === words.length) return opening;
  // A cut sentence ends in the ellipsis alone, not in the comma or colon that stood there.
  return `${opening.replace(/[\s,;:—–-]+$/u, '')}…`;
}

/**
 * A passage's title: the outlet (or the site's short name for a source without one), the date
 * where the text gives one, the paragraph's number and its first words in quotation marks.
 */
export function passageTitle(source: TitledSource, passage: { index: number; text: string }): string {
  const name = source.outlet ?? source.shortName;
  const date = source.date ? `, ${formatDate(source.date)}` : '';
  return `${name}${date}, ¶ ${passage.index}: “${openingWords(passage.text)}”`;
}
