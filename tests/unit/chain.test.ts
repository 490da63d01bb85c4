import { describe, expect, it } from 'vitest';
import { CHAIN_GEOMETRY, chainEmbed, layoutChain, wrapWords, type ChainStep } from '../../src/lib/chain';

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
