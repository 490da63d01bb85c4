import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, citedTitle, CITE_FORMATS, formatCitation, type CiteTarget } from '../../../src/lib/linking/cite-formats';

const section: CiteTarget = {
  siteName: 'The Zoom Tiananmen Case',
  pageTitle: 'The case against Xinjiang Jin',
  sectionTitle: 'The one-minute rule',
  url: 'https://example.org/case/#one-minute-rule',
  published: '2026-11-21',
  updated: '2026-12-02',
  accessed: '2027-01-05',
};
const page: CiteTarget = {
  ...section,
  sectionTitle: undefined,
  url: 'https://example.org/case/',
  updated: '2026-11-21',
  accessed: undefined,
};

describe('citedTitle', () => {
  it('joins page and section titles, or gives the page title alone', () => {
    expect(citedTitle(section)).toBe('The case against Xinjiang Jin: The one-minute rule');
    expect(citedTitle(page)).toBe('The case against Xinjiang Jin');
  });
});

describe('formatCitation', () => {
  it('writes plain text with the published, updated and accessed dates', () => {
    expect(formatCitation('Plain text', section)).toBe(
      '"The case against Xinjiang Jin: The one-minute rule." The Zoom Tiananmen Case. Published 21 November 2026, updated 2 December 2026. https://example.org/case/#one-minute-rule (accessed 5 January 2027).',
    );
  });

  it('leaves out the update and the access date when there are none', () => {
    expect(formatCitation('Plain text', page)).toBe(
      '"The case against Xinjiang Jin." The Zoom Tiananmen Case. Published 21 November 2026. https://example.org/case/.',
    );
  });

  it('writes APA with the date of the version cited and a retrieval date', () => {
    expect(formatCitation('APA', section)).toBe(
      'The case against Xinjiang Jin: The one-minute rule. (2026, December 2). The Zoom Tiananmen Case. Retrieved January 5, 2027, from https://example.org/case/#one-minute-rule',
    );
  });

  it('writes Chicago with publication, modification and access dates', () => {
    expect(formatCitation('Chicago', section)).toBe(
      '"The case against Xinjiang Jin: The one-minute rule." The Zoom Tiananmen Case. Published November 21, 2026. Last modified December 2, 2026. Accessed January 5, 2027. https://example.org/case/#one-minute-rule.',
    );
  });

  it('writes a BibTeX entry with a key from the URL and escaped fields', () => {
    expect(formatCitation('BibTeX', { ...section, pageTitle: 'Laws & agencies' })).toBe(
      [
        '@misc{zoomcase-case-one-minute-rule,',
        '  title = {Laws \\& agencies: The one-minute rule},',
        '  author = {{The Zoom Tiananmen Case}},',
        '  year = {2026},',
        '  month = dec,',
        '  url = {https://example.org/case/#one-minute-rule},',
        '  urldate = {2027-01-05},',
        '  note = {Published 2026-11-21, updated 2026-12-02}',
        '}',
      ].join('\n'),
    );
  });

  it('writes a Markdown link, escaping brackets in the title', () => {
    expect(formatCitation('Markdown', { ...page, pageTitle: 'The [case]' })).toBe(
      '[The \\[case\\] — The Zoom Tiananmen Case](https://example.org/case/)',
    );
  });

  it('formats every listed format without throwing', () => {
    for (const f of CITE_FORMATS) expect(formatCitation(f, section).length).toBeGreaterThan(20);
  });

  it('rejects a malformed date', () => {
    expect(() => formatCitation('APA', { ...section, updated: '2026-12' })).toThrow('Expected a date as YYYY-MM-DD, got "2026-12"');
  });
});

describe('bibtexEscape', () => {
  it('escapes the characters BibTeX treats specially', () => {
    expect(bibtexEscape('50% of $5 & #1_a {b} ~ ^ \\')).toBe(
      '50\\% of \\$5 \\& \\#1\\_a \\{b\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});

describe('bibtexKey', () => {
  it('makes a key from the path and anchor, and "home" for the root', () => {
    expect(bibtexKey('https://example.org/related-cases/tiktok/#what-the-source-says')).toBe(
      'zoomcase-related-cases-tiktok-what-the-source-says',
    );
    expect(bibtexKey('https://example.org/')).toBe('zoomcase-home');
  });
});
