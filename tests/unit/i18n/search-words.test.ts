import { describe, expect, it } from 'vitest';
import { EN_SEARCH_WORDS, fillText, fillWords, plural, readSearchWords } from '../../../src/lib/i18n/search-words';
import { convertStrings, uiStrings } from '../../../src/lib/i18n/strings';

describe('plural', () => {
  it('says page or pages, and groups a large number as the language does', () => {
    expect(plural(EN_SEARCH_WORDS.count, 1)).toBe('1 page matches');
    expect(plural(EN_SEARCH_WORDS.count, 14)).toBe('14 pages match');
    expect(plural(EN_SEARCH_WORDS.count, 1200)).toBe('1,200 pages match');
  });
});

describe('fillWords', () => {
  it('puts parts where the template names them, in the template order of the language', () => {
    const q = [{ node: 'query' }];
    expect(fillWords(EN_SEARCH_WORDS.statusFor, { count: '3 pages match', q })).toEqual(['3 pages match ', q[0], '. Best sections first.']);
    const zh = uiStrings('zh-hans', (t) => t).searchWords;
    expect(fillWords(zh.statusFor, { count: '3 个页面相符', q })).toEqual([q[0], '：3 个页面相符。最相关的章节在前。']);
  });

  it('leaves a placeholder with no value as it is, so a missing value shows', () => {
    expect(fillText('No results for {q}.', {})).toBe('No results for {q}.');
  });

  it('takes text values as text: a query with braces is not read as a placeholder', () => {
    expect(fillText(EN_SEARCH_WORDS.noneFor, { q: '{count}' })).toBe('No results for {count}.');
  });
});

describe('readSearchWords', () => {
  it('takes a page’s words over the English, and keeps the English for a word left out or of the wrong shape', () => {
    const words = readSearchWords(JSON.stringify({ close: '关闭', count: { one: 'x' }, source: 7 }));
    expect(words.close).toBe('关闭');
    expect(words.count).toEqual(EN_SEARCH_WORDS.count);
    expect(words.source).toBe('Source');
  });

  it('reads nothing from a page that wrote no words, or broken JSON', () => {
    expect(readSearchWords(undefined)).toEqual(EN_SEARCH_WORDS);
    expect(readSearchWords('{not json')).toEqual(EN_SEARCH_WORDS);
    expect(readSearchWords('null')).toEqual(EN_SEARCH_WORDS);
  });
});

describe('the Chinese search words', () => {
  it('have every word and placeholder the English has, and Traditional takes its own quotation marks', () => {
    const zh = uiStrings('zh-hans', (t) => t).searchWords;
    const placeholders = (s: string): string[] => [...s.matchAll(/\{[a-z]+\}/gi)].map((m) => m[0]).sort();
    for (const [key, en] of Object.entries(EN_SEARCH_WORDS)) {
      const other = (zh as Record<string, unknown>)[key];
      if (typeof en === 'string') expect(placeholders(other as string), key).toEqual(placeholders(en));
      else expect(Object.keys(other as object), key).toEqual(Object.keys(en));
    }
    const hant = convertStrings(
      uiStrings('zh-hans', (t) => t),
      (t) => t.replace('页', '頁'),
    );
    expect(hant.searchWords.count.other).toBe('{n} 个頁面相符');
    expect([hant.searchWords.quoteOpen, hant.searchWords.quoteClose]).toEqual(['「', '」']);
  });
});
