import { describe, expect, it } from 'vitest';
import { addPrintEndnotes, decodeEntities, numberAddresses } from '../../../src/lib/editions/endnotes';

describe('numberAddresses', () => {
  it('numbers each distinct address once, in order of first appearance', () => {
    expect(numberAddresses(['a', 'b', 'a', 'c'])).toEqual({ numbers: [1, 2, 1, 3], list: ['a', 'b', 'c'] });
  });
});

describe('decodeEntities', () => {
  it('decodes the references Astro writes', () => {
    expect(decodeEntities('a&amp;b &#39;c&#39; &quot;d&quot; &#x2014; &lt;&gt;&nbsp;')).toBe('a&b \'c\' "d" — <>\u00a0');
  });
});

describe('addPrintEndnotes', () => {
  const page = (article: string): string =>
    `<!doctype html><html><head><style>x{}</style></head><body><main><article data-pagefind-body>${article}</article><section class="cite-page"><a href="/x/">c</a></section></main></body></html>`;

  it('numbers links to other pages and sites, and lists their full addresses after the article', () => {
    const out = addPrintEndnotes(
      page(
        '<p><a href="/people/#fbi">FBI</a> and <a href="https://example.com/a?b=1&amp;c=2">x</a> and <a href="/people/#fbi">again</a></p>',
      ),
      'https://site.org',
    );
    expect(out).toContain('<a href="/people/#fbi" data-print-ref="1">FBI</a>');
    expect(out).toContain('<a href="https://example.com/a?b=1&amp;c=2" data-print-ref="2">x</a>');
    expect(out).toContain('<a href="/people/#fbi" data-print-ref="1">again</a>');
    expect(out).toContain(
      '</article><section class="print-links" aria-label="Link addresses" data-pagefind-ignore><p class="print-links-title">Link addresses</p><ol><li>https://site.org/people/#fbi</li><li>https://example.com/a?b=1&amp;c=2</li></ol></section>',
    );
  });

  it('names the list in the page\u2019s language, as text', () => {
    const out = addPrintEndnotes(page('<p><a href="/people/#fbi">联邦调查局</a></p>'), 'https://site.org', '链接地址');
    expect(out).toContain(
      '<section class="print-links" aria-label="链接地址" data-pagefind-ignore><p class="print-links-title">链接地址</p>',
    );
    expect(addPrintEndnotes(page('<p><a href="/a/">a</a></p>'), 'https://s.org', 'A & "B"')).toContain(
      'aria-label="A &amp; &quot;B&quot;"',
    );
  });

  it('leaves links within the page and the chrome without a number', () => {
    const html = page(
      '<div class="heading"><h2 id="a">A</h2><a class="heading-link" href="#a">#</a></div><nav class="toc"><a href="/case/#a">a</a></nav>' +
        '<p>x<sup class="note-ref"><a href="#note-1">1</a></sup></p><section class="notes"><p class="note-head"><a class="note-source" href="/sources/a/">A</a>, <a class="passage-link" href="/sources/a/#p1">p</a></p></section>',
    );
    const out = addPrintEndnotes(html, 'https://site.org');
    expect(out.match(/data-print-ref/g)).toHaveLength(1);
    expect(out).toContain('<a class="passage-link" href="/sources/a/#p1" data-print-ref="1">');
  });

  it('changes nothing else: the page is the same once the insertions are taken out', () => {
    const html = page('<p data-x="1">Tom &amp; Jerry<br><a href="/a/">a</a></p>');
    const out = addPrintEndnotes(html, 'https://site.org');
    expect(out.replace(/ data-print-ref="\d+"/g, '').replace(/<section class="print-links"[\s\S]*?<\/section>/, '')).toBe(html);
  });

  it('leaves a page without an article or without such links as it is', () => {
    expect(addPrintEndnotes('<html><body><p><a href="/a/">a</a></p></body></html>', 'https://s.org')).toBe(
      '<html><body><p><a href="/a/">a</a></p></body></html>',
    );
    expect(addPrintEndnotes(page('<p>no links</p>'), 'https://s.org')).toBe(page('<p>no links</p>'));
  });
});
