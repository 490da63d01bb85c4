import { describe, expect, it } from 'vitest';
import {
  fragmentId,
  isEmptySearch,
  pagefindFilters,
  parseSearchState,
  sameSearch,
  searchQueryString,
  withHighlight,
  type KnownFilters,
} from '../../../src/lib/search/url';

const known: KnownFilters = { topic: ['case', 'laws', 'people'], source: ['epoch-times', 'lowdown-hub'] };

describe('parseSearchState', () => {
  it('reads the query and the filters', () => {
    expect(parseSearchState('?q=MSS&topic=laws&source=epoch-times', known)).toEqual({ q: 'MSS', topic: ['laws'], source: ['epoch-times'] });
  });

  it('normalises the query', () => {
    expect(parseSearchState('?q=%20%20Sean%E2%80%8B%20%20Joyce%20', known).q).toBe('Sean Joyce');
  });

  it('drops filter values that do not exist, and repeats', () => {
    expect(parseSearchState('?topic=laws&topic=nope&topic=laws&source=%3Cscript%3E', known)).toEqual({
      q: '',
      topic: ['laws'],
      source: [],
    });
  });

  it('reads "exact=1" (search the words as typed, no typo correction) only with a query', () => {
    expect(parseSearchState('?q=Evanena&exact=1', known)).toEqual({ q: 'Evanena', topic: [], source: [], exact: true });
    expect(parseSearchState('?exact=1', known)).toEqual({ q: '', topic: [], source: [] });
    expect(parseSearchState('?q=Evanena&exact=yes', known).exact).toBeUndefined();
    expect(searchQueryString({ q: 'Evanena', topic: ['case'], source: [], exact: true })).toBe('?q=Evanena&topic=case&exact=1');
    expect(searchQueryString({ q: '', topic: ['case'], source: [], exact: true })).toBe('?topic=case');
  });

  it('orders filter values as the known values are ordered', () => {
    expect(parseSearchState('?topic=people&topic=case', known).topic).toEqual(['case', 'people']);
  });

  it('accepts URLSearchParams', () => {
    expect(parseSearchState(new URLSearchParams({ q: 'one-minute' }), known).q).toBe('one-minute');
  });

  it('reads an empty or missing query as empty', () => {
    expect(parseSearchState('', known)).toEqual({ q: '', topic: [], source: [] });
  });
});

describe('searchQueryString', () => {
  it('writes the query, then each filter value', () => {
    expect(searchQueryString({ q: 'Sean Joyce', topic: ['case', 'laws'], source: ['epoch-times'] })).toBe(
      '?q=Sean+Joyce&topic=case&topic=laws&source=epoch-times',
    );
  });

  it('writes nothing for an empty state', () => {
    expect(searchQueryString({ q: '', topic: [], source: [] })).toBe('');
  });

  it('encodes markup and symbols so they survive the round trip', () => {
    const state = { q: '<script>&"#?/ 天', topic: [], source: [] };
    expect(parseSearchState(searchQueryString(state), known)).toEqual(state);
  });
});

describe('sameSearch', () => {
  it('is true for equal states and false when a filter differs', () => {
    const a = { q: 'MSS', topic: ['laws'], source: [] };
    expect(sameSearch(a, { ...a, topic: ['laws'] })).toBe(true);
    expect(sameSearch(a, { ...a, topic: [] })).toBe(false);
  });
});

describe('isEmptySearch', () => {
  it('is true only with no words and no filters', () => {
    expect(isEmptySearch({ q: '', topic: [], source: [] })).toBe(true);
    expect(isEmptySearch({ q: '', topic: ['laws'], source: [] })).toBe(false);
    expect(isEmptySearch({ q: 'x', topic: [], source: [] })).toBe(false);
  });
});

describe('pagefindFilters', () => {
  it('asks for any of the chosen values of each filter, and leaves unused filters out', () => {
    expect(pagefindFilters({ q: 'x', topic: ['case', 'laws'], source: [] })).toEqual({ topic: { any: ['case', 'laws'] } });
  });

  it('is empty without filters', () => {
    expect(pagefindFilters({ q: 'x', topic: [], source: [] })).toEqual({});
  });
});

describe('withHighlight', () => {
  it('adds the query before the section anchor', () => {
    expect(withHighlight('/case/#one-minute-rule', 'one-minute')).toBe('/case/?highlight=one-minute#one-minute-rule');
  });

  it('works without an anchor and on full URLs', () => {
    expect(withHighlight('/people/', 'Sean Joyce')).toBe('/people/?highlight=Sean+Joyce');
    expect(withHighlight('https://example.org/explainer/laws/#mss', 'MSS')).toBe('https://example.org/explainer/laws/?highlight=MSS#mss');
  });

  it('keeps other parameters and replaces an earlier highlight', () => {
    expect(withHighlight('/case/?a=1&highlight=old#x', 'new')).toBe('/case/?a=1&highlight=new#x');
  });

  it('removes the highlight for an empty query', () => {
    expect(withHighlight('/case/?highlight=old#x', '  ')).toBe('/case/#x');
  });

  it('encodes characters that would break the URL', () => {
    expect(withHighlight('/case/', '#<a&b>')).toBe('/case/?highlight=%23%3Ca%26b%3E');
  });
});

describe('fragmentId', () => {
  it('decodes the fragment, with or without its #', () => {
    expect(fragmentId('#one-minute-rule')).toBe('one-minute-rule');
    expect(fragmentId('%E4%B8%AD%20x')).toBe('中 x');
    expect(fragmentId('#%E4%B8%AD')).toBe('中');
  });

  it('gives "" for no fragment', () => {
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#')).toBe('');
  });

  it('gives "" for a malformed escape rather than throwing', () => {
    expect(fragmentId('#%E0%A4%A')).toBe('');
    expect(fragmentId('#%')).toBe('');
    expect(fragmentId('#%ZZ')).toBe('');
    expect(fragmentId('#%C3')).toBe('');
  });
});
