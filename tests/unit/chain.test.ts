import { describe, expect, it } from 'vitest';
import {
  CHAIN_GEOMETRY,
  chainEmbed,
  chainTranslationEmbed,
  layoutChain,
  textWidth,
  translateChain,
  wrapWords,
  type ChainStep,
} from '../../src/lib/chain';

const STEPS: ChainStep[] = [
  {
    id: 'agencies',
    label: 'Chinese agencies',
    text: 'Jin received instructions, the complaint says.',
    citations: [{ source: 'a', quote: 'received instructions from' }],
    next: {
      label: 'instructions, prosecutors allege',
      text: 'He was instructed.',
      citations: [{ source: 'a', quote: 'was instructed by' }],
    },
  },
  {
    id: 'jin',
    label: 'Xinjiang Jin, Zoom’s liaison with Chinese law enforcement, prosecutors say',
    text: 'Jin was the liaison.',
    citations: [
      { source: 'b', quote: 'primary liaison with Chinese' },
      { source: 'a', quote: 'liaison with the CCP' },
    ],
  },
];

describe('wrapWords', () => {
  it('breaks at spaces within the width, and lets a longer word stand alone', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('  a   supercalifragilistic b ', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
    expect(wrapWords('', 5)).toEqual([]);
  });
});

describe('wrapWords in Chinese', () => {
  it('measures a CJK character or full-width mark as about 1 em, anything else as 0.55 em', () => {
    expect(textWidth('abc d')).toBe(5 * 55);
    expect(textWidth('检方称')).toBe(300);
    expect(textWidth('（MSS）')).toBe(200 + 3 * 55);
    expect(textWidth('Zoom 在')).toBe(5 * 55 + 100);
  });

  it('breaks between any two characters, within the room of `max` English characters', () => {
    // 11 English characters of room (6.05 em) hold six CJK characters.
    expect(wrapWords('一二三四五六七八九十', 11)).toEqual(['一二三四五六', '七八九十']);
    for (const line of wrapWords('中国的机构其中包括国家安全部和公安部', 11)) expect(textWidth(line)).toBeLessThanOrEqual(11 * 55);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    // Without the rule the first line would be 一二三四五六 and the second would open with ，.
    expect(wrapWords('一二三四五六，七八', 11)).toEqual(['一二三四五', '六，七八']);
    expect(wrapWords('一二三四五六七八九。', 11)).toEqual(['一二三四五六', '七八九。']);
    // The opening mark goes down with the word it opens.
    expect(wrapWords('一二三四五（甲', 11)).toEqual(['一二三四五', '（甲']);
    for (const text of ['会议被终止、账户被暂停（据起诉书）', '指示（检方指控）', '索取数据、要求关闭账户，以及（检方指控）捏造证据']) {
      for (const max of [5, 8, 11, 16, 30]) {
        const lines = wrapWords(text, max);
        expect(lines.join('')).toBe(text);
        for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：）]/u);
        for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/（$/u);
      }
    }
  });

  it('keeps a short aside in full-width brackets whole, and breaks a long one', () => {
    expect(wrapWords('会议被终止、账户被暂停（据起诉书）', 30)).toEqual(['会议被终止、账户被暂停', '（据起诉书）']);
    expect(wrapWords('索取数据、要求关闭账户，以及（检方指控）捏造证据', 34)).toEqual([
      '索取数据、要求关闭账户，以及',
      '（检方指控）捏造证据',
    ]);
    expect(wrapWords('中国的机构，其中包括国家安全部（MSS）和公安部', 30)).toEqual(['中国的机构，其中包括国家安全部', '（MSS）和公安部']);
    // Wider than a line: broken as any other text.
    expect(wrapWords('甲（一二三四五六七八）', 11)).toEqual(['甲（一二三四', '五六七八）']);
  });

  it('keeps a Latin word whole, and drops the space where a line breaks beside it', () => {
    expect(wrapWords('Xinjiang Jin，Zoom 与中国执法部门之间的联络人（检方称）', 30)).toEqual([
      'Xinjiang Jin，Zoom 与中国执法部',
      '门之间的联络人（检方称）',
    ]);
    expect(wrapWords('一二三四五 Zoom 六', 11)).toEqual(['一二三四五', 'Zoom 六']);
    // A word wider than a line stands alone, as in English.
    expect(wrapWords('甲 Supercalifragilistic 乙', 11)).toEqual(['甲', 'Supercalifragilistic', '乙']);
  });
});

describe('a translated chain', () => {
  const zh = new Map([
    [
      'agencies',
      {
        label: '中国的机构',
        text: '据起诉书，Jin {{Q|received instructions from|收到了……的指示}}中国的机构。',
        'next.label': '指示（检方指控）',
        'next.text': '他受到指示。',
      },
    ],
    [
      'jin',
      {
        label: 'Xinjiang Jin，检方称他是 Zoom 与中国执法部门的联络人',
        text: 'Jin 是{{Q|primary liaison with Chinese|与中国的主要联络人}}。',
      },
    ],
  ]);

  it('takes its words from the translation and keeps the English citations', () => {
    const [agencies, jin] = translateChain(STEPS, zh);
    expect(agencies?.label).toBe('中国的机构');
    expect(agencies?.next?.label).toBe('指示（检方指控）');
    expect(agencies?.next?.text).toBe('他受到指示。');
    expect(agencies?.citations).toEqual(STEPS[0]?.citations);
    expect(agencies?.next?.citations).toEqual(STEPS[0]?.next?.citations);
    expect(jin?.citations).toEqual(STEPS[1]?.citations);
  });

  it('places the English citations, and checks each quotation against the sources of its own step or arrow', () => {
    const embed = chainTranslationEmbed(STEPS, zh);
    expect(embed.cites).toEqual(chainEmbed(STEPS).cites);
    expect(embed.texts).toEqual([]);
    expect(embed.quotations).toEqual([
      { text: 'received instructions from', sources: ['a'], where: 'content/zh-hans/chain.json, step "agencies", text' },
      { text: 'primary liaison with Chinese', sources: ['b', 'a'], where: 'content/zh-hans/chain.json, step "jin", text' },
    ]);
  });

  it('draws every Chinese line within the room of its box or arrow, at 320 units wide', () => {
    const layout = layoutChain(translateChain(STEPS, zh));
    expect(layout.width).toBe(320);
    for (const b of layout.boxes) for (const l of b.lines) expect(textWidth(l.text)).toBeLessThanOrEqual(CHAIN_GEOMETRY.boxChars * 55);
    for (const a of layout.arrows) for (const l of a.lines) expect(textWidth(l.text)).toBeLessThanOrEqual(CHAIN_GEOMETRY.arrowChars * 55);
    // 15 units a character in a box: a line's CJK characters fit inside the box with its padding.
    const box = layout.boxes[1];
    for (const l of box?.lines ?? [])
      expect(l.x + (textWidth(l.text) / 100) * 15).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) - 1);
    expect(box?.lines.map((l) => l.text)).toEqual(['Xinjiang Jin，检方称他是 Zoom', '与中国执法部门的联络人']);
  });
});

describe('chainEmbed', () => {
  it('lists every citation in the order the figure shows them, side by side within a step or an arrow', () => {
    const embed = chainEmbed(STEPS);
    expect(embed.cites.map((c) => [c.quote, c.joinsPrevious ?? false, c.where])).toEqual([
      ['received instructions from', false, 'content/chain.json, step "agencies", citations[0]'],
      ['was instructed by', false, 'content/chain.json, step "agencies", next.citations[0]'],
      ['primary liaison with Chinese', false, 'content/chain.json, step "jin", citations[0]'],
      ['liaison with the CCP', true, 'content/chain.json, step "jin", citations[1]'],
    ]);
  });

  it('checks the quotation marks of every label and sentence against the sources cited with it', () => {
    const embed = chainEmbed(STEPS);
    expect(embed.texts.map((t) => [t.where, t.sources])).toEqual([
      ['content/chain.json, step "agencies", label', ['a']],
      ['content/chain.json, step "agencies", text', ['a']],
      ['content/chain.json, step "agencies", next.label', ['a']],
      ['content/chain.json, step "agencies", next.text', ['a']],
      ['content/chain.json, step "jin", label', ['b', 'a']],
      ['content/chain.json, step "jin", text', ['b', 'a']],
    ]);
  });
});

describe('layoutChain', () => {
  const layout = layoutChain(STEPS);

  it('stacks a box per step from top to bottom, with an arrow between each two', () => {
    expect(layout.boxes.map((b) => b.id)).toEqual(['agencies', 'jin']);
    expect(layout.arrows).toHaveLength(1);
    const [first, second] = layout.boxes;
    const [arrow] = layout.arrows;
    expect(arrow?.y1).toBe((first?.y ?? 0) + (first?.height ?? 0));
    expect(arrow?.y2).toBe(second?.y);
    expect(layout.height).toBe((second?.y ?? 0) + (second?.height ?? 0) + CHAIN_GEOMETRY.margin);
  });

  it('keeps every line inside the view box and every box line inside its box', () => {
    for (const b of layout.boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      for (const l of b.lines) {
        expect(l.text.length).toBeLessThanOrEqual(CHAIN_GEOMETRY.boxChars);
        expect(l.y).toBeGreaterThan(b.y);
        expect(l.y).toBeLessThan(b.y + b.height);
      }
    }
    for (const a of layout.arrows) {
      for (const l of a.lines) {
        expect(l.text.length).toBeLessThanOrEqual(CHAIN_GEOMETRY.arrowChars);
        expect(l.y).toBeGreaterThan(a.y1);
        expect(l.y).toBeLessThan(a.y2);
      }
    }
  });

  it('grows a box with its label: a three-line label makes a taller box than a one-line one', () => {
    const [first, second] = layout.boxes;
    expect(first?.lines).toHaveLength(1);
    expect(second?.lines.length).toBe(3);
    expect(second?.height).toBeGreaterThan(first?.height ?? 0);
  });

  it('draws nothing for no steps', () => {
    expect(layoutChain([])).toEqual({ width: CHAIN_GEOMETRY.width, height: CHAIN_GEOMETRY.margin * 2, boxes: [], arrows: [] });
  });
});
