import { describe, expect, it } from 'vitest';
import { pageUrlOfFile, relativeUrl, relativizeHtml } from '../../../src/lib/linking/relative-urls';

describe('relativeUrl', () => {
  it('goes up from a page to the root and down to another page', () => {
    expect(relativeUrl('/case/', '/laws/#mss')).toBe('../laws/#mss');
    expect(relativeUrl('/sources/epoch-times/', '/related-cases/tiktok/')).toBe('../../related-cases/tiktok/');
    expect(relativeUrl('/case/', '/_astro/x.js')).toBe('../_astro/x.js');
  });

  it('names the root and the page itself by folder, never by an empty URL', () => {
    expect(relativeUrl('/', '/')).toBe('./');
    expect(relativeUrl('/case/', '/')).toBe('../');
    expect(relativeUrl('/case/', '/case/#charges')).toBe('./#charges');
    expect(relativeUrl('/', '/?q=1')).toBe('./?q=1');
    expect(relativeUrl('/sources/a/', '/sources/')).toBe('../');
  });

  it('keeps a shared folder and the query and fragment', () => {
    expect(relativeUrl('/sources/a/', '/sources/b/#p3')).toBe('../b/#p3');
    expect(relativeUrl('/', '/search/?q=Jin+Zoom#results')).toBe('search/?q=Jin+Zoom#results');
    expect(relativeUrl('/404.html', '/feed.xml')).toBe('feed.xml');
  });

  it('leaves absolute, protocol-relative and already relative URLs alone', () => {
    for (const url of ['https://example.org/case/', '//cdn.example/x', '../laws/', '#note-1', 'mailto:a@b.c']) {
      expect(relativeUrl('/case/', url)).toBe(url);
    }
  });
});

describe('relativizeHtml', () => {
  it('rewrites href, src and action, and nothing else', () => {
    const html =
      '<a href="/laws/#mss">x</a><script type="module" src="/_astro/a.js"></script><form action="/search/">' +
      '<input aria-keyshortcuts="/"><link rel="canonical" href="https://example.org/case/"><p data-x="/case/">';
    expect(relativizeHtml(html, '/case/')).toBe(
      '<a href="../laws/#mss">x</a><script type="module" src="../_astro/a.js"></script><form action="../search/">' +
        '<input aria-keyshortcuts="/"><link rel="canonical" href="https://example.org/case/"><p data-x="/case/">',
    );
  });

  it("rewrites the page's way to the root", () => {
    expect(relativizeHtml('<html lang="en" data-root="/">', '/sources/epoch-times/')).toBe('<html lang="en" data-root="../../">');
    expect(relativizeHtml('<html lang="en" data-root="/">', '/')).toBe('<html lang="en" data-root="./">');
  });

  it("rewrites a refresh redirect's address", () => {
    expect(relativizeHtml('<meta http-equiv="refresh" content="0; url=/laws/#mss">', '/old/')).toBe(
      '<meta http-equiv="refresh" content="0; url=../laws/#mss">',
    );
  });
});

describe('pageUrlOfFile', () => {
  it('names index pages by their folder and other files by themselves', () => {
    expect(pageUrlOfFile('index.html')).toBe('/');
    expect(pageUrlOfFile('case/index.html')).toBe('/case/');
    expect(pageUrlOfFile('404.html')).toBe('/404.html');
  });
});
