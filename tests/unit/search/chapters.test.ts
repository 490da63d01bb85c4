import { describe, expect, it } from 'vitest';
import { chapterRecords } from '../../../src/lib/search/chapters.node';

/** A built page: a header outside the article (with the page's filters, as the site writes them), and an article. */
const page = (article: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><header><div hidden><span data-pagefind-filter="topic:case"></span></div></header>` +
  `<main><article data-pagefind-body class="x">${article}</article></main></body></html>`;

const words = (n: number, word = 'word'): string => Array.from({ length: n }, () => word).join(' ');

describe('chapterRecords', () => {
  it('is null for a page without a data-pagefind-body article', () => {
    expect(chapterRecords('<html lang="en"><body><main>Nothing</main></body></html>', '/x/')).toBeNull();
  });

  it('starts a chapter at a heading with an id once the chapter before has enough words', () => {
    const records = chapterRecords(
      page(
        `<h1>T</h1><p>${words(4)}</p><h2 id="a">A</h2><p>${words(2)}</p><h2 id="b">B</h2><p>${words(3)}</p><h3 id="c">C</h3><p>${words(2)}</p><h2>No id</h2><p>x</p>`,
      ),
      '/case/',
      6,
    );
    expect(records?.map((r) => r.url)).toEqual(['/case/', '/case/#b']);
    // Five words before A: no chapter starts there; eight before B: one does. The first chapter
    // runs to the heading that starts the next, so A's section is in it.
    expect(records?.[0]?.html).toContain('<h2 id="a">A</h2>');
    expect(records?.[0]?.html).not.toContain('id="b"');
    // C's chapter would have four words before it: too few. A heading without an id starts none.
    expect(records?.[1]?.html).toContain('<h3 id="c">C</h3>');
    expect(records?.[1]?.html).toContain('<h2>No id</h2>');
  });

  it('gives each chapter the page language, the article element, the title (not indexed again) and the filters', () => {
    const records = chapterRecords(
      page(`<h1 data-pagefind-weight="2">The case</h1><p>${words(5)}</p><h2 id="b">B</h2><p>y</p>`),
      '/case/',
      5,
    );
    const [top, next] = records ?? [];
    expect(top?.html).toMatch(/^<!doctype html><html lang="en"><body><article data-pagefind-body class="x">/);
    expect(top?.html).toContain('<h1 data-pagefind-weight="2">The case</h1>');
    expect(top?.html).toContain('<span data-pagefind-filter="topic:case"></span>');
    expect(next?.html).toContain('<h1 data-pagefind-ignore="index">The case</h1>');
    expect(next?.html).toContain('<span data-pagefind-filter="topic:case"></span>');
    expect(next?.html.match(/data-pagefind-filter/g)).toHaveLength(1);
  });

  it('leaves out what Pagefind would ignore, so that notes split from their ignored wrapper are not indexed', () => {
    const records = chapterRecords(
      page(
        `<h1>T</h1><p>${words(5)}</p><section data-pagefind-ignore><h2 id="notes">Notes</h2><ol><li>quoted source text</li></ol></section><p data-pagefind-ignore="index">kept<span data-pagefind-meta="kind:summary"></span></p>`,
      ),
      '/t/',
      1,
    );
    expect(records?.map((r) => r.url)).toEqual(['/t/']);
    expect(records?.[0]?.html).not.toContain('quoted source text');
    expect(records?.[0]?.html).toContain('kind:summary');
  });

  it('counts the words of the text, not of the markup', () => {
    const html = page(`<h1>T</h1><p><a href="/a/" class="b c d e f g">one</a> two</p><h2 id="b">B</h2><p>z</p>`);
    expect(chapterRecords(html, '/t/', 4)?.map((r) => r.url)).toEqual(['/t/']);
    expect(chapterRecords(html, '/t/', 3)?.map((r) => r.url)).toEqual(['/t/', '/t/#b']);
  });
});
