import { describe, expect, it } from 'vitest';
import {
  hanContentQuery,
  joinHan,
  hanQuestionWords,
  hanTerms,
  hasHan,
  holdsHanPhrase,
  occurrences,
  sectionTexts,
  shareOfHanTerms,
} from '../../../src/lib/search/han';
import { highlightTerms } from '../../../src/lib/search/terms';

describe('hanTerms', () => {
  it('splits a Chinese query into words and leaves out function and question words', () => {
    expect(hanTerms('Jin 是谁')).toEqual(['jin']);
    expect(hanTerms('数据存放在中国')).toEqual(expect.arrayContaining(['数据', '中国']));
    expect(hanTerms('数据存放在中国')).not.toContain('在');
    expect(hanTerms('Jin 現在在哪裡')).toEqual(['jin']);
  });

  it('keeps Latin names and numbers as words', () => {
    expect(hanTerms('TikTok 美国用户数据')).toEqual(expect.arrayContaining(['tiktok', '美国', '用户', '数据']));
    expect(hanTerms('5月31日')).toEqual(expect.arrayContaining(['5', '31']));
  });
});

describe('hanQuestionWords', () => {
  it('finds the question a query asks, in either script', () => {
    expect(hanQuestionWords('Jin 是谁')).toEqual(['谁']);
    expect(hanQuestionWords('Jin 是誰')).toEqual(['誰']);
    expect(hanQuestionWords('国家安全部')).toEqual([]);
  });
});

describe('hasHan', () => {
  it('tells a Chinese query from a Latin one', () => {
    expect(hasHan('天安门')).toBe(true);
    expect(hasHan('Zoom 中国')).toBe(true);
    expect(hasHan('Zoom China')).toBe(false);
  });
});

describe('sectionTexts', () => {
  const content = '针对 Xinjiang Jin 的案件. 开头的话。 要点 第一点。 Xinjiang Jin 是谁 他是高管。 指控 两项罪名。';
  const sections = [
    { title: '针对 Xinjiang Jin 的案件', anchored: false },
    { title: '要点', anchored: true },
    { title: 'Xinjiang Jin 是谁', anchored: true },
    { title: '指控', anchored: true },
  ];

  it('cuts the page text at each heading, in order', () => {
    expect(sectionTexts(content, sections)).toEqual([
      '针对 Xinjiang Jin 的案件. 开头的话。 ',
      '要点 第一点。 ',
      'Xinjiang Jin 是谁 他是高管。 ',
      '指控 两项罪名。',
    ]);
  });

  it('gives a heading it cannot find no text, and goes on with the next', () => {
    const texts = sectionTexts(content, [sections[0]!, { title: '不存在', anchored: true }, sections[3]!]);
    expect(texts[1]).toBe('');
    expect(texts[2]).toBe('指控 两项罪名。');
    expect(texts[0]).toBe(content.slice(0, content.indexOf('指控')));
  });
});

describe('occurrences and shareOfHanTerms', () => {
  it('count Chinese words anywhere, and Latin words only at a word start', () => {
    expect(occurrences('Xinjiang Jin 是谁；Jin 的职位', ['jin'])).toBe(2);
    expect(occurrences('国家安全部和国家安全法', ['国家', '安全'])).toBe(4);
    expect(shareOfHanTerms('国家安全部（MSS）', ['国家', 'mss', '公安部'])).toBeCloseTo(2 / 3);
    expect(shareOfHanTerms('任何文字', [])).toBe(1);
  });
});

describe('holdsHanPhrase', () => {
  it('finds the query’s words together, typed with or without spaces', () => {
    expect(holdsHanPhrase('检方称存放在中国的数据……', '存放在中国')).toBe(true);
    expect(holdsHanPhrase('数据存放在中国服务器上', '数据 存放')).toBe(true);
    expect(holdsHanPhrase('中国的数据和存放', '数据存放')).toBe(false);
    expect(holdsHanPhrase('天安门', '天安门')).toBe(false);
    // A question as typed, in the heading that asks it.
    expect(holdsHanPhrase('Xinjiang Jin 是谁', 'Jin 是谁')).toBe(true);
    expect(holdsHanPhrase('Jin 案中的服务器', 'Jin 是谁')).toBe(false);
  });
});

describe('highlightTerms in Chinese', () => {
  it('marks the query as typed and each of its words, but not its one-character words or its question words', () => {
    expect(highlightTerms('数据存放在中国')).toEqual(expect.arrayContaining(['数据存放在中国', '数据', '中国']));
    expect(highlightTerms('一分钟规定')).toEqual(['一分钟规定', '分钟', '规定']);
    expect(highlightTerms('Jin 是谁')).toEqual(['Jin']);
  });
});

describe('hanContentQuery', () => {
  it('searches the words of a Chinese query as typed, without its function and question words', () => {
    expect(hanContentQuery('Jin 現在在哪裡')).toBe('Jin');
    expect(hanContentQuery('Jin 是谁')).toBe('Jin');
    expect(hanContentQuery('国家安全部').replace(/ /g, '')).toBe('国家安全部');
  });

  it('keeps a query of nothing but such words whole, since that is what was asked', () => {
    expect(hanContentQuery('是谁')).toBe('是谁');
  });
});

describe('joinHan', () => {
  it('puts Chinese words split by a space back together, and keeps the spaces of Latin words', () => {
    expect(joinHan('一 分钟 规定')).toBe('一分钟规定');
    expect(joinHan('Zoom 中国 Jin Xinjiang')).toBe('Zoom 中国 Jin Xinjiang');
  });
});
