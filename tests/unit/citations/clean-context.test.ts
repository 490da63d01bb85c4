import { describe, expect, it } from 'vitest';
import { cleanSentence, spansOf } from '../../../src/lib/citations/clean-context';

const HEADLINE = 'Huawei worked on several systems, documents show';
const TEXT = `“Zoom was paying this guy for doing that job.” ${HEADLINE} Prosecutors charged Jin with conspiracy. Jin, 39, had worked at the company since 2016.`;
const at = (text: string, words: string): [number, number] => {
  const start = text.indexOf(words);
  return [start, start + words.length];
};

describe('spansOf', () => {
  it('finds every place a fragment stands', () => {
    expect(spansOf('ab ab', 'ab')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
    expect(spansOf('ab', '')).toEqual([]);
  });
});

describe('cleanSentence', () => {
  const pasted = spansOf(TEXT, HEADLINE);

  it('cuts pasted text before the cited words and says so', () => {
    const [start, end] = at(TEXT, 'Prosecutors charged Jin');
    const s = cleanSentence(TEXT, start, end, pasted);
    expect(TEXT.slice(s.start, s.end)).toBe('Prosecutors charged Jin with conspiracy.');
    expect(s.cutBefore).toBe(true);
    expect(s.cutAfter).toBe(false);
  });

  it('without pasted text, shows the sentence as the splitter finds it, headline and all', () => {
    const [start, end] = at(TEXT, 'Prosecutors charged Jin');
    const s = cleanSentence(TEXT, start, end);
    expect(TEXT.slice(s.start, s.end)).toBe(`${HEADLINE} Prosecutors charged Jin with conspiracy.`);
    expect([s.cutBefore, s.cutAfter]).toEqual([false, false]);
  });

  it('cuts pasted text after the cited words', () => {
    const text = 'Officials said Jin shared data Steve Bannon and friends';
    const [start, end] = at(text, 'Officials said Jin');
    const s = cleanSentence(text, start, end, spansOf(text, 'Steve Bannon and friends'));
    expect(text.slice(s.start, s.end)).toBe('Officials said Jin shared data');
    expect([s.cutBefore, s.cutAfter]).toEqual([false, true]);
  });

  it('keeps pasted text the writer quoted, and never shows words outside the sentence', () => {
    const [start, end] = at(TEXT, 'documents show Prosecutors');
    const s = cleanSentence(TEXT, start, end, pasted);
    expect(TEXT.slice(s.start, s.end)).toBe(`${HEADLINE} Prosecutors charged Jin with conspiracy.`);
    expect(s.cutBefore).toBe(false);
  });

  it('drops a list bullet at the start of a paragraph, without marking a cut', () => {
    const text = '\u2022 Zoom abides by Chinese domestic law. It says so.';
    const [start, end] = at(text, 'Zoom abides by');
    const s = cleanSentence(text, start, end);
    expect(text.slice(s.start, s.end)).toBe('Zoom abides by Chinese domestic law.');
    expect([s.cutBefore, s.cutAfter]).toEqual([false, false]);
  });
});
