import { describe, expect, it } from 'vitest';
import { paragraphNumber, passageSearchTitle, withoutParagraphLabel } from '../../../src/lib/search/passage-search-title';

describe('paragraphNumber', () => {
  it('reads the number of a passage heading, and nothing else', () => {
    expect(paragraphNumber('Paragraph 7')).toBe(7);
    expect(paragraphNumber('Reliability')).toBeNull();
  });
});

describe('passageSearchTitle', () => {
  it('names the source, the paragraph and its first words', () => {
    expect(passageSearchTitle('Axios, 18 Dec 2020', 7, 'Details: Xinjiang Jin, also known as Julien Jin, served')).toBe(
      'Axios, 18 Dec 2020, ¶ 7: “Details: Xinjiang Jin, also known as…”',
    );
  });

  it('leaves out a bullet and quotes a short passage whole', () => {
    expect(passageSearchTitle('Axios, 18 Dec 2020', 17, '• Go deeper')).toBe('Axios, 18 Dec 2020, ¶ 17: “Go deeper”');
  });
});

describe('withoutParagraphLabel', () => {
  it('drops the heading Pagefind puts before a passage excerpt', () => {
    expect(withoutParagraphLabel('Paragraph 7. Details: <mark>Julien</mark> Jin')).toBe('Details: <mark>Julien</mark> Jin');
  });
});
