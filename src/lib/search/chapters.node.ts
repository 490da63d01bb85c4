/**
 * The English pages are indexed for search in chapters, not whole. A search downloads the data
 * of the first few records Pagefind ranks (src/scripts/search-engine.ts), and a whole page's is up
 * to 10 KB gzipped (/case/), most of it sections the reader did not ask about. A chapter is a run
 * of a page's sections, from one heading to another, of at least {@link CHAPTER_WORDS} words: small
 * enough that three of them cost less than one long page, long enough that the words of a
 * question usually fall in one of them (Pagefind finds a record only when it holds every word).
 * Measured with bench:search: whole pages 107.5 KB to the first result (median), chapters of 500
 * words 92.8 KB, the table of pages included.
 *
 * Each chapter is indexed as a page of its own, with the page's title, filters and metadata, at
 * the page's URL with the chapter's first heading as its fragment ("/case/#who-is-jin"), so its
 * results still group under the page. The build writes which page each record belongs to
 * (record-pages.ts), so that counts are of pages.
 *
 * Plain Node imports this file (scripts/build.mjs): no extensionless imports.
 */
import { ELEMENT_NODE, parse, renderSync, type Node } from 'ultrahtml';

/**
 * A chapter's least length, in words. By bench:relevance (en top-1 / top-3): 300 gave 85.0 / 90.0%,
 * 400 86.7 / 91.7%, 450 83.3 / 91.7%, 500 81.7 / 93.3%, 600 83.3 / 90.0%; whole pages 75.0 / 91.7%.
 * 500 leaves the widest margin on both targets.
 */
export const CHAPTER_WORDS = 500;

/** What Pagefind indexes for one chapter: its URL and a page of HTML that holds only the chapter. */
export interface ChapterRecord {
  url: string;
  html: string;
}

/** Removes what Pagefind would leave out (data-pagefind-ignore, except "index", which keeps metadata and filters). */
function prune(node: Node): void {
  if (!('children' in node) || !Array.isArray(node.children)) return;
  node.children = node.children.filter(
    (child: Node) =>
      !(child.type === ELEMENT_NODE && 'data-pagefind-ignore' in child.attributes && child.attributes['data-pagefind-ignore'] !== 'index'),
  );
  node.children.forEach(prune);
}

/** The number of words in some HTML's text. */
const wordCount = (html: string): number =>
  html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '').length;

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A built page's chapters as Pagefind records, or null when the page has nothing to index (no
 * data-pagefind-body article). The first chapter, at the page's own URL, starts with the title and
 * lede; each next one starts at a second- or third-level heading with an id, once the chapter
 * before has {@link CHAPTER_WORDS} words. Each carries the page's language, its title (for the
 * result, not indexed again), its filters and metadata, and its own part of the article.
 */
export function chapterRecords(page: string, url: string, minWords = CHAPTER_WORDS): ChapterRecord[] | null {
  const article = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/article>/.exec(page);
  if (!article) return null;
  const open = /<article\b[^>]*>/.exec(article[0])?.[0] ?? '<article data-pagefind-body>';
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(page)?.[1] ?? '';
  const tree = parse(article[1] ?? '');
  prune(tree);
  const body = renderSync(tree);
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '';
  // The page's filters and metadata, wherever they are on the page (Pagefind reads them outside the
  // article too), for each chapter that does not hold them itself.
  const filing = [...new Set([...page.matchAll(/\bdata-pagefind-(?:filter|meta)="[^"]*"/g)].map((m) => m[0]))];
  const filingFor = (part: string): string =>
    filing
      .filter((attribute) => !part.includes(attribute))
      .map((attribute) => `<span ${attribute}></span>`)
      .join('');
  const starts = [{ at: 0, id: '' }];
  for (const heading of body.matchAll(/<h[23]\b[^>]*\bid="([^"]+)"/g)) {
    const last = starts[starts.length - 1] as { at: number };
    if (wordCount(body.slice(last.at, heading.index)) >= minWords) starts.push({ at: heading.index, id: heading[1] ?? '' });
  }
  return starts.map(({ at, id }, i) => {
    const part = body.slice(at, starts[i + 1]?.at ?? body.length);
    const head = `${id === '' ? '' : `<h1 data-pagefind-ignore="index">${title}</h1>`}${filingFor(part)}`;
    return {
      url: id === '' ? url : `${url}#${id}`,
      html: `<!doctype html><html lang="${escapeAttribute(lang)}"><body>${open}${head}${part}</article></body></html>`,
    };
  });
}
