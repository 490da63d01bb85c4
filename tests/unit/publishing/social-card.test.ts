import { describe, expect, it } from 'vitest';
import { cardPath, cardSvg, wrapText } from '../../../src/lib/publishing/social-card';

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
