import { describe, expect, it } from 'vitest';
import { buildCitationIndex } from '../../../src/lib/citations/citation-index';
import { scanDataEntries, sortByDate, type DataEntry } from '../../../src/lib/citations/data-entries';
import type { ScanResult } from '../../../src/lib/citations/mdx-scan';

const ENTRIES: DataEntry[] = [
  {
    id: 'charged',
    title: 'Jin is charged',
    citations: [
      { source: 'alpha', quote: 'has been charged by' },
      { source: 'beta', quote: 'unsealed Friday in Brooklyn' },
    ],
  },
  { id: 'meeting', title: 'The June 4 meeting', citations: [] },
  { id: 'response', title: 'Zoom responds', citations: [{ source: 'alpha', quote: 'would cooperate with the' }] },
];

describe('scanDataEntries', () => {
  it('lists each entry as a level-3 section pointing at the file, the label and the id', () => {
    expect(scanDataEntries('content/timeline.json', 'event', ENTRIES).headings).toEqual([
      { level: 3, id: 'charged', text: 'Jin is charged', line: 1, where: 'content/timeline.json, event "charged"' },
      { level: 3, id: 'meeting', text: 'The June 4 meeting', line: 2, where: 'content/timeline.json, event "meeting"' },
      { level: 3, id: 'response', text: 'Zoom responds', line: 3, where: 'content/timeline.json, event "response"' },
    ]);
  });

  it('lists every citation of every entry in order, in the section of its entry', () => {
    expect(scanDataEntries('content/timeline.json', 'event', ENTRIES).cites).toEqual([
      { source: 'alpha', quote: 'has been charged by', line: 1, sectionId: 'charged', where: 'content/timeline.json, event "charged"' },
      {
        source: 'beta',
        quote: 'unsealed Friday in Brooklyn',
        line: 1,
        sectionId: 'charged',
        where: 'content/timeline.json, event "charged"',
      },
      {
        source: 'alpha',
        quote: 'would cooperate with the',
        line: 3,
        sectionId: 'response',
        where: 'content/timeline.json, event "response"',
      },
    ]);
  });

  it('counts every entry as a paragraph and lists the 1-based positions of entries with no citation', () => {
    const scan = scanDataEntries('content/timeline.json', 'event', ENTRIES);
    expect(scan.paragraphs).toBe(3);
    expect(scan.uncitedParagraphs).toEqual([2]);
    expect(scan.problems).toEqual([]);
  });

  it('joins the first `sideBySide` citations of an entry into one marker, and no others', () => {
    const entry = (sideBySide?: number): DataEntry => ({
      id: 'x',
      title: 'X',
      citations: ['a b c', 'd e f', 'g h i'].map((quote) => ({ source: 'alpha', quote })),
      ...(sideBySide === undefined ? {} : { sideBySide }),
    });
    const joins = (e: DataEntry): boolean[] => scanDataEntries('f.json', 'entry', [e]).cites.map((c) => c.joinsPrevious ?? false);
    expect(joins(entry())).toEqual([false, false, false]);
    expect(joins(entry(2))).toEqual([false, true, false]);
    expect(joins(entry(3))).toEqual([false, true, true]);
  });

  it('uses the label it is given in the place it points at', () => {
    const scan = scanDataEntries('content/people.json', 'entry', [
      { id: 'jin', title: 'Xinjiang Jin', citations: [{ source: 'a', quote: 'b c d' }] },
    ]);
    expect(scan.headings[0]?.where).toBe('content/people.json, entry "jin"');
    expect(scan.cites[0]?.where).toBe('content/people.json, entry "jin"');
  });

  it('gives an empty scan for no entries', () => {
    expect(scanDataEntries('content/differences.json', 'difference', [])).toEqual<ScanResult>({
      headings: [],
      cites: [],
      quotations: [],
      paragraphs: 0,
      uncitedParagraphs: [],
      problems: [],
    });
  });

  it('feeds the citation index: each citation takes its entry as section, and problems point at the entry', () => {
    const seeds = new Map([['a.txt', 'A now-former Zoom executive has been charged by the Justice Department.']]);
    const sources = [{ id: 'alpha', file: 'a.txt' }];
    const entries: DataEntry[] = [
      { id: 'charged', title: 'Jin is charged', citations: [{ source: 'alpha', quote: 'has been charged by' }] },
    ];
    const index = buildCitationIndex({
      sources,
      seeds,
      pages: [{ file: 'content/timeline.json', url: '/timeline/', scanned: scanDataEntries('content/timeline.json', 'event', entries) }],
    });
    expect(index.pages.get('/timeline/')?.citations.map((c) => [c.line, c.sectionId, c.sectionTitle, c.markerId])).toEqual([
      [1, 'charged', 'Jin is charged', 'cite-1'],
    ]);
    const bad: DataEntry[] = [{ id: 'charged', title: 'Jin is charged', citations: [{ source: 'alpha', quote: 'charged' }] }];
    expect(() =>
      buildCitationIndex({
        sources,
        seeds,
        pages: [{ file: 'content/timeline.json', url: '/timeline/', scanned: scanDataEntries('content/timeline.json', 'event', bad) }],
      }),
    ).toThrow('\u2716 content/timeline.json, event "charged"\n');
  });
});

describe('scanDataEntries: a data page\u2019s dek', () => {
  const LEAD = {
    where: 'content/deks.json, dek "timeline"',
    sentences: [
      {
        text: 'Jin was charged.',
        citations: [
          { source: 'alpha', quote: 'has been charged by' },
          { source: 'alpha', quote: 'the Justice Department' },
        ],
      },
      { text: 'It was \u201cunsealed Friday\u201d.', citations: [{ source: 'beta', quote: 'unsealed Friday in Brooklyn' }] },
    ],
  };

  it('comes first, before any section, each sentence\u2019s citations as one marker, pointing at the dek', () => {
    const scan = scanDataEntries('content/timeline.json', 'event', ENTRIES.slice(0, 1), LEAD);
    expect(scan.cites.slice(0, 3)).toEqual([
      { source: 'alpha', quote: 'has been charged by', line: 0, sectionId: null, where: 'content/deks.json, dek "timeline", sentence 1' },
      {
        source: 'alpha',
        quote: 'the Justice Department',
        line: 0,
        sectionId: null,
        where: 'content/deks.json, dek "timeline", sentence 1',
        joinsPrevious: true,
      },
      {
        source: 'beta',
        quote: 'unsealed Friday in Brooklyn',
        line: 0,
        sectionId: null,
        where: 'content/deks.json, dek "timeline", sentence 2',
      },
    ]);
    expect(scan.cites[3]?.sectionId).toBe('charged');
    expect(scan.headings.map((h) => h.id)).toEqual(['charged']);
  });

  it('has its quoted words checked against the sources its sentence cites', () => {
    const scan = scanDataEntries('content/timeline.json', 'event', [], LEAD);
    expect(scan.quotations).toEqual([
      {
        text: 'unsealed Friday',
        line: 0,
        kind: 'quotation',
        sources: ['beta'],
        where: 'content/deks.json, dek "timeline", sentence 2, text',
      },
    ]);
  });

  it('fails the build at the dek, numbered first, when its words are not in the source', () => {
    const seeds = new Map([
      ['a.txt', 'A now-former Zoom executive has been charged by the Justice Department.\nZoom said it would cooperate with the inquiry.'],
    ]);
    const sources = [{ id: 'alpha', file: 'a.txt' }];
    const entries: DataEntry[] = [
      { id: 'charged', title: 'Jin is charged', citations: [{ source: 'alpha', quote: 'would cooperate with the' }] },
    ];
    const lead = {
      where: 'content/deks.json, dek "timeline"',
      sentences: [{ text: 'Charged.', citations: [{ source: 'alpha', quote: 'has been charged by' }] }],
    };
    const index = buildCitationIndex({
      sources,
      seeds,
      pages: [
        { file: 'content/timeline.json', url: '/timeline/', scanned: scanDataEntries('content/timeline.json', 'event', entries, lead) },
      ],
    });
    expect(index.pages.get('/timeline/')?.citations.map((c) => [c.sectionId, c.note])).toEqual([
      [null, 1],
      ['charged', 2],
    ]);
    const bad = { ...lead, sentences: [{ text: 'Charged.', citations: [{ source: 'alpha', quote: 'has been indicted by' }] }] };
    expect(() =>
      buildCitationIndex({
        sources,
        seeds,
        pages: [
          { file: 'content/timeline.json', url: '/timeline/', scanned: scanDataEntries('content/timeline.json', 'event', entries, bad) },
        ],
      }),
    ).toThrow('\u2716 content/deks.json, dek "timeline", sentence 1\n');
  });
});

describe('sortByDate', () => {
  const ids = (entries: readonly { id: string }[]): string[] => entries.map((e) => e.id);

  it('puts a year before a month of that year, and a month before a day of that month', () => {
    const entries = [
      { id: 'day', date: '2020-06-04' },
      { id: 'month', date: '2020-06' },
      { id: 'year', date: '2020' },
    ];
    expect(ids(sortByDate(entries))).toEqual(['year', 'month', 'day']);
  });

  it('orders dates of mixed precision chronologically', () => {
    const entries = [
      { id: 'dec-2020', date: '2020-12-18' },
      { id: '2021', date: '2021' },
      { id: 'end-2019', date: '2019-12-31' },
      { id: 'may-2020', date: '2020-05' },
      { id: '1989', date: '1989-06-04' },
      { id: '2020', date: '2020' },
      { id: 'jun-2020', date: '2020-06-01' },
    ];
    expect(ids(sortByDate(entries))).toEqual(['1989', 'end-2019', '2020', 'may-2020', 'jun-2020', 'dec-2020', '2021']);
  });

  it('keeps file order for entries with the same date', () => {
    const entries = [
      { id: 'b', date: '2020' },
      { id: 'x', date: '2019' },
      { id: 'a', date: '2020' },
      { id: 'c', date: '2020-04' },
      { id: 'y', date: '2019' },
      { id: 'd', date: '2020-04' },
    ];
    expect(ids(sortByDate(entries))).toEqual(['x', 'y', 'b', 'a', 'c', 'd']);
  });

  it('returns a new array of the same entries and leaves the input as it was', () => {
    const first = { id: 'late', date: '2021', extra: 1 };
    const second = { id: 'early', date: '2020', extra: 2 };
    const input = [first, second];
    const sorted = sortByDate(input);
    expect(sorted).not.toBe(input);
    expect(sorted[0]).toBe(second);
    expect(sorted[1]).toBe(first);
    expect(input.map((e) => e.id)).toEqual(['late', 'early']);
  });

  it('sorts an empty list to an empty list', () => {
    expect(sortByDate([])).toEqual([]);
  });
});
