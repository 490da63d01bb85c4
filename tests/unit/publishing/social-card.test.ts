import { describe, expect, it } from 'vitest';
import { cardPath, cardSvg, cjkWidth, wrapCjk, wrapText } from '../../../src/lib/publishing/social-card';

describe('cardPath', () => {
  it('names a card after the page path', () => {
    expect(cardPath('/')).toBe('/og/home.png');
    expect(cardPath('/case/')).toBe('/og/case.png');
    expect(cardPath('/related-cases/tiktok/')).toBe('/og/related-cases-tiktok.png');
  });
});

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('The case against Xinjiang Jin', 16, 4)).toEqual(['The case against', 'Xinjiang Jin']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 10, 2)).toEqual(['Supercali…']);
  });

  it('stops at the last line with an ellipsis', () => {
    expect(wrapText('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });
});

describe('cardSvg', () => {
  it('draws a 1200×630 card with the escaped title and the site name', () => {
    const svg = cardSvg('Laws & <agencies>', 'The Zoom Tiananmen Case', 'tagline');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>Laws &amp; &lt;agencies&gt;</text>');
    expect(svg).toContain('>The Zoom Tiananmen Case</text>');
  });
});

describe('wrapCjk', () => {
  it('keeps a short title on one line, Latin words whole', () => {
    expect(wrapCjk('针对 Xinjiang Jin 的案件', 17, 4)).toEqual(['针对 Xinjiang Jin 的案件']);
    expect(cjkWidth('的案件')).toBe(3);
  });

  it('breaks beside Han characters, never before closing punctuation or after opening', () => {
    // Ten characters a line: the full-width colon would start the second line, so it stays on the first.
    expect(wrapCjk('天安门纪念会议用户数：美国检方的指控', 10, 4)).toEqual(['天安门纪念会议用户数：', '美国检方的指控']);
    // The opening bracket would end the first line: it goes down with its word.
    expect(wrapCjk('一二三四五六七八九「十一」', 10, 4)).toEqual(['一二三四五六七八九', '「十一」']);
  });

  it('breaks at a space between Latin words and stops with an ellipsis', () => {
    expect(wrapCjk('Zoom 的 TikTok Airbnb 以及更多的公司和案例', 8, 2)).toEqual(['Zoom 的 TikTok', 'Airbnb 以及更多…']);
  });
});

describe('cardSvg in Chinese', () => {
  it('names the CJK face and draws the title in Chinese lines', () => {
    const svg = cardSvg('中国法律与机构', 'Zoom 天安门案', '注明出处的解读', { family: 'Noto Sans SC', cjk: true });
    expect(svg).toContain('font-family="Noto Sans SC"');
    expect(svg).toContain('>中国法律与机构</text>');
  });
});
