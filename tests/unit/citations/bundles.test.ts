import { describe, expect, it } from 'vitest';
import {
  arrangeNoteQuotes,
  markerLabel,
  markerName,
  markerNotes,
  noteLetter,
  quoteTarget,
  type Placed,
} from '../../../src/lib/citations/bundles';

describe('noteLetter', () => {
  it('runs a to z, then 1a, 1b', () => {
    expect([0, 1, 25, 26, 27, 52].map(noteLetter)).toEqual(['a', 'b', 'z', '1a', '1b', '2a']);
  });
});

describe('markerLabel and markerName', () => {
  it('names a marker with its visible text', () => {
    for (const notes of [[8], [3, 8], [10, 11, 12], [1, 2, 4]]) expect(markerName(notes).endsWith(markerLabel(notes))).toBe(true);
  });

  it('shows one note once, however many citations point to it', () => {
    expect(markerNotes([8, 8, 8])).toEqual([8]);
    expect(markerLabel([8, 8, 8])).toBe('8');
    expect(markerName([8, 8, 8])).toBe('Note 8');
  });

  it('joins three or more notes in a row with a dash, and lists the rest in ascending order', () => {
    expect(markerLabel([12, 10, 11])).toBe('10\u201312');
    expect(markerName([12, 10, 11])).toBe('Notes 10\u201312');
    expect(markerLabel([8, 3])).toBe('3, 8');
    expect(markerName([8, 3])).toBe('Notes 3, 8');
    expect(markerLabel([4, 5])).toBe('4, 5');
    expect(markerLabel([15, 3, 10, 11, 12])).toBe('3, 10\u201312, 15');
    expect(markerName([15, 3, 10, 11, 12])).toBe('Notes 3, 10\u201312, 15');
  });
});

describe('arrangeNoteQuotes', () => {
  const c = (ordinal: number, sentenceStart: number): Placed => ({ ordinal, note: 2, sentenceStart, sentenceEnd: sentenceStart + 10 });

  it('orders the quotations as the page cites them and letters them down the note', () => {
    // The page cites the passage's third sentence first, then its first, then the third again.
    const quotes = arrangeNoteQuotes([c(9, 0), c(4, 40), c(20, 40), c(30, 80)]);
    expect(quotes.map((q) => q.sentenceStart)).toEqual([40, 0, 80]);
    expect(quotes.map((q) => q.backlinks.map((b) => `${b.citation.ordinal}${b.letter}`))).toEqual([['4a', '20b'], ['9c'], ['30d']]);
    expect(quotes.map((q) => q.letter)).toEqual(['a', 'c', 'd']);
  });

  it('leads a marker to its own quotation when the note has several, and to the note when it has one', () => {
    const quotes = arrangeNoteQuotes([c(9, 0), c(4, 40), c(20, 40)]);
    expect(quoteTarget('note-2', quotes, 20)).toBe('note-2-a');
    expect(quoteTarget('note-2', quotes, 9)).toBe('note-2-c');
    expect(quoteTarget('note-2', arrangeNoteQuotes([c(4, 40), c(20, 40)]), 20)).toBe('note-2');
    expect(quoteTarget('note-2', quotes, 99)).toBe('note-2');
  });
});
