import { renderSync, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { editionPage } from '../../../src/lib/editions/article';
import type { LinkContext } from '../../../src/lib/editions/ids';

const ctx: LinkContext = {
  page: '/case/',
  base: '/',
  origin: 'https://example.org',
  included: new Set(['/case/', '/people/']),
  fileOf: () => '',
};
const built = (article: string): string =>
  `<!doctype html><html><body><header><a href="/">Site</a></header><main id="main" tabindex="-1"><article data-pagefind-body class="has-toc">${article}</article><section class="cite-page">cite</section></main><script type="module" src="/_astro/x.js"></script></body></html>`;
const render = (content: Node[]): string => renderSync({ type: 0, children: content } as unknown as Node);

describe('editionPage', () => {
  it("unfolds the notes: the phone's fold becomes a plain block without its Show/Hide label", () => {
    const folded = built(
      '<h1>T</h1><section class="notes"><h2 id="notes">Notes</h2><details class="notes-fold" data-notes-fold><summary><span>Show the 1 notes</span></summary><ol><li id="note-1">n</li></ol></details></section>',
    );
    const out = render(editionPage(folded, ctx, false).content);
    expect(out).not.toContain('<details');
    expect(out).not.toContain('Show the 1 notes');
    expect(out).toContain('<div class="notes-fold"><ol><li id="case--note-1">n</li></ol></div>');
  });

  const html = built(
    '<div class="page-head"><h1>The case against Xinjiang Jin</h1></div><nav class="toc"><a href="#charges">Charges</a></nav>' +
      '<div class="heading heading-2"><h2 id="charges">The charges</h2><a class="heading-link" href="#charges">#</a><button type="button" class="heading-cite">Cite</button></div>' +
      '<p>Text about <a href="/people/#xinjiang-jin">Jin</a>.<sup class="note-ref" data-pagefind-ignore><a id="cite-1" href="#note-1-a" aria-label="Note 1">1</a></sup><button class="para-link">¶</button></p>' +
      '<p>See <a href="/search/?q=x">search</a>.</p><div data-edition-omit><p>only online</p></div>' +
      '<section class="notes" aria-labelledby="notes"><h2 id="notes">Notes</h2><ol><li id="note-1"><div class="note-quote" id="note-1-a"><blockquote><p><mark>cited</mark></p></blockquote></div></li></ol></section>',
  );

  it('keeps the text and notes, and drops the chrome, the scripts and what a page marks to omit', () => {
    const page = editionPage(html, ctx, false);
    const out = render(page.content);
    expect(page.title).toBe('The case against Xinjiang Jin');
    expect(out).toContain('<mark>cited</mark>');
    for (const gone of ['toc', 'heading-link', 'button', 'only online', 'cite-page', 'script', 'Site']) expect(out).not.toContain(gone);
  });

  it('prefixes every id and id reference with the page key, and leads links inside the edition', () => {
    const out = render(editionPage(html, ctx, false).content);
    expect(out).toContain('<h2 id="case--charges">');
    expect(out).toContain('<a id="case--cite-1" href="#case--note-1-a" aria-label="Note 1">');
    expect(out).toContain('aria-labelledby="case--notes"');
    expect(out).toContain('<li id="case--note-1">');
    expect(out).toContain('<a href="#people--xinjiang-jin">Jin</a>');
    expect(out).toContain('<a href="https://example.org/search/?q=x">search</a>');
    expect(out).not.toContain('data-');
  });

  it('shifts headings down a level for a document that holds every page', () => {
    const out = render(editionPage(html, ctx, true).content);
    expect(out).toContain('<h2>The case against Xinjiang Jin</h2>');
    expect(out).toContain('<h3 id="case--charges">');
  });

  it('in a document of every page, names a section after its heading and its page, so each landmark has its own name', () => {
    const out = render(editionPage(html, ctx, true).content);
    expect(out).toContain('<section class="notes" aria-label="Notes: The case against Xinjiang Jin">');
  });

  it('fails on a page without an article, or with an image it could not carry', () => {
    expect(() => editionPage('<main></main>', ctx, false)).toThrow(/\/case\/ has no <main><article>/);
    expect(() => editionPage(built('<h1>T</h1><img src="/a.png" alt="">'), ctx, false)).toThrow(/has an <img>/);
  });
});
