import { describe, expect, it } from 'vitest';
import { openingWords, passageTitle, type TitledSource } from '../../src/lib/passage-title';

const axios: TitledSource = { outlet: 'Axios', shortName: 'Axios, 18 Dec 2020', date: '2020-12-18' };
const unsigned: TitledSource = { outlet: null, shortName: 'Unsigned first-person analysis', date: null };

describe('openingWords', () => {
  it('gives the first five words and an ellipsis where words were left out', () => {
    expect(openingWords('A now-former Zoom executive based in China has been charged by the Justice Department.')).toBe(
      'A now-former Zoom executive based…',
    );
  });

  it('gives a short passage whole, without an ellipsis', () => {
    expect(openingWords('Working with China’s Communist Party')).toBe('Working with China’s Communist Party');
  });

  it('skips a lead-in label such as "Details:" or "What they\'re saying:"', () => {
    expect(openingWords('Details: Xinjiang Jin, also known as Julien Jin, served as Zoom\'s "primary liaison"')).toBe(
      'Xinjiang Jin, also known as…',
    );
    expect(openingWords('What they\'re saying: "The allegations in the complaint lay bare the facts."')).toBe(
      '‘The allegations in the complaint…',
    );
  });

  it('keeps a colon that comes after more than four words', () => {
    expect(openingWords('Zoom said in a statement: it fired Jin.', 6)).toBe('Zoom said in a statement: it…');
  });

  it('skips a list bullet', () => {
    expect(openingWords('  • Jin allegedly provided the Chinese government with information')).toBe('Jin allegedly provided the Chinese…');
  });

  it('drops the punctuation where the words were cut', () => {
    expect(openingWords('Xinjiang Jin, 39, held the position of head of security technology', 3)).toBe('Xinjiang Jin, 39…');
  });

  it('turns double quotes into single ones, since the title quotes the words itself', () => {
    expect(openingWords('“It’s so eye-opening to me how this U.S. company')).toBe('‘It’s so eye-opening to me…');
    expect(openingWords('He called it "illegal" then.')).toBe('He called it ‘illegal’ then.');
  });

  it('keeps a run of long words to about 48 characters, but always gives the first word', () => {
    const url = `https://example.org/${'segment/'.repeat(8)}`;
    expect(openingWords(`${url} and more words here`)).toBe(`${url}…`);
    expect(openingWords('Verwaltungsgerichtsbarkeit Begründungspflicht Verpflichtungserklärung and more')).toBe(
      'Verwaltungsgerichtsbarkeit Begründungspflicht…',
    );
  });
});

describe('passageTitle', () => {
  it('names the outlet, the date, the paragraph number and its first words', () => {
    expect(
      passageTitle(axios, { index: 7, text: 'Details: Xinjiang Jin, also known as Julien Jin, served as Zoom\'s "primary liaison"' }),
    ).toBe('Axios, 18 December 2020, ¶ 7: “Xinjiang Jin, also known as…”');
  });

  it('leaves out a date the text does not give', () => {
    expect(passageTitle({ ...axios, outlet: 'The Epoch Times', date: null }, { index: 2, text: 'According to court documents' })).toBe(
      'The Epoch Times, ¶ 2: “According to court documents”',
    );
  });

  it('uses the short name for a source whose outlet is not named', () => {
    expect(passageTitle(unsigned, { index: 20, text: 'I personally know some of the participants in the aforementioned meetings.' })).toBe(
      'Unsigned first-person analysis, ¶ 20: “I personally know some of…”',
    );
  });
});
