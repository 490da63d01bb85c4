import { describe, expect, it } from 'vitest';
import { availableTopics, facetFilterValues, pageFacets, topicLabel, topicOf, TOPICS } from '../../../src/lib/search/facets';

const registry = ['epoch-times', 'lowdown-hub', 'axios-2020-12-22'];

describe('topicOf', () => {
  it('files each main page under its topic', () => {
    expect(topicOf('/case/')).toBe('case');
    expect(topicOf('/corporate-responses/')).toBe('corporate-responses');
    expect(topicOf('/people/')).toBe('people');
  });

  it('files pages below a topic page under that topic', () => {
    expect(topicOf('/related-cases/tiktok/')).toBe('related-cases');
    expect(topicOf('/sources/epoch-times/')).toBe('sources');
  });

  it('files the home and about pages under no topic', () => {
    expect(topicOf('/')).toBeUndefined();
    expect(topicOf('/about/')).toBeUndefined();
  });

  it('does not file a page whose path only starts with the same letters', () => {
    expect(topicOf('/cases/')).toBeUndefined();
  });
});

describe('pageFacets', () => {
  it('lists the cited sources once each, in registry order', () => {
    expect(pageFacets('/case/', ['axios-2020-12-22', 'epoch-times', 'epoch-times'], registry)).toEqual({
      topic: 'case',
      sources: ['epoch-times', 'axios-2020-12-22'],
    });
  });

  it("files a source's own page under that source", () => {
    expect(pageFacets('/sources/lowdown-hub/', [], registry)).toEqual({ topic: 'sources', sources: ['lowdown-hub'] });
  });

  it('ignores sources that are not in the registry', () => {
    expect(pageFacets('/about/', ['nope'], registry)).toEqual({ topic: undefined, sources: [] });
  });
});

describe('facetFilterValues', () => {
  it('writes one Pagefind filter value per facet', () => {
    expect(facetFilterValues({ topic: 'laws', sources: ['epoch-times', 'lowdown-hub'] })).toEqual([
      'topic:laws',
      'source:epoch-times',
      'source:lowdown-hub',
    ]);
  });

  it('writes no topic for a page without one', () => {
    expect(facetFilterValues({ topic: undefined, sources: [] })).toEqual([]);
  });
});

describe('topicLabel', () => {
  it("uses the main navigation's label, else the id", () => {
    const [caseTopic, laws] = TOPICS;
    expect(topicLabel(caseTopic, [{ url: '/case/', label: 'The case' }])).toBe('The case');
    expect(topicLabel(laws, [])).toBe('laws');
  });
});

describe('availableTopics', () => {
  it('lists the topics whose page exists, labelled as the navigation labels them, in contract order', () => {
    expect(availableTopics(new Set(['/people/', '/case/', '/about/']), [{ url: '/case/', label: 'The case' }])).toEqual([
      { id: 'case', path: '/case/', label: 'The case' },
      { id: 'people', path: '/people/', label: 'people' },
    ]);
  });
});
