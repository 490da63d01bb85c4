import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../../src/lib/search/excerpt';

describe('decodeEntities', () => {
  it('decodes the named references Pagefind writes', () => {
    expect(decodeEntities('&lt;script&gt; &amp; &quot;q&quot; &apos;a&apos;')).toBe(`<script> & "q" 'a'`);
  });

  it('decodes decimal and hexadecimal references', () => {
    expect(decodeEntities('&#39;&#x27;&#8217;&#x1F600;')).toBe("''’😀");
  });

  it('leaves unknown and invalid references as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; & alone')).toBe('&bogus; &#xD800; &#0; & alone');
  });

  it('decodes once, not twice', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked segments', () => {
    expect(parseExcerpt('The <mark>one-minute</mark> rule.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'one-minute', marked: true },
      { text: ' rule.', marked: false },
    ]);
  });

  it('leaves punctuation at the edges of a marked word unmarked', () => {
    expect(parseExcerpt('Security <mark>(MSS).</mark> The')).toEqual([
      { text: 'Security (', marked: false },
      { text: 'MSS', marked: true },
      { text: '). The', marked: false },
    ]);
  });

  it('reads escaped markup as text, never as markup', () => {
    const segments = parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <mark>Zoom</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'Zoom', marked: true },
    ]);
  });

  it('treats tags other than mark as text', () => {
    expect(parseExcerpt('<b>bold</b>')).toEqual([{ text: '<b>bold</b>', marked: false }]);
  });

  it('copes with an unclosed mark and an empty excerpt', () => {
    expect(parseExcerpt('a <mark>b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(parseExcerpt('')).toEqual([]);
  });

  it('does not mark a word that is only punctuation', () => {
    expect(parseExcerpt('x <mark>…</mark> y')).toEqual([{ text: 'x … y', marked: false }]);
  });
});
