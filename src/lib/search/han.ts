/**
 * Searching in Chinese. Pagefind splits Chinese into words when it indexes and when it searches,
 * but the word locations it returns count its own words, which a reader of the page's text cannot
 * recover (the text has no spaces to count by): the English ranking's measures, built on those
 * locations, see nothing in a Chinese section. So a query written in Chinese is ranked on the
 * sections' own text, cut from the page's content at their headings (results.ts), with the query
 * split into words as the browser splits them (Intl.Segmenter) and its function words left out.
 */
import { inSimplifiedForms } from './han-forms';

/** A character of a script written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** True when a query has Chinese (or other unspaced) characters, and so is ranked on the sections' text. */
export function hasHan(query: string): boolean {
  return UNSPACED.test(query);
}

/**
 * Words that say how a question is asked, not what about ("Jin 是谁", "中国法律要求员工做什么"),
 * in Simplified and Traditional: searched, they match every page. Question words are kept apart
 * ({@link HAN_QUESTION_WORDS}): a heading that has one answers that question.
 */
const FUNCTION_WORDS = new Set([
  '的',
  '是',
  '在',
  '了',
  '吗',
  '嗎',
  '呢',
  '吧',
  '和',
  '与',
  '與',
  '及',
  '或',
  '被',
  '把',
  '对',
  '對',
  '有',
  '个',
  '個',
  '这',
  '這',
  '那',
  '之',
  '也',
  '都',
  '就',
  '又',
  '还',
  '還',
  '现在',
  '現在',
  '一个',
  '一個',
]);

/** Question words, Simplified and Traditional: left out of the search, kept for the heading that answers them. */
export const HAN_QUESTION_WORDS: ReadonlySet<string> = new Set([
  '谁',
  '誰',
  '什么',
  '什麼',
  '哪里',
  '哪裡',
  '哪儿',
  '哪兒',
  '为什么',
  '為什麼',
  '为何',
  '為何',
  '怎么',
  '怎麼',
  '如何',
  '怎样',
  '怎樣',
  '何时',
  '何時',
  '多少',
]);

let segmenter: Intl.Segmenter | undefined;

/** The Simplified form of the Traditional edition's characters, once its search has loaded them (han-forms.ts). */
let simplified: ReadonlyMap<string, string> = new Map();

/**
 * Splits queries as their Simplified form would be split (the Traditional edition's search sets
 * this once its map has loaded: han-forms.ts says why). The words keep the reader's characters.
 */
export function splitAsSimplified(forms: ReadonlyMap<string, string>): void {
  simplified = forms;
}

/** The word-like segments of a text, cut where its Simplified form is cut. */
function wordSegments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  // Same length, character for character: a segment's index and length hold in both texts.
  return [...segmenter.segment(inSimplifiedForms(text, simplified))]
    .filter((s) => s.isWordLike)
    .map((s) => text.slice(s.index, s.index + s.segment.length));
}

/** The words of a text, as the browser splits Chinese: Intl.Segmenter's word-like segments. */
export function hanWords(text: string): string[] {
  return wordSegments(text).map((s) => s.toLocaleLowerCase('en'));
}

/** Function and question words, longest first, for taking them out of a segment. */
const NOT_SEARCHED = [...FUNCTION_WORDS, ...HAN_QUESTION_WORDS].sort((a, b) => b.length - a.length);

/** True for a segment made only of function and question words: the segmenter keeps "是誰" whole. */
function asksOnly(segment: string): boolean {
  let rest = segment;
  for (const word of NOT_SEARCHED) rest = rest.replaceAll(word, '');
  return rest === '';
}

/** The words of a query worth finding: its words without function and question words, each once, in order. */
export function hanTerms(query: string): string[] {
  return [...new Set(hanWords(query).filter((w) => !asksOnly(w)))];
}

/**
 * A Chinese query as searched: its words as typed, less the function and question words, which
 * would otherwise decide the ranking or, absent from every page, find nothing at all
 * ("Jin 現在在哪裡" is a search for "Jin"). Unchanged when nothing would be left.
 */
export function hanContentQuery(query: string): string {
  const kept = wordSegments(query).filter((s) => !asksOnly(s.toLocaleLowerCase('en')));
  return kept.length > 0 ? kept.join(' ') : query;
}

/** Chinese words split by a space put back together ("一 分钟 规定" → "一分钟规定"); Latin words keep their spaces. */
export function joinHan(text: string): string {
  return text.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** The question words a query asks with ("Jin 是谁" → ["谁"]), wherever the segmenter put them. */
export function hanQuestionWords(query: string): string[] {
  const found: string[] = [];
  let rest = query;
  for (const word of [...HAN_QUESTION_WORDS].sort((a, b) => b.length - a.length)) {
    if (!rest.includes(word)) continue;
    found.push(word);
    rest = rest.replaceAll(word, ' ');
  }
  return found;
}

/**
 * The text of each section of a page, cut from the page's content (Pagefind's plain text, which
 * holds each heading's words where the heading stands) at the sections' titles, in order. The
 * first section without a heading is the top of the page. A title not found where expected gives
 * its section no text (it then ranks on its heading alone), and the search goes on from there.
 */
export function sectionTexts(content: string, sections: readonly { title: string; anchored: boolean }[]): string[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const section of sections) {
    if (!section.anchored) {
      starts.push(starts.length === 0 ? 0 : cursor);
      continue;
    }
    const at = section.title === '' ? -1 : content.indexOf(section.title, cursor);
    starts.push(at);
    if (at !== -1) cursor = at + section.title.length;
  }
  return starts.map((start, i) => {
    if (start === -1) return '';
    const next = starts.slice(i + 1).find((s) => s !== -1 && s >= start);
    return content.slice(start, next ?? content.length);
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Where a term occurs: a Chinese word anywhere; a Latin word or number at the start of a word, as
 * Pagefind matches prefixes ("Jin" in "Jin's", not in "Xinjiang").
 */
function termPattern(term: string): RegExp {
  return new RegExp(UNSPACED.test(term) ? escapeRegExp(term) : `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, 'giu');
}

/** How often each term occurs in a text (case-insensitive), summed. */
export function occurrences(text: string, terms: readonly string[]): number {
  return terms.reduce((sum, term) => sum + (term === '' ? 0 : [...text.matchAll(termPattern(term))].length), 0);
}

/** The share (0 to 1) of the terms that occur in a text; 1 when there are none. */
export function shareOfHanTerms(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return 1;
  return terms.filter((t) => t !== '' && termPattern(t).test(text)).length / terms.length;
}

/**
 * True when a text holds the query's words (two or more) together, in order, as typed with or
 * without spaces ("数据存放在中国" in a section that says so), or its searched words together.
 */
export function holdsHanPhrase(text: string, query: string): boolean {
  // Two words or more as typed, question words counted: "Jin 是谁" in the heading "Xinjiang Jin 是谁".
  if (hanWords(query).length < 2) return false;
  const terms = hanTerms(query);
  const squeeze = (s: string): string => s.toLocaleLowerCase('en').replace(/\s+/g, '');
  const body = squeeze(text);
  return body.includes(squeeze(query)) || (terms.length >= 2 && body.includes(terms.join('')));
}
