import { describe, expect, it } from 'vitest';
import { findHighlights, highlightPattern, highlightTerms, shareOfTermsIn, stemTerm } from '../../../src/lib/search/terms';

/** The words of `text` the query would highlight. */
const marked = (query: string, text: string): string[] => {
  const pattern = highlightPattern(highlightTerms(query));
  return pattern ? findHighlights(text, pattern).map((s) => text.slice(s.start, s.end)) : [];
};

describe('highlightTerms', () => {
  it('splits a query into distinct terms, longest first', () => {
    expect(highlightTerms('Sean Joyce sean')).toEqual(['Joyce', 'Sean']);
  });

  it('keeps compounds and trims punctuation around a term', () => {
    expect(highlightTerms('"one-minute" (MSS), 23,000.')).toEqual(['one-minute', '23,000', 'MSS']);
  });

  it('drops single letters but keeps numbers and single Chinese characters', () => {
    expect(highlightTerms('a 1 天 I')).toEqual(['1', '天']);
  });

  it('drops terms with no letters or digits', () => {
    expect(highlightTerms('.*+?^${}()|[]\\ 😀 <>')).toEqual([]);
  });
});

describe('stemTerm', () => {
  it('drops a common English ending', () => {
    expect(stemTerm('meetings')).toBe('meeting');
    expect(stemTerm('charged')).toBe('charg');
    expect(stemTerm('agencies')).toBe('agenc');
  });

  it('keeps short words whole', () => {
    expect(stemTerm('was')).toBe('was');
    expect(stemTerm('MSS')).toBe('MSS');
  });
});

describe('highlightPattern', () => {
  it('is null when there is nothing to find', () => {
    expect(highlightPattern([])).toBeNull();
  });

  it('builds a valid pattern from regular-expression metacharacters', () => {
    expect(() => highlightPattern(['a.b*c', 'x(y)', 'u|v', 'back\\slash', 'br[ack]et'])).not.toThrow();
    expect(marked('a.b*c', 'a.b*c and abbc')).toEqual(['a.b*c']);
  });
});

describe('findHighlights', () => {
  it('matches whole words from their start, in any case', () => {
    expect(marked('mss', 'The MSS (MSS). Not amss.')).toEqual(['MSS', 'MSS']);
  });

  it('matches the rest of a word, as Pagefind matches prefixes and stems', () => {
    expect(marked('charged', 'He was charged; the charges; a charge.')).toEqual(['charged', 'charges', 'charge']);
    expect(marked('Evan', 'William Evanina')).toEqual(['Evanina']);
  });

  it('treats a hyphen and a space alike', () => {
    expect(marked('one-minute', 'the one-minute rule, within one minute')).toEqual(['one-minute', 'one minute']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(marked("Zoom's", 'Zoom’s platform')).toEqual(['Zoom’s']);
  });

  it('finds numbers with their separators', () => {
    expect(marked('23,000', 'about 23,000 users')).toEqual(['23,000']);
  });

  it('finds Chinese text inside a run of characters', () => {
    expect(marked('天安门', '六四天安门事件')).toEqual(['天安门']);
  });

  it('finds the words inside markup, and nothing for bare metacharacters', () => {
    expect(marked('<script>', 'a <script> tag')).toEqual(['script']);
    expect(marked('.*', 'anything at all')).toEqual([]);
  });

  it('returns spans into the text', () => {
    const pattern = highlightPattern(['MSS']);
    expect(pattern && findHighlights('the MSS', pattern)).toEqual([{ start: 4, end: 7 }]);
  });

  it('works with a pattern that is not global', () => {
    expect(findHighlights('MSS MSS', /MSS/iu)).toHaveLength(2);
  });
});

describe('shareOfTermsIn', () => {
  it('is the share of the terms the text contains, stems and spellings included', () => {
    expect(shareOfTermsIn('Sean Joyce', ['Sean', 'Joyce'])).toBe(1);
    expect(shareOfTermsIn('Joyce’s concerns about data', ['Sean', 'Joyce'])).toBe(0.5);
    expect(shareOfTermsIn('The one minute rule', ['one-minute'])).toBe(1);
    expect(shareOfTermsIn('Key figures', ['23,000'])).toBe(0);
  });

  it('is 0 with no terms', () => {
    expect(shareOfTermsIn('anything', [])).toBe(0);
  });
});
