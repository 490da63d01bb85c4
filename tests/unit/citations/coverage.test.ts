import { describe, expect, it } from 'vitest';
import { buildCitationIndex, type CitationIndex, type PageInput, type SourceRef } from '../../../src/lib/citations/citation-index';
import { formatCoverage, measureCoverage, type Coverage, type CoverageRow } from '../../../src/lib/citations/coverage';
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
