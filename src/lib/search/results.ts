/**
 * Turns Pagefind's page results into section results: each one a page title, a section title,
 * an excerpt and a link to the section's anchor, best first. A reader searching "one-minute"
 * wants the section on the one-minute rule, not the page that mentions it most.
 */
import type { Segment } from '../marks';
import { parseExcerpt } from './excerpt';
import { highlightTerms, shareOfTermsIn, stemTerm } from './terms';
import { hanQuestionWords, hanTerms, hasHan, holdsHanPhrase, occurrences, sectionTexts, shareOfHanTerms, UNSPACED } from './han';
import { withHighlight } from './url';
import { paragraphNumber, passageSearchTitle, withoutHeading, withoutParagraphLabel } from './passage-search-title';

/** The parts of a Pagefind sub-result (a page's section) this code reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the section starts at a heading with an id; absent for the top of the page. */
  anchor?: { id: string; location?: number | undefined } | undefined;
  /** Each matched word: its score and its position among the page's words. */
  weighted_locations: readonly { balanced_score: number; location?: number | undefined }[];
}

/** The parts of a Pagefind result's data (one page) this code reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's indexed text, words separated by spaces (anchor locations count these words). */
  content?: string | undefined;
  sub_results: readonly PagefindSubResult[];
}

/** A page result: Pagefind's score and the page's loaded data. */
export interface ScoredPage {
  score: number;
  data: PagefindResultData;
  /** The same page's data as an alias variant's search found it (other word locations), if any. */
  alternatives?: readonly PagefindResultData[] | undefined;
}

/** One section that matches a search. */
export interface SectionHit {
  pageTitle: string;
  /** The section's heading, or null when the match is above the page's first section. */
  sectionTitle: string | null;
  /** The section's link, with `?highlight=` so the page marks the words. */
  url: string;
  excerpt: Segment[];
  score: number;
  /** The page's own link, without section: results are grouped by it. */
  pageUrl: string;
  /** True for a passage on a source's page (/sources/<slug>/), false for the explainer. */
  inSources: boolean;
}

/**
 * A section of a reference page (the people, the timeline, the sources' index) scores this share:
 * such a page has an entry, with its name as a heading, for everything the explainer explains, and
 * the explanation should come first. (Their words also weigh less in the index: weights.ts.)
 */
export const REFERENCE_FACTOR = 0.45;

/**
 * A section of the home page scores this share. The home page tells the whole story in brief
 * (the key figures, the case in a few paragraphs), so it names every subject once; the page that
 * tells a subject in full is the answer. Marked by Pagefind metadata (`kind: summary`), not by its
 * URL, which depends on where the site is served.
 */
export const SUMMARY_FACTOR = 0.5;
export const SUMMARY_KIND = 'summary';
/**
 * Sections that sum a page up in a list (KeyFacts.astro's "Key facts", the home page's "Key
 * figures") score as the home page does: each names a subject that a section below tells in full.
 */
export const SUMMARY_SECTIONS: ReadonlySet<string> = new Set(['key-facts', 'key-figures']);

/** True for a reference page's URL: /people/, /timeline/ or /sources/ (with or without a base path). */
export function isReferencePage(url: string): boolean {
  return /\/(?:people|timeline|sources)\/?(?:[?#]|$)/.test(url);
}

/**
 * True for the about page's URL, in any edition: it tells how the site works, not the case, so its
 * sections score as a reference page's do. A query about the site ("how to cite this site") still
 * finds it, since nothing else holds those words; a query about the case that happens to share a
 * word or a number with it ("47 page complaint") does not put it above the explainer.
 */
export function isAboutPage(url: string): boolean {
  return /\/about\/?(?:[?#]|$)/.test(url);
}

/** True for the URL of a source's own page, where the passages are (not the /sources/ index). */
export function isSourcePage(url: string): boolean {
  return /\/sources\/[^/?#]+\/?(?:[?#]|$)/.test(url);
}

/** The first words of a section's text after its heading, from the page's indexed content. */
function wordsAfter(content: string | undefined, location: number | undefined, heading: string): string {
  if (content === undefined || location === undefined) return '';
  const skip = heading.split(/\s+/).filter((w) => w !== '').length;
  return content
    .split(/\s+/)
    .slice(location + skip, location + skip + 12)
    .join(' ')
    .replace(/^\.\s*/, '');
}

/** How much more a section whose heading names every searched word scores than one whose heading names none. */
export const HEADING_BONUS = 1;

/**
 * How much more a section scores whose heading has the question's word ("where is Jin now" and
 * "Where the case stands"). The question words are not searched (they are in every page), but a
 * heading that starts the same way answers the question.
 */
export const QUESTION_BONUS = 1.5;

const QUESTION_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'how']);

/** The question words of what the reader typed ("where is Jin now" → ["where"]). */
export function questionWordsOf(query: string): string[] {
  return [...new Set(query.toLocaleLowerCase('en').split(/[^\p{L}]+/u))].filter((w) => QUESTION_WORDS.has(w));
}

/**
 * True when a heading starts with a question word the reader did not ask ("Who Xinjiang Jin is"
 * for "where is Jin now"): the section answers another question about the same subject, so naming
 * the subject in its heading earns it no bonus over the section that answers this one.
 */
export function answersOtherQuestion(title: string, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  const first =
    title
      .trim()
      .toLocaleLowerCase('en')
      .split(/[^\p{L}]+/u)[0] ?? '';
  return QUESTION_WORDS.has(first) && !asked.includes(first);
}

/**
 * The top of a page (its title and lede, above the first section) scores this share: the page's
 * title names its subject ("The case against Xinjiang Jin") and so matches every search for it,
 * while the section on the subject ("Who Xinjiang Jin is") is the answer.
 */
export const TOP_OF_PAGE_FACTOR = 0.5;

/**
 * How much more a section scores whose heading or excerpt holds the reader's words as one phrase,
 * in their order ("Humane China" in the entry that names the group so): a phrase is the strongest
 * sign of what a reader of two or more words is looking for, and Pagefind scores words one by one.
 */
export const PHRASE_BONUS = 2;

/** The lower-case words of a text or of HTML (tags dropped), for phrase matching. */
function phraseWords(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** True when `text` (plain or HTML) holds the two or more words of `query` side by side, in order. */
export function holdsPhrase(text: string, query: string): boolean {
  // Two or more words as typed: "one-minute" is one word, which Pagefind already scores.
  if (query.trim().split(/\s+/).length < 2) return false;
  const words = phraseWords(query);
  if (words.length < 2) return false;
  return ` ${phraseWords(text).join(' ')} `.includes(` ${words.join(' ')} `);
}

/**
 * True when the section has as many matched words in a row as the reader typed words (two or
 * more): the phrase, wherever it stands in the section, even outside the excerpt's window.
 */
export function matchesInARow(sub: Pick<PagefindSubResult, 'weighted_locations'>, query: string): boolean {
  const wanted = query
    .trim()
    .split(/\s+/)
    .filter((w) => phraseWords(w).length > 0).length;
  if (wanted < 2) return false;
  const at = new Set(sub.weighted_locations.flatMap((w) => (w.location === undefined ? [] : [w.location])));
  for (const start of at) {
    let run = 1;
    while (at.has(start + run)) run++;
    if (run >= wanted) return true;
  }
  return false;
}

/** A word as the index compares it: lower-case, letters and digits only ("U.S." → "us"). */
const bareWord = (word: string): string => word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * True when an indexed word is a match of a searched term, as Pagefind matches them: the word
 * starts with the term's stem ("closed" for "close", "pages" for "page"), or the term starts with
 * the word's first letters (Pagefind stems "activists" to "activist").
 */
export function wordMatchesTerm(word: string, term: string): boolean {
  const w = bareWord(word);
  const t = bareWord(term);
  if (w === '' || t === '') return false;
  const stem = bareWord(stemTerm(term));
  return w.startsWith(stem === '' ? t : stem) || (w.length >= 3 && t.startsWith(w));
}

/**
 * The share (0 to 1) of the terms that a section matches: each of its matched words (Pagefind's
 * word locations in the page's text) is credited to the terms it matches.
 */
export function termCoverage(words: readonly string[], locations: readonly (number | undefined)[], terms: readonly string[]): number {
  if (terms.length === 0) return 1;
  const matched = locations.flatMap((at) => (at === undefined || words[at] === undefined ? [] : [words[at]]));
  return terms.filter((term) => matched.some((word) => wordMatchesTerm(word, term))).length / terms.length;
}

/**
 * A section's score is multiplied by its term coverage to this power: a section that holds every
 * word the reader asked about ("47", "page" and "complaint" in the section on the charges) is the
 * answer, and beats one that repeats only one of them, however often ("complaint" in every
 * section of the case). Squared, so that two words of three (0.44) lose clearly to three of three.
 */
export const COVERAGE_POWER = 2;

const sectionWeight = (sub: PagefindSubResult): number => sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);

/**
 * Ranks the sections of the given pages. A section scores its page's score times the square root
 * of its share of the page's matches: one strong section of a good page beats the many passing
 * mentions of a page that covers the subject in several places, and the root keeps a page's
 * ranking from being split away entirely among its sections. A section whose heading names the
 * searched words is about them: its score grows by {@link HEADING_BONUS} times itself if the
 * heading names every word, in proportion if it names some. Ties keep page order, then section order.
 */
export function rankSections(
  pages: readonly ScoredPage[],
  query: string,
  highlight = query,
  asked = query,
  variants: readonly string[] = [],
): SectionHit[] {
  // A heading is judged by the reader's words or by a variant's, whichever it names more of ("1 minute" and "The one-minute rule").
  const termLists = [query, ...variants].map(highlightTerms);
  const headingShare = (title: string): number => Math.max(...termLists.map((terms) => shareOfTermsIn(title, terms)));
  const questions = questionWordsOf(asked);
  // A query in Chinese is ranked on the sections' own text (han.ts): Pagefind's word locations
  // count its own Chinese words, which the page's text cannot be split back into.
  const han = hasHan(query);
  // The reader's words and each alias variant's ("国安部" and "国家安全部"), as lists of words.
  const hanLists = [query, ...variants].map(hanTerms);
  const bestOf = (measure: (terms: string[]) => number): number => Math.max(...hanLists.map(measure));
  const hanAsked = han ? hanQuestionWords(asked) : [];
  // The reader's words as a phrase, or a variant's ("1 million users" for "one million users"):
  // a page found through a variant has the variant's word locations.
  const phraseIn = (sub: PagefindSubResult, excerpt: string): boolean =>
    [query, ...variants].some((words) => holdsPhrase(`${sub.title.trim()} ${excerpt}`, words) || matchesInARow(sub, words));
  // When only a reference page's entry holds the reader's words in a row (a name the explainer
  // never uses, such as "Humane China"), that entry is the answer, and it keeps its full score.
  // The reader's own words, as written, in a Latin query: a variant's ("Humanitarian China") is the
  // name the explainer does use, and Pagefind's word locations match "Humane" in "Humanitarian"
  // too. (A Chinese query's locations are Pagefind's own words, which only they can line up.)
  const explainerHasPhrase = pages.some(
    ({ data }) =>
      !isReferencePage(data.url.replace(/[?#].*$/, '')) &&
      !isSourcePage(data.url.replace(/[?#].*$/, '')) &&
      data.sub_results.some(
        (sub) => sub.anchor && (han ? phraseIn(sub, sub.excerpt) : holdsPhrase(`${sub.title.trim()} ${sub.excerpt}`, query)),
      ),
  );
  /** A section's coverage of the reader's words or a variant's (whichever is higher), or of the reader's words alone. */
  const coverageOf = (data: PagefindResultData, lists = termLists): ((sub: PagefindSubResult) => number) => {
    if (data.content === undefined) return () => 1;
    const words = data.content.split(/\s+/);
    const locations = (sub: PagefindSubResult) => sub.weighted_locations.map((w) => w.location);
    return (sub) => Math.max(...lists.map((terms) => termCoverage(words, locations(sub), terms)));
  };
  // When a section of the explainer holds the reader's words as a phrase, a reference entry (a person's
  // card, a timeline event) is an index to it: its heading, which is the very name searched
  // ("Sean Joyce"), earns it no heading or phrase bonus over the section that tells the story.
  const explainerCovers = pages.some(({ data: first, alternatives = [] }) =>
    [first, ...alternatives].some((data) => {
      const url = data.url.replace(/[?#].*$/, '');
      if (isReferencePage(url) || isSourcePage(url)) return false;
      const covered = coverageOf(data, termLists.slice(0, 1));
      // Two words or more, together there as the reader typed them: a single word ("Brookings",
      // "MSS") the explainer may name in passing while the entry says what it is; and a spelling
      // the explainer never uses ("Humane China") is answered by the entry that names it.
      return data.sub_results.some((sub) => sub.anchor && covered(sub) === 1 && holdsPhrase(`${sub.title.trim()} ${sub.excerpt}`, query));
    }),
  );
  const hits: { hit: SectionHit; page: number; section: number }[] = [];
  pages.forEach(({ score, data: first, alternatives = [] }, page) => {
    [first, ...alternatives].forEach((data) => rankPage(score, data, page));
  });
  function rankPage(score: number, data: PagefindResultData, page: number): void {
    // A page in Chinese, whatever the query's script ("MSS", "Jin"): its word locations are Pagefind's Chinese words.
    const textual = han || (data.content !== undefined && UNSPACED.test(data.content));
    const texts = textual
      ? sectionTexts(
          data.content ?? '',
          data.sub_results.map((sub) => ({ title: sub.title.trim(), anchored: sub.anchor !== undefined })),
        )
      : [];
    const weights =
      textual && data.content !== undefined
        ? texts.map((text) => bestOf((terms) => occurrences(text, terms)))
        : data.sub_results.map(sectionWeight);
    const total = weights.reduce((a, b) => a + b, 0);
    const pageTitle = data.meta['title']?.trim() || data.url;
    const pageUrl = data.url.replace(/[?#].*$/, '');
    const inSources = isSourcePage(pageUrl);
    const covered = coverageOf(data);
    const coverage = (sub: PagefindSubResult, section: number): number =>
      (textual && data.content !== undefined ? bestOf((terms) => shareOfHanTerms(texts[section] ?? '', terms)) : covered(sub)) **
      COVERAGE_POWER;
    const headingOf = (title: string): number => (textual ? bestOf((terms) => shareOfHanTerms(title, terms)) : headingShare(title));
    const asksThis = (title: string): boolean =>
      han ? hanAsked.some((w) => title.includes(w)) : questions.length > 0 && shareOfTermsIn(title, questions) > 0;
    const indexEntry = isReferencePage(pageUrl) && explainerCovers;
    const kindFactor =
      isReferencePage(pageUrl) || isAboutPage(pageUrl) ? REFERENCE_FACTOR : data.meta['kind'] === SUMMARY_KIND ? SUMMARY_FACTOR : 1;
    data.sub_results.forEach((sub, section) => {
      const share = total > 0 ? (weights[section] ?? 0) / total : 1 / data.sub_results.length;
      const title = sub.title.trim();
      const paragraph = inSources ? paragraphNumber(title) : null;
      const excerpt = sub.excerpt || (sub.anchor ? '' : data.excerpt);
      const phrase = textual
        ? [query, asked, ...variants].some((words) => holdsHanPhrase(`${title} ${texts[section] || excerpt}`, words))
        : phraseIn(sub, excerpt);
      const sectionKind = kindFactor === REFERENCE_FACTOR && phrase && !explainerHasPhrase ? 1 : kindFactor;
      hits.push({
        page,
        section,
        hit: {
          pageTitle,
          sectionTitle:
            paragraph !== null
              ? passageSearchTitle(pageTitle, paragraph, wordsAfter(data.content, sub.anchor?.location, title))
              : sub.anchor && title !== ''
                ? title
                : null,
          url: withHighlight(sub.url, highlight),
          excerpt:
            paragraph !== null
              ? parseExcerpt(withoutParagraphLabel(excerpt))
              : sub.anchor && title !== ''
                ? withoutHeading(parseExcerpt(excerpt), title)
                : parseExcerpt(excerpt),
          score: sub.anchor
            ? sectionKind *
              (SUMMARY_SECTIONS.has(sub.anchor.id) ? SUMMARY_FACTOR : 1) *
              score *
              Math.sqrt(share) *
              (indexEntry || answersOtherQuestion(title, questions) ? 1 : 1 + HEADING_BONUS * headingOf(title)) *
              (asksThis(title) ? 1 + QUESTION_BONUS : 1) *
              (phrase && !indexEntry ? 1 + PHRASE_BONUS : 1) *
              coverage(sub, section)
            : kindFactor * score * Math.sqrt(share) * TOP_OF_PAGE_FACTOR * coverage(sub, section),
          pageUrl,
          inSources,
        },
      });
    });
    // A page with no sections still is a result (a filter-only search returns such pages).
    if (data.sub_results.length === 0) {
      hits.push({
        page,
        section: 0,
        hit: {
          pageTitle,
          sectionTitle: null,
          url: withHighlight(data.url, highlight),
          excerpt: parseExcerpt(data.excerpt),
          score,
          pageUrl,
          inSources,
        },
      });
    }
  }
  // A section scored under several queries' word locations keeps its best score (sorted first).
  const seen = new Set<string>();
  return hits
    .sort((a, b) => b.hit.score - a.hit.score || a.page - b.page || a.section - b.section)
    .map((h) => h.hit)
    .filter((hit) => !seen.has(hit.url) && seen.add(hit.url));
}

/** A page and its matching sections, as the results list them. */
export interface PageGroup {
  pageTitle: string;
  pageUrl: string;
  inSources: boolean;
  hits: SectionHit[];
}

/**
 * Sections grouped under their page: the explainer's sections first, then the sources' passages
 * (a source repeats the words the explainer explains, and the reader wants the explanation). Rank
 * order is kept: a run of sections from one page shares one heading, and a page whose weaker
 * sections rank below another page's comes again further down.
 */
export function groupByPage(hits: readonly SectionHit[]): PageGroup[] {
  const ordered = [...hits.filter((h) => !h.inSources), ...hits.filter((h) => h.inSources)];
  const groups: PageGroup[] = [];
  for (const hit of ordered) {
    const last = groups.at(-1);
    if (last && last.pageUrl === hit.pageUrl) last.hits.push(hit);
    else groups.push({ pageTitle: hit.pageTitle, pageUrl: hit.pageUrl, inSources: hit.inSources, hits: [hit] });
  }
  return groups;
}

/** The hits in the order the grouped list shows them ({@link groupByPage}): the explainer's first, each part in rank order. */
export function inPageOrder(hits: readonly SectionHit[]): SectionHit[] {
  return groupByPage(hits).flatMap((g) => g.hits);
}
