import { describe, expect, it } from 'vitest';
import { buildCitationIndex, type CitationIndex, type PageInput, type SourceRef } from '../../../src/lib/citations/citation-index';
import {
  ATTRIBUTION_VERBS,
  attributionPhrases,
  countAttributions,
  countWords,
  formatCoverage,
  formatReadability,
  markerRuns,
  readerMarkers,
  measureCoverage,
  measureReadability,
  OTHER_ATTRIBUTION_NAMES,
  readProse,
  type Coverage,
  type CoverageRow,
  type ProsePart,
  type ReadabilityRow,
} from '../../../src/lib/citations/coverage';
import { scanDataEntries } from '../../../src/lib/citations/data-entries';

const SOURCES: SourceRef[] = [
  { id: 'alpha', file: 'a.txt' },
  { id: 'beta', file: 'b.txt' },
  { id: 'gamma', file: 'c.txt' },
];
const SEEDS = new Map([
  ['a.txt', 'The executive was charged in a Brooklyn federal court.\n\nZoom said it would cooperate with the investigation.\n'],
  ['b.txt', 'Prosecutors said he shut down four meetings about June 4.\n'],
  ['c.txt', 'A source that nobody cites at all.\n'],
]);
const SLUGS = ['alpha', 'beta', 'gamma'];

const mdx = (name: string, ...rows: string[]): PageInput => ({
  file: `content/pages/${name}.mdx`,
  url: name === 'index' ? '/' : `/${name}/`,
  source: `${rows.join('\n')}\n`,
});

/** Three paragraphs: cited, uncited (line 3), and cited twice with a space before the first marker (line 5). */
const CASE = mdx(
  'case',
  'He was charged.<Cite source="alpha" quote="was charged in a Brooklyn" />',
  '',
  'No citation here.',
  '',
  'Zoom would help <Cite source="alpha" quote="would cooperate with the investigation" /> and meetings ended.<Cite source="beta" quote="shut down four meetings" />',
);

/** Two paragraphs: uncited (line 1) and cited with a space before the marker (line 3). */
const ABOUT = mdx('about', 'About this site.', '', 'Also about <Cite source="beta" quote="Prosecutors said he" />');

/** Three entries; the second and third have no citation. */
const TIMELINE: PageInput = {
  file: 'content/timeline.json',
  url: '/timeline/',
  scanned: scanDataEntries('content/timeline.json', 'event', [
    { id: 'charged', title: 'Charged', citations: [{ source: 'alpha', quote: 'in a Brooklyn federal court' }] },
    { id: 'meeting', title: 'Meeting', citations: [] },
    { id: 'response', title: 'Response', citations: [] },
  ]),
};

const indexOf = (...pages: PageInput[]): CitationIndex => buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages });

describe('measureCoverage', () => {
  it('gives one row per page, sorted by URL, with paragraphs, cited paragraphs, citations and distinct sources', () => {
    const { rows } = measureCoverage(indexOf(CASE, TIMELINE, ABOUT), SLUGS, new Set(['/about/']));
    expect(rows).toEqual<CoverageRow[]>([
      { url: '/about/', file: 'content/pages/about.mdx', paragraphs: 2, cited: 1, citations: 1, sources: 1, meta: true },
      { url: '/case/', file: 'content/pages/case.mdx', paragraphs: 3, cited: 2, citations: 3, sources: 2, meta: false },
      { url: '/timeline/', file: 'content/timeline.json', paragraphs: 3, cited: 1, citations: 1, sources: 1, meta: false },
    ]);
  });

  it('lists the gaps of each page in URL order: spaced markers, then uncited paragraphs, then unused sources', () => {
    const { gaps } = measureCoverage(indexOf(CASE, TIMELINE, ABOUT), SLUGS, new Set(['/about/']));
    expect(gaps).toEqual([
      'content/pages/case.mdx:5: remove the space before <Cite>, so the note marker follows its sentence.',
      'content/pages/case.mdx:3: this paragraph has no citation.',
      'content/timeline.json: entry "meeting" has no citation.',
      'content/timeline.json: entry "response" has no citation.',
      'source "gamma" is never cited.',
    ]);
  });

  it('exempts a meta page from the gaps but still gives its row', () => {
    const index = indexOf(ABOUT);
    const asMeta = measureCoverage(index, ['beta'], new Set(['/about/']));
    expect(asMeta.gaps).toEqual([]);
    expect(asMeta.rows.map((r) => [r.url, r.meta, r.paragraphs, r.cited])).toEqual([['/about/', true, 2, 1]]);
  });

  it('exempts the Chinese twins of a meta page too', () => {
    const twins = ['zh-hans', 'zh-hant'].map((e) => ({ ...ABOUT, url: `/${e}/about/` }));
    const { rows, gaps } = measureCoverage(indexOf(...twins), ['beta'], new Set(['/about/']));
    expect(gaps).toEqual([]);
    expect(rows.map((r) => [r.url, r.meta])).toEqual([
      ['/zh-hans/about/', true],
      ['/zh-hant/about/', true],
    ]);
  });

  it('reports the same page when it is not listed as meta', () => {
    const { rows, gaps } = measureCoverage(indexOf(ABOUT), ['beta'], new Set(['/case/']));
    expect(rows.map((r) => r.meta)).toEqual([false]);
    expect(gaps).toEqual([
      'content/pages/about.mdx:3: remove the space before <Cite>, so the note marker follows its sentence.',
      'content/pages/about.mdx:1: this paragraph has no citation.',
    ]);
  });

  it('names an uncited paragraph of an MDX page by file and line', () => {
    const { gaps } = measureCoverage(
      indexOf(mdx('laws', 'Cited.<Cite source="beta" quote="four meetings about June" />', '', '', 'Not cited.')),
      ['beta'],
      new Set(),
    );
    expect(gaps).toEqual(['content/pages/laws.mdx:4: this paragraph has no citation.']);
  });

  it('names an uncited entry of a data file by its id, since data pages are listed in display order', () => {
    const people: PageInput = {
      file: 'content/people.json',
      url: '/people/',
      scanned: scanDataEntries('content/people.json', 'entry', [{ id: 'jin', title: 'Jin', citations: [] }]),
    };
    const { rows, gaps } = measureCoverage(indexOf(people), [], new Set());
    expect(gaps).toEqual(['content/people.json: entry "jin" has no citation.']);
    expect(rows).toEqual<CoverageRow[]>([
      { url: '/people/', file: 'content/people.json', paragraphs: 1, cited: 0, citations: 0, sources: 0, meta: false },
    ]);
  });

  it('counts a paragraph with two citations once as cited, and both citations', () => {
    const page = mdx(
      'one',
      'A.<Cite source="alpha" quote="executive was charged in" /> B.<Cite source="alpha" quote="said it would cooperate" />',
    );
    const { rows } = measureCoverage(indexOf(page), ['alpha'], new Set());
    expect(rows.map((r) => [r.paragraphs, r.cited, r.citations, r.sources])).toEqual([[1, 1, 2, 1]]);
  });

  it('lists every source never cited anywhere, in the order of the given slugs', () => {
    const page = mdx('one', 'A.<Cite source="beta" quote="four meetings about June" />');
    const { gaps } = measureCoverage(indexOf(page), ['gamma', 'beta', 'alpha'], new Set());
    expect(gaps).toEqual(['source "gamma" is never cited.', 'source "alpha" is never cited.']);
  });

  it('finds no gap when every paragraph is cited without a space and every source is used', () => {
    const page = mdx(
      'index',
      'A.<Cite source="alpha" quote="executive was charged in" />',
      '',
      'B.<Cite source="beta" quote="four meetings about June" /> C.<Cite source="gamma" quote="nobody cites at all" />',
    );
    expect(measureCoverage(indexOf(page), SLUGS, new Set()).gaps).toEqual([]);
  });

  it('gives no rows and only unused sources for an empty site', () => {
    expect(measureCoverage(indexOf(), ['alpha'], new Set())).toEqual<Coverage>({ rows: [], gaps: ['source "alpha" is never cited.'] });
  });
});

describe('formatCoverage', () => {
  const row = (url: string, paragraphs: number, cited: number, citations: number, sources: number, meta = false): CoverageRow => ({
    url,
    file: `content/pages${url}index.mdx`,
    paragraphs,
    cited,
    citations,
    sources,
    meta,
  });

  it('aligns a table with a rule under the header, marks meta pages and totals every column but sources', () => {
    const text = formatCoverage({ rows: [row('/', 12, 12, 30, 4), row('/about/', 3, 0, 0, 0, true)], gaps: [] });
    expect(text).toBe(
      [
        'page                      paragraphs  cited  citations  sources',
        '------------------------  ----------  -----  ---------  -------',
        '/                                 12     12         30        4',
        '/about/ (about the site)           3      0          0        0',
        'total                             15     12         30         ',
        '',
        'Every content paragraph, event and person is cited, and every source is used.',
      ].join('\n'),
    );
  });

  it('widens the number columns to fit large numbers', () => {
    const text = formatCoverage({ rows: [row('/a/', 123456789012, 1, 2, 3)], gaps: [] });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'page     paragraphs  cited  citations  sources',
      '-----  ------------  -----  ---------  -------',
      '/a/    123456789012      1          2        3',
      'total  123456789012      1          2         ',
    ]);
  });

  it('ends with the number of gaps and lists each one', () => {
    const text = formatCoverage({
      rows: [row('/', 1, 0, 0, 0)],
      gaps: ['content/pages/index.mdx:1: this paragraph has no citation.', 'source "gamma" is never cited.'],
    });
    expect(text.split('\n\n')[1]).toBe(
      ['2 gap(s):', '  - content/pages/index.mdx:1: this paragraph has no citation.', '  - source "gamma" is never cited.'].join('\n'),
    );
  });

  it('formats a report with no pages as a header and a zero total', () => {
    expect(formatCoverage({ rows: [], gaps: [] })).toBe(
      [
        'page   paragraphs  cited  citations  sources',
        '-----  ----------  -----  ---------  -------',
        'total           0      0          0         ',
        '',
        'Every content paragraph, event and person is cited, and every source is used.',
      ].join('\n'),
    );
  });

  it('formats what measureCoverage measured', () => {
    const text = formatCoverage(measureCoverage(indexOf(CASE, ABOUT), ['alpha', 'beta'], new Set(['/about/'])));
    expect(text).toBe(
      [
        'page                      paragraphs  cited  citations  sources',
        '------------------------  ----------  -----  ---------  -------',
        '/about/ (about the site)           2      1          1        1',
        '/case/                             3      2          3        2',
        'total                              5      3          4         ',
        '',
        '2 gap(s):',
        '  - content/pages/case.mdx:5: remove the space before <Cite>, so the note marker follows its sentence.',
        '  - content/pages/case.mdx:3: this paragraph has no citation.',
      ].join('\n'),
    );
  });
});

describe('countWords', () => {
  it('counts runs that hold a letter or a digit, so abbreviations, numbers and possessives are one word each', () => {
    expect(countWords('Jin, 39, met U.S. staff — about 23,000 users’ IDs.')).toBe(9);
  });

  it('gives 0 for white space and punctuation alone', () => {
    expect(countWords('  — … “ ” \n ')).toBe(0);
  });
});

describe('countAttributions', () => {
  const phrases = ['according to', 'says', 'said', 'Epoch Times'];

  it('counts each phrase as whole words, ignoring case, once per occurrence', () => {
    expect(countAttributions('According to the Epoch Times, Zoom said so; the epoch times says more.', phrases)).toBe(5);
  });

  it('does not count a phrase inside a longer word', () => {
    expect(countAttributions('The sayings were unsaid; reportedly nothing.', ['says', 'said', 'reported'])).toBe(0);
  });

  it('matches a phrase across a line break or double space', () => {
    expect(countAttributions('according\nto  the record', phrases)).toBe(1);
  });

  it('counts the longer of two overlapping phrases once', () => {
    expect(countAttributions('The Epoch Times reports it.', ['Times', 'Epoch Times', 'reports'])).toBe(2);
  });

  it('counts nothing with no phrases', () => {
    expect(countAttributions('He said so.', [])).toBe(0);
  });
});

describe('attributionPhrases', () => {
  it('adds each outlet without a leading "The", the short name of a source without one, and the shared names, longest first', () => {
    const phrases = attributionPhrases([
      { outlet: 'The Epoch Times', shortName: 'Epoch Times (English translation)' },
      { outlet: 'Axios', shortName: 'Axios, 22 Dec 2020' },
      { outlet: 'Axios', shortName: 'Axios, 18 Dec 2020' },
      { outlet: null, shortName: 'Unsigned first-person analysis' },
    ]);
    expect(phrases).toEqual(
      [...ATTRIBUTION_VERBS, ...OTHER_ATTRIBUTION_NAMES, 'Epoch Times', 'Axios', 'Unsigned first-person analysis'].sort(
        (a, b) => b.length - a.length || a.localeCompare(b),
      ),
    );
  });

  it('gives the shared phrases alone for an empty registry', () => {
    expect(new Set(attributionPhrases([]))).toEqual(new Set([...ATTRIBUTION_VERBS, ...OTHER_ATTRIBUTION_NAMES]));
  });
});

describe('readProse', () => {
  it('reads paragraphs, list items and key facts, with markers, headings and block ends, and leaves out site notes and frontmatter', () => {
    const parts = readProse(
      [
        '---',
        'title: A said page',
        '---',
        '<KeyFacts>',
        '<Fact label="Who">',
        'A man.<Cite source="a" quote="x y z" />',
        '</Fact>',
        '</KeyFacts>',
        '',
        '<H2 id="one">One said</H2>',
        '',
        '- An [item](/x/).<Cite source="a" quote="x y z" /><Cite source="b" quote="x y z" />',
        '',
        '<SiteNote>',
        '',
        'Site words said here.',
        '',
        '</SiteNote>',
      ].join('\n'),
    );
    expect(parts).toEqual<ProsePart[]>([
      { kind: 'text', text: 'A man.' },
      { kind: 'cite' },
      { kind: 'end' },
      { kind: 'heading', text: 'One said' },
      { kind: 'text', text: 'An ' },
      { kind: 'text', text: 'item' },
      { kind: 'text', text: '.' },
      { kind: 'cite' },
      { kind: 'cite' },
      { kind: 'end' },
    ]);
  });
});

describe('markerRuns', () => {
  it('lists runs of two or more markers with only white space between them', () => {
    const parts: ProsePart[] = [
      { kind: 'text', text: 'A.' },
      { kind: 'cite' },
      { kind: 'text', text: ' ' },
      { kind: 'cite' },
      { kind: 'cite' },
      { kind: 'text', text: ' B.' },
      { kind: 'cite' },
      { kind: 'end' },
    ];
    expect(markerRuns(parts)).toEqual([3]);
  });

  it('does not join markers across the end of a block', () => {
    expect(markerRuns([{ kind: 'cite' }, { kind: 'end' }, { kind: 'cite' }, { kind: 'end' }])).toEqual([]);
  });

  it('gives no runs for a page without markers', () => {
    expect(markerRuns([])).toEqual([]);
  });
});

describe('readerMarkers', () => {
  it('makes each run of citations side by side one marker, keeping the text around it', () => {
    const parts: ProsePart[] = [
      { kind: 'text', text: 'A.' },
      { kind: 'cite' },
      { kind: 'text', text: ' ' },
      { kind: 'cite' },
      { kind: 'cite' },
      { kind: 'text', text: ' B.' },
      { kind: 'cite' },
      { kind: 'end' },
      { kind: 'cite' },
    ];
    const seen = readerMarkers(parts);
    expect(seen.sizes).toEqual([3, 1, 1]);
    expect(seen.parts).toEqual([
      { kind: 'text', text: 'A.' },
      { kind: 'cite' },
      { kind: 'text', text: ' B.' },
      { kind: 'cite' },
      { kind: 'end' },
      { kind: 'cite' },
    ]);
    expect(markerRuns(seen.parts)).toEqual([]);
  });

  it('keeps white space after a lone marker', () => {
    const seen = readerMarkers([{ kind: 'cite' }, { kind: 'text', text: ' ' }, { kind: 'end' }]);
    expect(seen).toEqual({ parts: [{ kind: 'cite' }, { kind: 'text', text: ' ' }, { kind: 'end' }], sizes: [1] });
  });
});

describe('measureReadability', () => {
  const page = [
    'Jin was charged, Axios says.<Cite source="a" quote="x y z" /><Cite source="b" quote="x y z" />',
    '',
    '<H2 id="meetings">The meetings</H2>',
    '',
    'Four meetings were ended.<Cite source="a" quote="x y z" /> Evidence was fabricated, prosecutors allege.<Cite source="a" quote="x y z" />',
    '',
    '<H3 id="data">The data</H3>',
    '',
    'Names, emails and addresses were handed over, according to the complaint.<Cite source="a" quote="x y z" />',
  ].join('\n');

  it('counts words, sections, markers as the reader sees them, runs and attribution phrases, and finds where the story starts', () => {
    const row = measureReadability('/case/', page, ['Axios', 'says', 'according to'], /fabricat/i);
    expect(row).toEqual<ReadabilityRow>({
      url: '/case/',
      words: 25,
      sections: 2,
      wordsPerSection: 12.5,
      markers: 4,
      markersPer100: 16,
      markerRuns: 0,
      longestRun: 0,
      bundled: 1,
      largestBundle: 2,
      attributions: 3,
      attributionsPer100: 12,
      storyStart: 44,
      storySection: 'The meetings',
    });
  });

  it('gives no story start without a pattern or a match, and no words per section without sections', () => {
    const flat = measureReadability('/x/', 'Just words here.<Cite source="a" quote="x y z" />', []);
    expect([flat.storyStart, flat.storySection, flat.wordsPerSection, flat.markerRuns, flat.longestRun]).toEqual([null, null, null, 0, 0]);
    expect(measureReadability('/x/', page, [], /nowhere/).storyStart).toBeNull();
  });

  it('places a story that starts in the first words at 0%, before the first heading', () => {
    const row = measureReadability('/x/', 'Fabricated evidence.<Cite source="a" quote="x y z" />', [], /fabricat/i);
    expect([row.storyStart, row.storySection]).toEqual([0, '']);
  });

  it('gives zero rates for a page without prose', () => {
    const row = measureReadability('/x/', '<H2 id="a">A</H2>\n', ['said']);
    expect([row.words, row.sections, row.wordsPerSection, row.markersPer100, row.attributionsPer100]).toEqual([0, 1, 0, 0, 0]);
  });
});

describe('formatReadability', () => {
  const row = (over: Partial<ReadabilityRow>): ReadabilityRow => ({
    url: '/case/',
    words: 3000,
    sections: 20,
    wordsPerSection: 150,
    markers: 90,
    markersPer100: 3,
    markerRuns: 2,
    longestRun: 3,
    bundled: 4,
    largestBundle: 3,
    attributions: 45,
    attributionsPer100: 1.5,
    storyStart: 4.4,
    storySection: '',
    ...over,
  });

  it('aligns a table and ends with the central story and the sources for comparison', () => {
    const text = formatReadability(
      [
        row({}),
        row({ url: '/', words: 10, sections: 0, wordsPerSection: null, markerRuns: 0, bundled: 0, storyStart: null, storySection: null }),
      ],
      [{ name: 'axios', per100: 0.94 }],
    );
    expect(text.split('\n')).toEqual([
      'page    words  sections  words/section  markers/100w  marker runs (longest)  bundled markers (most citations)  attributions/100w',
      '------  -----  --------  -------------  ------------  ---------------------  --------------------------------  -----------------',
      '/case/   3000        20            150           3.0                  2 (3)                             4 (3)                1.5',
      '/          10         0              –           3.0                      0                                 0                1.5',
      '',
      'Central story on /case/ starts 4% of the way through its words (before the first heading).',
      'Attributions per 100 words in the sources themselves: axios 0.9.',
    ]);
  });

  it('names the heading the story starts under, and prints a bare table with nothing more to say', () => {
    expect(
      formatReadability([row({ storyStart: 30, storySection: 'The meetings' })])
        .split('\n')
        .at(-1),
    ).toBe('Central story on /case/ starts 30% of the way through its words (under “The meetings”).');
    expect(formatReadability([]).split('\n')).toHaveLength(2);
  });
});
