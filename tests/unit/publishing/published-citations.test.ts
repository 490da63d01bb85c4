import { describe, expect, it } from 'vitest';
import { buildCitationIndex } from '../../../src/lib/citations/citation-index';
import { citationRows, LICENCE } from '../../../src/lib/publishing/published-citations';

const index = buildCitationIndex({
  sources: [{ id: 'gazette', file: 'g.txt' }],
  seeds: new Map([['g.txt', 'Intro line.\nThe executive ended four video meetings in May.']]),
  pages: [
    {
      file: 'content/pages/case.mdx',
      url: '/case/',
      source: '<H2 id="meetings">Meetings</H2>\n\nHe ended meetings.<Cite source="gazette" quote="ended four video meetings" />\n',
    },
  ],
});

describe('citationRows', () => {
  it('lists each citation with page, section, source passage and words, as absolute URLs', () => {
    expect(citationRows(index, (p) => `https://example.org${p}`)).toEqual([
      {
        page: 'https://example.org/case/',
        section: 'meetings',
        url: 'https://example.org/case/#meetings',
        source: 'gazette',
        passage: 'p2',
        sourceUrl: 'https://example.org/sources/gazette/#p2',
        quote: 'ended four video meetings',
      },
    ]);
  });
});

describe('LICENCE', () => {
  it('states CC BY 4.0 for the site and leaves quotations to their publishers', () => {
    expect(LICENCE.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(LICENCE.text).toContain('Quotations remain the work of their publishers.');
  });
});
