import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance, hasUnknownWord, nearestWords, vocabularyOf } from '../../../src/lib/search/typos';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('spreadhseet', 'spreadsheet')).toBe(1);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('zoom', 'tiananmen', 2)).toBe(3);
  });
});

describe('nearestWords', () => {
  it('finds the nearest words of the vocabulary, nearest first', () => {
    expect(nearestWords('quarentine', ['quarantine', 'quarantined', 'routine'])).toEqual(['quarantine', 'quarantined']);
  });

  it('allows one edit only in a short word', () => {
    expect(nearestWords('evanna', ['evanina'])).toEqual(['evanina']);
    expect(nearestWords('evnna', ['evanina'])).toEqual([]);
  });
});

describe('correctQuery', () => {
  const vocabulary = ['plan', 'rectification', 'tiananmen'];

  it('replaces only the words the vocabulary lacks', () => {
    expect(correctQuery('rectifcation plan', vocabulary)).toBe('rectification plan');
  });

  it('gives null when nothing needs correcting', () => {
    expect(correctQuery('rectification plan', vocabulary)).toBeNull();
    expect(correctQuery('MSS', vocabulary)).toBeNull();
  });
});

describe('hasUnknownWord', () => {
  const vocabulary = ['ducharme', 'hans', 'zhejiang'];

  it('is true for a word that no vocabulary word is or begins with', () => {
    expect(hasUnknownWord('Zheijang', vocabulary)).toBe(true);
    expect(hasUnknownWord('Jin in Zheijang', vocabulary)).toBe(true);
  });

  it('is false for a known word, the start of one, or a word too short to judge', () => {
    expect(hasUnknownWord('Zhejiang', vocabulary)).toBe(false);
    expect(hasUnknownWord('Ducharm', vocabulary)).toBe(false);
    expect(hasUnknownWord('MSS zh', vocabulary)).toBe(false);
  });

  it('leaves words with digits or marks to the search as typed', () => {
    expect(hasUnknownWord('US04', vocabulary)).toBe(false);
    expect(hasUnknownWord('zh-hanz', vocabulary)).toBe(false);
  });
});

describe('vocabularyOf', () => {
  it('keeps words of four letters or more, lower-case, once each, sorted', () => {
    expect(vocabularyOf('Zoom fired Jin; Zoom said')).toEqual(['fired', 'said', 'zoom']);
  });
});
