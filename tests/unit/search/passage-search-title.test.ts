import { describe, expect, it } from 'vitest';
import { paragraphNumber, passageSearchTitle, withoutHeading, withoutParagraphLabel } from '../../../src/lib/search/passage-search-title';

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

describe('withoutHeading', () => {
  const plain = (text: string) => [{ text, marked: false }];
  const title = 'Axios, 22 December 2020, ¶ 9: “But Jin’s communications with the…”';

  it("drops the passage's title that the excerpt starts with, and the bullet after it", () => {
    const excerpt = [
      { text: 'Axios, 22 December 2020, ¶ 9: “But ', marked: false },
      { text: 'Jin’s', marked: true },
      { text: ' communications with the…” • But ', marked: false },
      { text: 'Jin’s', marked: true },
      { text: ' communications went beyond', marked: false },
    ];
    expect(withoutHeading(excerpt, title)).toEqual([
      { text: 'But ', marked: false },
      { text: 'Jin’s', marked: true },
      { text: ' communications went beyond', marked: false },
    ]);
  });

  it('drops the end of a title when the excerpt starts partway through it', () => {
    expect(withoutHeading(plain('2020, ¶ 9: “But Jin’s communications with the…” • But Jin’s words'), title)).toEqual(
      plain('But Jin’s words'),
    );
  });

  it("drops a section heading and Pagefind's full stop after it", () => {
    expect(withoutHeading(plain('Who Xinjiang Jin is. Jin, also known as Julien Jin'), 'Who Xinjiang Jin is')).toEqual(
      plain('Jin, also known as Julien Jin'),
    );
  });

  it('keeps an excerpt that does not start with the heading, or is nothing but the heading', () => {
    expect(withoutHeading(plain('Jin could not be reached'), title)).toEqual(plain('Jin could not be reached'));
    expect(withoutHeading(plain('Key facts.'), 'Key facts')).toEqual(plain('Key facts.'));
  });

  it('never leaves an excerpt starting "Paragraph N."', () => {
    expect(withoutParagraphLabel('Paragraph 7. Details: Xinjiang Jin')).toBe('Details: Xinjiang Jin');
  });
});
