import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceStarts } from '../../../src/lib/citations/sentences';

/** The sentences of `text`, cut at the starts sentenceStarts returns. */
function sentencesOf(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trimEnd());
}

describe('sentenceStarts', () => {
  it('returns only 0 for a single sentence', () => {
    expect(sentenceStarts('Just one sentence here.')).toEqual([0]);
  });

  it('returns 0 for empty text', () => {
    expect(sentenceStarts('')).toEqual([0]);
  });

  it('starts a sentence after a period, question mark or exclamation mark and a space', () => {
    const text = 'It ended. Was it over? Yes! Then nothing.';
    expect(sentenceStarts(text)).toEqual([0, 10, 23, 28]);
    expect(sentencesOf(text)).toEqual(['It ended.', 'Was it over?', 'Yes!', 'Then nothing.']);
  });

  it('does not start a sentence before a lowercase word', () => {
    expect(sentenceStarts('It ended. then it went on? maybe.')).toEqual([0]);
  });

  it('needs whitespace after the punctuation', () => {
    expect(sentenceStarts('Version 2.0.Next thing.')).toEqual([0]);
  });

  it('starts a sentence before a number', () => {
    expect(sentencesOf('It was a bad year. 2020 was worse.')).toEqual(['It was a bad year.', '2020 was worse.']);
  });

  it('ends a sentence after a number', () => {
    expect(sentencesOf('It happened in 2020. The end.')).toEqual(['It happened in 2020.', 'The end.']);
  });

  it('does not end a sentence at "U.S." or other abbreviations with inner periods', () => {
    expect(sentencesOf('He was held by U.S. Marshals. Then e.g. Bob left.')).toEqual([
      'He was held by U.S. Marshals.',
      'Then e.g. Bob left.',
    ]);
  });

  it('does not end a sentence at a month abbreviation such as "Dec. 18"', () => {
    expect(sentencesOf('On Dec. 18, prosecutors charged him. Sept. 30 came.')).toEqual([
      'On Dec. 18, prosecutors charged him.',
      'Sept. 30 came.',
    ]);
  });

  it('does not end a sentence at an initial such as "John C. Demers"', () => {
    expect(sentencesOf('Assistant Attorney General John C. Demers said so. He left.')).toEqual([
      'Assistant Attorney General John C. Demers said so.',
      'He left.',
    ]);
  });

  it('does not end a sentence at titles such as "Mr." and "Dr."', () => {
    expect(sentencesOf('Mr. Jin met Dr. Li. They talked.')).toEqual(['Mr. Jin met Dr. Li.', 'They talked.']);
  });

  it('recognises abbreviations in any letter case', () => {
    expect(sentenceStarts('See DEC. 18 and No. 5 and Inc. Corp. All one.')).toEqual([0]);
  });

  it('ends a sentence after a closing quote that follows the period', () => {
    const text = 'He said \u201Cstop.\u201D Then he left. She said "go." Now.';
    expect(sentencesOf(text)).toEqual(['He said \u201Cstop.\u201D', 'Then he left.', 'She said "go."', 'Now.']);
  });

  it('ends a sentence after a closing parenthesis or bracket that follows the period', () => {
    expect(sentencesOf('It was filed (in court.) Then [sealed.] Later.')).toEqual(['It was filed (in court.)', 'Then [sealed.]', 'Later.']);
  });

  it('starts a sentence at an opening quote or parenthesis before a capital', () => {
    expect(sentencesOf('It ended. \u201CNever again,\u201D he said. (See below.) Done.')).toEqual([
      'It ended.',
      '\u201CNever again,\u201D he said.',
      '(See below.)',
      'Done.',
    ]);
  });

  it('starts a sentence after a run of several spaces or a newline', () => {
    const text = 'One.   Two.\nThree.';
    expect(sentenceStarts(text)).toEqual([0, 7, 12]);
  });

  it('reads an abbreviation spelt with letters outside the Basic Multilingual Plane as one word', () => {
    // Mathematical bold U.S.: each letter is a surrogate pair.
    expect(sentencesOf('Held by \u{1D414}.\u{1D412}. Marshals. Then left.')).toEqual([
      'Held by \u{1D414}.\u{1D412}. Marshals.',
      'Then left.',
    ]);
  });

  it('finds every sentence of a passage of 500,000 characters', () => {
    // Reading the word before each period from the start of the text made this quadratic (minutes here).
    const sentence = 'Mr. Jin went home. ';
    const count = Math.floor(500_000 / sentence.length);
    const starts = sentenceStarts(sentence.repeat(count));
    expect(starts).toHaveLength(count);
    expect(starts.at(-1)).toBe(sentence.length * (count - 1));
  });
});

describe('sentenceAround', () => {
  const text = 'On Dec. 18, the U.S. charged him. Zoom said it would cooperate. The case goes on.';
  const span = (words: string): { start: number; end: number } => {
    const start = text.indexOf(words);
    return { start, end: start + words.length };
  };
  const around = (words: string): string => {
    const { start, end } = span(words);
    const s = sentenceAround(text, start, end);
    return text.slice(s.start, s.end);
  };

  it('returns the whole sentence holding the span', () => {
    expect(around('said it would')).toBe('Zoom said it would cooperate.');
  });

  it('returns the first sentence, over abbreviations, for a span in it', () => {
    expect(around('charged him')).toBe('On Dec. 18, the U.S. charged him.');
  });

  it('returns the last sentence without running past the end', () => {
    expect(around('goes on')).toBe('The case goes on.');
  });

  it('returns every sentence a span crosses, and no more', () => {
    expect(around('charged him. Zoom said')).toBe('On Dec. 18, the U.S. charged him. Zoom said it would cooperate.');
  });

  it('does not include the space after the sentence', () => {
    const s = sentenceAround(text, span('Zoom').start, span('Zoom').end);
    expect(text.charAt(s.end - 1)).toBe('.');
    expect(text.charAt(s.start)).toBe('Z');
  });

  it('returns a span that exactly covers a whole sentence unchanged', () => {
    const { start, end } = span('Zoom said it would cooperate.');
    expect(sentenceAround(text, start, end)).toEqual({ start, end });
  });

  it('returns the whole text when there is one sentence', () => {
    expect(sentenceAround('No sentence break here', 3, 11)).toEqual({ start: 0, end: 22 });
  });
});
