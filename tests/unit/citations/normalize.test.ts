import { describe, expect, it } from 'vitest';
import { countWords, normalizeText, normalizeWithMap, type NormalizeStats } from '../../../src/lib/citations/normalize';

describe('normalizeWithMap', () => {
  it('turns curly single quotes and apostrophes into a straight apostrophe', () => {
    expect(normalizeWithMap('Zoom\u2019s \u2018meeting\u2019 \u201Aa\u201B').text).toBe("Zoom's 'meeting' 'a'");
  });

  it('turns prime, backtick and acute accent used as apostrophes into a straight apostrophe', () => {
    expect(normalizeWithMap('it\u2032s it`s it\u00B4s').text).toBe("it's it's it's");
  });

  it('turns curly, low and angle double quotes into a straight double quote', () => {
    expect(normalizeWithMap('\u201Cillegal meeting\u201D \u201Ea\u201F \u00ABb\u00BB 5\u2033').text).toBe('"illegal meeting" "a" "b" 5"');
  });

  it('turns every kind of dash and minus into a hyphen', () => {
    const dashes = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
    expect(normalizeWithMap(`a${dashes}b`).text).toBe('a----------b');
    expect(normalizeWithMap('summer \u2014 first reported').text).toBe('summer - first reported');
  });

  it('collapses runs of spaces, tabs, newlines and no-break spaces to one space', () => {
    expect(normalizeWithMap('one  two\t\tthree\nfour\r\n\u00A0five\u2009six').text).toBe('one two three four five six');
  });

  it('drops leading and trailing whitespace', () => {
    expect(normalizeWithMap('  \n padded words \t ').text).toBe('padded words');
  });

  it('drops zero-width characters, word joiners, byte-order marks and soft hyphens', () => {
    expect(normalizeWithMap('wo\u200Brd\u200C \u200Dzero\u2060width \uFEFFsoft\u00ADhyphen').text).toBe('word zerowidth softhyphen');
  });

  it('does not let a zero-width character between spaces leave a double space', () => {
    expect(normalizeWithMap('a \u200B b').text).toBe('a b');
  });

  it('expands the ellipsis character to three periods', () => {
    expect(normalizeWithMap('wait\u2026 then').text).toBe('wait... then');
  });

  it('composes decomposed accents (NFC) so both spellings compare equal', () => {
    expect(normalizeWithMap('Cafe\u0301').text).toBe('Caf\u00E9');
  });

  it('leaves plain ASCII text unchanged with an identity map', () => {
    const { text, map } = normalizeWithMap('Plain text, no change.');
    expect(text).toBe('Plain text, no change.');
    expect(map).toEqual([...text].map((_, i) => i));
  });

  it('maps each normalised character to the index of its original character', () => {
    // 'a', two spaces, curly open quote, 'b', curly close quote
    const { text, map } = normalizeWithMap('a  \u201Cb\u201D');
    expect(text).toBe('a "b"');
    expect(map).toEqual([0, 1, 3, 4, 5]);
  });

  it('maps every period of an expanded ellipsis to the ellipsis character', () => {
    const { text, map } = normalizeWithMap('so\u2026 go');
    expect(text).toBe('so... go');
    expect(map).toEqual([0, 1, 2, 2, 2, 3, 4, 5]);
  });

  it('skips dropped characters in the map', () => {
    const { text, map } = normalizeWithMap('  x\u200By ');
    expect(text).toBe('xy');
    expect(map).toEqual([2, 4]);
  });

  it('keeps the map exactly as long as the text', () => {
    for (const input of ['', '   ', 'a\u2026', ' trailing   ', '\u200B', '\u201Cx\u201D \u2014 y\n']) {
      const { text, map } = normalizeWithMap(input);
      expect(map).toHaveLength(text.length);
    }
  });

  it('returns an empty text and map for whitespace and invisible characters only', () => {
    expect(normalizeWithMap(' \t\n\u200B\uFEFF ')).toEqual({ text: '', map: [] });
  });

  it('normalises every UTF-16 code unit as the documented character classes say', () => {
    // The classes as the module describes them, written as regexes: an oracle for its switch.
    // Composition comes first, so U+1FEF (Greek varia) becomes a backtick and then an apostrophe.
    const expected = (raw: string): string => {
      const ch = raw.normalize('NFC');
      if (/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/.test(ch)) return '--';
      if (/\s/u.test(ch)) return '- -';
      if (/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/.test(ch)) return "-'-";
      if (/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(ch)) return '-"-';
      if (/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(ch)) return '---';
      if (ch === '\u2026') return '-...-';
      return `-${ch}-`.normalize('NFC');
    };
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (normalizeWithMap(`-${ch}-`).text !== expected(ch)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('reads each input character once and writes each output character once', () => {
    // Counting steps, not time: the loop does constant work per step, so equal counts mean one linear pass.
    const line = 'Zoom\u2019s \u201Cprimary liaison\u201D \u2014 with  police\u2026\u200B ';
    const input = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
    const stats: NormalizeStats = { read: 0, written: 0 };
    const { text, map } = normalizeWithMap(input, stats);
    expect(stats.read).toBe(1_000_000);
    expect(stats.written).toBeGreaterThanOrEqual(text.length);
    // Only the one trailing space may be written and then taken back.
    expect(stats.written - text.length).toBeLessThanOrEqual(1);
    expect(map).toHaveLength(text.length);
  });

  it('normalises a long single line exactly as it normalises each of its parts', () => {
    const part = 'a \u201Cquote\u201D \u2014 and\u2026 ';
    const { text, map } = normalizeWithMap(part.repeat(50_000));
    expect(text).toBe(`${normalizeText(part)} `.repeat(50_000).trimEnd());
    // The last character maps into the last copy of the part.
    expect(map.at(-1)).toBe(part.length * 49_999 + part.indexOf('\u2026'));
  });
});

describe('normalizeText', () => {
  it('makes what a writer types equal to the seed\u2019s typography', () => {
    const seed = 'Zoom\u2019s \u201Cprimary liaison\u201D \u2014 with  police\u2026';
    const typed = 'Zoom\'s "primary liaison" - with police...';
    expect(normalizeText(seed)).toBe(normalizeText(typed));
    expect(normalizeText(seed)).toBe(typed);
  });

  it('keeps letter case and words as they are', () => {
    expect(normalizeText('Zoom Executive')).not.toBe(normalizeText('zoom executive'));
    expect(normalizeText('terminate')).not.toBe(normalizeText('terminated'));
  });

  it('returns the same text as normalizeWithMap', () => {
    const input = ' \u2018a\u2019 \u2013 b\u2026 ';
    expect(normalizeText(input)).toBe(normalizeWithMap(input).text);
  });
});

describe('countWords', () => {
  it('counts nothing in an empty or blank string', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
    expect(countWords('\u200B')).toBe(0);
  });

  it('counts words separated by any whitespace', () => {
    expect(countWords('one two  three\nfour')).toBe(4);
  });

  it('does not count dashes or punctuation standing alone as words', () => {
    expect(countWords('\u2014 a \u2014')).toBe(1);
    expect(countWords('- \u2026 "')).toBe(0);
  });

  it('counts abbreviations, contractions and hyphenated words as one word each', () => {
    expect(countWords('U.S. don\u2019t well-known')).toBe(3);
  });

  it('counts numbers as words', () => {
    expect(countWords('on Dec. 18, 2020')).toBe(4);
  });

  it('counts words with accented letters', () => {
    expect(countWords('A\u00EFda Amer/Axios')).toBe(2);
  });
});
