import { describe, expect, it } from 'vitest';
import {
  bibtexEscape,
  bibtexKey,
  citedTitle,
  CITE_FORMATS,
  citeFormatsFor,
  formatCitation,
  GBT_7714,
  formatPassageCitation,
  sourceTitle,
  type CiteTarget,
  type PassageCiteTarget,
} from '../../../src/lib/linking/cite-formats';

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

const passage: PassageCiteTarget = {
  siteName: 'The Zoom Tiananmen Case',
  pageTitle: 'Axios, 18 Dec 2020',
  url: 'https://example.org/sources/axios-2020-12-18/#p7',
  published: '2026-11-21',
  updated: '2026-12-02',
  accessed: '2027-01-05',
  source: {
    outlet: 'Axios',
    headline: 'U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event',
    date: '2020-12-18',
    kind: 'news report',
  },
  paragraph: 7,
};
/** A source that gives no outlet, headline or date, cited before the page was ever updated. */
const bare: PassageCiteTarget = {
  ...passage,
  pageTitle: 'Unsigned first-person analysis',
  url: 'https://example.org/sources/unsigned-analysis/#p20',
  updated: '2026-11-21',
  accessed: undefined,
  source: { outlet: null, headline: null, date: null, kind: 'opinion' },
  paragraph: 20,
};

describe('sourceTitle', () => {
  it('gives the headline, or describes an untitled text by its kind in brackets', () => {
    expect(sourceTitle(passage.source)).toBe('U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event');
    expect(sourceTitle(bare.source)).toBe('[Untitled opinion]');
  });
});

describe('formatPassageCitation', () => {
  it('writes plain text naming the outlet, headline, date and paragraph, then the page that quotes it', () => {
    expect(formatPassageCitation('Plain text', passage)).toBe(
      'Axios. "U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event." 18 December 2020, ¶ 7. Quoted in "Axios, 18 Dec 2020," The Zoom Tiananmen Case. Published 21 November 2026, updated 2 December 2026. https://example.org/sources/axios-2020-12-18/#p7 (accessed 5 January 2027).',
    );
  });

  it('says so where the text names no outlet, gives no headline or no date', () => {
    expect(formatPassageCitation('Plain text', bare)).toBe(
      'Outlet not named. [Untitled opinion]. Undated, ¶ 20. Quoted in "Unsigned first-person analysis," The Zoom Tiananmen Case. Published 21 November 2026. https://example.org/sources/unsigned-analysis/#p20.',
    );
  });

  it('writes APA with the source\u2019s date (or n.d.), the paragraph, and the page as where it is quoted', () => {
    expect(formatPassageCitation('APA', passage)).toBe(
      'Axios. (2020, December 18). U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event (para. 7). As quoted in Axios, 18 Dec 2020. (2026, December 2). The Zoom Tiananmen Case. Retrieved January 5, 2027, from https://example.org/sources/axios-2020-12-18/#p7',
    );
    expect(formatPassageCitation('APA', bare)).toBe(
      'Outlet not named. (n.d.). [Untitled opinion] (para. 20). As quoted in Unsigned first-person analysis. (2026, November 21). The Zoom Tiananmen Case. https://example.org/sources/unsigned-analysis/#p20',
    );
  });

  it('writes Chicago with the source\u2019s date, the paragraph, and the page\u2019s dates', () => {
    expect(formatPassageCitation('Chicago', passage)).toBe(
      'Axios. "U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event." December 18, 2020, para. 7. Quoted in "Axios, 18 Dec 2020." The Zoom Tiananmen Case. Published November 21, 2026. Last modified December 2, 2026. Accessed January 5, 2027. https://example.org/sources/axios-2020-12-18/#p7.',
    );
    expect(formatPassageCitation('Chicago', bare)).toContain('[Untitled opinion]. n.d., para. 20.');
  });

  it('writes a BibTeX entry keyed by the passage\u2019s address, with the outlet and date only where known', () => {
    expect(formatPassageCitation('BibTeX', passage)).toBe(
      [
        '@misc{zoomcase-sources-axios-2020-12-18-p7,',
        '  title = {U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event},',
        '  author = {{Axios}},',
        '  year = {2020},',
        '  month = dec,',
        '  url = {https://example.org/sources/axios-2020-12-18/#p7},',
        '  urldate = {2027-01-05},',
        '  note = {Paragraph 7. Quoted in: Axios, 18 Dec 2020, The Zoom Tiananmen Case, published 2026-11-21, updated 2026-12-02}',
        '}',
      ].join('\n'),
    );
    expect(formatPassageCitation('BibTeX', bare)).toBe(
      [
        '@misc{zoomcase-sources-unsigned-analysis-p20,',
        '  title = {[Untitled opinion]},',
        '  url = {https://example.org/sources/unsigned-analysis/#p20},',
        '  note = {Paragraph 20; no date given. Quoted in: Unsigned first-person analysis, The Zoom Tiananmen Case, published 2026-11-21}',
        '}',
      ].join('\n'),
    );
  });

  it('writes a Markdown link to the passage, escaping the brackets of an untitled text', () => {
    expect(formatPassageCitation('Markdown', passage)).toBe(
      '[Axios, “U.S. charges China-based Zoom employee for disrupting Tiananmen commemoration event”, 18 December 2020, ¶ 7, quoted in The Zoom Tiananmen Case](https://example.org/sources/axios-2020-12-18/#p7)',
    );
    expect(formatPassageCitation('Markdown', bare)).toBe(
      '[Outlet not named, \\[Untitled opinion\\], undated, ¶ 20, quoted in The Zoom Tiananmen Case](https://example.org/sources/unsigned-analysis/#p20)',
    );
  });

  it('formats every listed format', () => {
    for (const f of CITE_FORMATS) expect(formatPassageCitation(f, passage)).toContain('/sources/axios-2020-12-18/#p7');
  });
});

describe('GB/T 7714', () => {
  const zhSection: CiteTarget = {
    siteName: 'Zoom 天安门案',
    pageTitle: '针对 Xinjiang Jin 的案件',
    sectionTitle: '指控',
    url: 'https://example.org/zh-hans/case/#charges',
    published: '2026-11-30',
    updated: '2026-12-02',
    accessed: '2027-01-05',
  };

  it('is offered first on a Chinese page, in either script, and not on an English one', () => {
    expect(citeFormatsFor('zh-Hans')).toEqual([GBT_7714, ...CITE_FORMATS]);
    expect(citeFormatsFor('zh-Hant')[0]).toBe(GBT_7714);
    expect(citeFormatsFor('en')).toEqual(CITE_FORMATS);
    expect(citeFormatsFor('')).toEqual(CITE_FORMATS);
  });

  it('writes an online resource: responsible party. title[EB/OL]. (updated)[cited]. address.', () => {
    expect(formatCitation(GBT_7714, zhSection)).toBe(
      'Zoom 天安门案. 针对 Xinjiang Jin 的案件: 指控[EB/OL]. (2026-12-02)[2027-01-05]. https://example.org/zh-hans/case/#charges.',
    );
  });

  it('leaves the date cited out when it is unknown (no JavaScript), for the reader to add', () => {
    expect(
      formatCitation(GBT_7714, { ...zhSection, sectionTitle: undefined, accessed: undefined, url: 'https://example.org/zh-hans/case/' }),
    ).toBe('Zoom 天安门案. 针对 Xinjiang Jin 的案件[EB/OL]. (2026-12-02). https://example.org/zh-hans/case/.');
  });
});
