import { describe, expect, it } from 'vitest';
import { displayPassage, mergeSpans, segments, type DisplayPart } from '../../src/lib/marks';

describe('mergeSpans', () => {
  it('sorts spans by start', () => {
    expect(
      mergeSpans([
        { start: 10, end: 12 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([
      { start: 1, end: 3 },
      { start: 10, end: 12 },
    ]);
  });

  it('merges overlapping spans', () => {
    expect(
      mergeSpans([
        { start: 0, end: 5 },
        { start: 3, end: 8 },
        { start: 4, end: 6 },
      ]),
    ).toEqual([{ start: 0, end: 8 }]);
  });

  it('merges spans that touch', () => {
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 5 },
      ]),
    ).toEqual([{ start: 0, end: 9 }]);
  });

  it('keeps a span that lies inside another within it', () => {
    expect(
      mergeSpans([
        { start: 0, end: 10 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([{ start: 0, end: 10 }]);
  });

  it('drops empty and inverted spans', () => {
    expect(
      mergeSpans([
        { start: 3, end: 3 },
        { start: 7, end: 5 },
        { start: 1, end: 2 },
      ]),
    ).toEqual([{ start: 1, end: 2 }]);
  });

  it('returns nothing for no spans', () => {
    expect(mergeSpans([])).toEqual([]);
  });

  it('does not change the spans it is given', () => {
    const input = [
      { start: 4, end: 9 },
      { start: 0, end: 5 },
    ];
    mergeSpans(input);
    expect(input).toEqual([
      { start: 4, end: 9 },
      { start: 0, end: 5 },
    ]);
  });
});

describe('segments', () => {
  const text = 'Zoom said it would cooperate.';

  it('returns the whole text unmarked when nothing is cited', () => {
    expect(segments(text, [])).toEqual([{ text, marked: false }]);
  });

  it('marks a span in the middle of the text', () => {
    expect(segments(text, [{ start: 5, end: 12 }])).toEqual([
      { text: 'Zoom ', marked: false },
      { text: 'said it', marked: true },
      { text: ' would cooperate.', marked: false },
    ]);
  });

  it('marks spans at the very start and very end', () => {
    expect(
      segments(text, [
        { start: 0, end: 4 },
        { start: 19, end: 29 },
      ]),
    ).toEqual([
      { text: 'Zoom', marked: true },
      { text: ' said it would ', marked: false },
      { text: 'cooperate.', marked: true },
    ]);
  });

  it('marks the whole text when one span covers it', () => {
    expect(segments(text, [{ start: 0, end: text.length }])).toEqual([{ text, marked: true }]);
  });

  it('merges overlapping spans into one marked segment', () => {
    expect(
      segments(text, [
        { start: 5, end: 9 },
        { start: 7, end: 12 },
      ]),
    ).toEqual([
      { text: 'Zoom ', marked: false },
      { text: 'said it', marked: true },
      { text: ' would cooperate.', marked: false },
    ]);
  });

  it('clamps spans that run past the end of the text', () => {
    expect(
      segments('short', [
        { start: 2, end: 50 },
        { start: 60, end: 70 },
      ]),
    ).toEqual([
      { text: 'sh', marked: false },
      { text: 'ort', marked: true },
    ]);
  });

  it('always gives back exactly the original text', () => {
    const spans = [
      { start: 13, end: 18 },
      { start: 0, end: 2 },
      { start: 17, end: 22 },
    ];
    expect(
      segments(text, spans)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('returns no segments for empty text', () => {
    expect(segments('', [])).toEqual([]);
  });
});

describe('displayPassage', () => {
  /** Renders parts as text, writing a gap as "[…]" and marked text in brackets. */
  const render = (parts: DisplayPart[]): string =>
    parts.map((p) => (p.gap ? '[\u2026]' : p.segments.map((s) => (s.marked ? `<${s.text}>` : s.text)).join(''))).join(' | ');
  const spanOf = (text: string, words: string): { start: number; end: number } => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    return { start, end: start + words.length };
  };

  const filler = 'Filler words go on here. '.repeat(20);
  const long = `First sentence is cited here. ${filler}Middle part is cited too. ${filler}Last sentence is cited.`;

  it('shows a passage within the limit whole, with the cited span marked', () => {
    const text = 'Short passage. It has a cited bit. And more.';
    expect(displayPassage(text, [spanOf(text, 'a cited bit')])).toEqual([
      {
        gap: false,
        segments: [
          { text: 'Short passage. It has ', marked: false },
          { text: 'a cited bit', marked: true },
          { text: '. And more.', marked: false },
        ],
      },
    ]);
  });

  it('shows a passage of exactly maxChars whole', () => {
    const text = 'One. Two. Three.';
    expect(displayPassage(text, [spanOf(text, 'Two')], text.length)).toHaveLength(1);
  });

  it('trims a long passage to the cited sentence, with gaps before and after', () => {
    expect(long.length).toBeGreaterThan(900);
    expect(render(displayPassage(long, [spanOf(long, 'is cited too')]))).toBe('[\u2026] | Middle part <is cited too>. | [\u2026]');
  });

  it('puts no gap before a cited first sentence', () => {
    expect(render(displayPassage(long, [spanOf(long, 'First sentence')]))).toBe('<First sentence> is cited here. | [\u2026]');
  });

  it('puts no gap after a cited last sentence', () => {
    expect(render(displayPassage(long, [spanOf(long, 'Last sentence is cited.')]))).toBe('[\u2026] | <Last sentence is cited.>');
  });

  it('shows distant cited sentences with a gap between them', () => {
    const parts = displayPassage(long, [spanOf(long, 'Last sentence'), spanOf(long, 'First sentence')]);
    expect(render(parts)).toBe('<First sentence> is cited here. | [\u2026] | <Last sentence> is cited.');
    expect(parts.map((p) => p.gap)).toEqual([false, true, false]);
  });

  it('gives gaps no segments', () => {
    const parts = displayPassage(long, [spanOf(long, 'Middle part')]);
    for (const p of parts.filter((part) => part.gap)) expect(p.segments).toEqual([]);
  });

  it('shows one sentence once when two citations fall in it', () => {
    const parts = displayPassage(long, [spanOf(long, 'Middle part'), spanOf(long, 'cited too')]);
    expect(render(parts)).toBe('[\u2026] | <Middle part> is <cited too>. | [\u2026]');
  });

  it('shows every sentence a citation spans', () => {
    const parts = displayPassage(long, [spanOf(long, 'cited here. Filler words')]);
    expect(render(parts)).toBe('First sentence is <cited here. Filler words> go on here. | [\u2026]');
  });

  it('honours a smaller maxChars', () => {
    const text = 'One sentence here. Another one there. A third one.';
    expect(render(displayPassage(text, [spanOf(text, 'Another one')], 20))).toBe('[\u2026] | <Another one> there. | [\u2026]');
  });

  it('puts no omission marker between two cited sentences that follow each other', () => {
    // Nothing is left out between them, so no "[…]" may appear there.
    const parts = displayPassage(long, [spanOf(long, 'First sentence'), spanOf(long, 'Filler words go')]);
    expect(parts.slice(0, -1).some((p) => p.gap)).toBe(false);
    expect(parts.at(-1)?.gap).toBe(true);
  });

  it('keeps the space between two cited sentences that follow each other', () => {
    const parts = displayPassage(long, [spanOf(long, 'First sentence'), spanOf(long, 'Filler words go')]);
    const shown = parts
      .filter((p) => !p.gap)
      .flatMap((p) => p.segments)
      .map((s) => s.text)
      .join('');
    expect(shown).toBe('First sentence is cited here. Filler words go on here.');
  });
});
