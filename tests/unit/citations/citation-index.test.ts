import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCitationIndex,
  CitationProblems,
  formatProblem,
  type CitationIndex,
  type PageCitations,
  type PageInput,
  type SourceRef,
} from '../../../src/lib/citations/citation-index';

const SEED_A = [
  'Dec 18, 2020 - World',
  '',
  'A now-former Zoom executive based in China has been charged by the Justice Department. He served as Zoom\u2019s \u201Cprimary liaison\u201D with Chinese law enforcement.',
  '',
  'Zoom said it would cooperate with the investigation. The company said it had closed the accounts.',
  '',
  'Zoom said it would cooperate with regulators in every country.',
  '',
].join('\n');

const SEED_B = [
  'The complaint was unsealed Friday in a Brooklyn federal court.',
  'Prosecutors said the executive worked with Chinese officials.',
].join('\n');

const SOURCES: SourceRef[] = [
  { id: 'alpha', file: 'a.txt' },
  { id: 'beta', file: 'b.txt' },
];
const SEEDS = new Map([
  ['a.txt', SEED_A],
  ['b.txt', SEED_B],
]);

const page = (...rows: string[]): PageInput => ({ file: 'content/pages/test.mdx', url: '/test/', source: `${rows.join('\n')}\n` });

/** Builds the index and returns the problems it throws; fails the test if it does not throw them. */
function problemsOf(input: Parameters<typeof buildCitationIndex>[0]): string[] {
  try {
    buildCitationIndex(input);
  } catch (error) {
    if (error instanceof CitationProblems) return error.problems;
    throw error;
  }
  throw new Error('expected buildCitationIndex to throw CitationProblems');
}

const problemsFor = (...rows: string[]): string[] => problemsOf({ sources: SOURCES, seeds: SEEDS, pages: [page(...rows)] });

describe('formatProblem', () => {
  it('puts the place first and aligns the values of every field', () => {
    expect(
      formatProblem('content/pages/x.mdx:3', [
        ['source', '"a"'],
        ['closest passage', 'p2'],
      ]),
    ).toBe(['\u2716 content/pages/x.mdx:3', '    source:          "a"', '    closest passage: p2'].join('\n'));
  });
});

describe('CitationProblems', () => {
  it('says how many problems there are, in the singular for one', () => {
    const error = new CitationProblems(['first']);
    expect(error.message).toBe('1 citation problem \u2014 the build stops until it is fixed:\n\nfirst');
    expect(error.name).toBe('CitationProblems');
    expect(error).toBeInstanceOf(Error);
  });

  it('lists several problems separated by blank lines', () => {
    const error = new CitationProblems(['first', 'second']);
    expect(error.message).toBe('2 citation problems \u2014 the build stops until they are fixed:\n\nfirst\n\nsecond');
    expect(error.problems).toEqual(['first', 'second']);
  });
});

describe('buildCitationIndex', () => {
  describe('a valid site', () => {
    const pageOne: PageInput = {
      file: 'content/pages/one.mdx',
      url: '/one/',
      source: [
        '---',
        'title: One',
        '---',
        '',
        'He was charged.<Cite source="alpha" quote="based in China has been charged" />',
        '',
        '<H2 id="response">Zoom\u2019s response</H2>',
        '',
        'Zoom promised to help.<Cite source="alpha" quote="cooperate with the investigation" /> He was police liaison.<Cite source=\'alpha\' quote={"Zoom\'s \\"primary liaison\\""} />',
        '',
        'The complaint was unsealed.<Cite source="beta" quote="unsealed Friday in a Brooklyn federal court" />',
        '',
      ].join('\n'),
    };
    const pageTwo: PageInput = {
      file: 'content/pages/two.mdx',
      url: '/two/',
      source:
        'Zoom will cooperate.<Cite source="alpha" quote="cooperate with regulators in every country" /> It was charged.<Cite source="alpha" quote="has been charged by the Justice Department" />\n',
    };
    let index: CitationIndex;
    let one: PageCitations | undefined;
    let two: PageCitations | undefined;
    beforeAll(() => {
      index = buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [pageOne, pageTwo] });
      one = index.pages.get('/one/');
      two = index.pages.get('/two/');
    });

    it('indexes every page by its URL', () => {
      expect([...index.pages.keys()]).toEqual(['/one/', '/two/']);
      expect(one?.file).toBe('content/pages/one.mdx');
      expect(one?.headings.map((h) => h.id)).toEqual(['response']);
    });

    it('exposes the passages of every source', () => {
      expect(index.passages.get('alpha')?.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
      expect(index.passages.get('beta')?.map((p) => p.text)).toEqual([
        'The complaint was unsealed Friday in a Brooklyn federal court.',
        'Prosecutors said the executive worked with Chinese officials.',
      ]);
    });

    it('numbers citations on a page in document order with markers cite-1, cite-2…', () => {
      expect(one?.citations.map((c) => [c.ordinal, c.markerId, c.line])).toEqual([
        [1, 'cite-1', 5],
        [2, 'cite-2', 9],
        [3, 'cite-3', 9],
        [4, 'cite-4', 11],
      ]);
    });

    it('groups citations of the same source passage into one note, numbered by first appearance', () => {
      expect(one?.citations.map((c) => [c.source, c.passageId, c.note])).toEqual([
        ['alpha', 'p2', 1],
        ['alpha', 'p3', 2],
        ['alpha', 'p2', 1],
        ['beta', 'p1', 3],
      ]);
      expect(one?.notes.map((n) => [n.number, n.id, n.source, n.passageId, n.citations.map((c) => c.markerId)])).toEqual([
        [1, 'note-1', 'alpha', 'p2', ['cite-1', 'cite-3']],
        [2, 'note-2', 'alpha', 'p3', ['cite-2']],
        [3, 'note-3', 'beta', 'p1', ['cite-4']],
      ]);
    });

    it('starts numbering again on each page', () => {
      expect(two?.citations.map((c) => [c.markerId, c.passageId, c.note])).toEqual([
        ['cite-1', 'p4', 1],
        ['cite-2', 'p2', 2],
      ]);
      expect(two?.notes.map((n) => n.id)).toEqual(['note-1', 'note-2']);
    });

    it('keeps passages of different sources with the same id in different notes', () => {
      // alpha p1 and beta p1 must not share a note.
      const index2 = buildCitationIndex({
        sources: SOURCES,
        seeds: SEEDS,
        pages: [page('A.<Cite source="alpha" quote="Dec 18, 2020 - World" /> B.<Cite source="beta" quote="The complaint was unsealed" />')],
      });
      const notes = index2.pages.get('/test/')?.notes ?? [];
      expect(notes.map((n) => [n.number, n.source, n.passageId])).toEqual([
        [1, 'alpha', 'p1'],
        [2, 'beta', 'p1'],
      ]);
    });

    it('records the span of the seed\u2019s own words and the sentence around them', () => {
      const c = one?.citations[2];
      const text = index.passages.get('alpha')?.[1]?.text ?? '';
      expect(c?.quote).toBe('Zoom\'s "primary liaison"');
      expect(c && text.slice(c.start, c.end)).toBe('Zoom\u2019s \u201Cprimary liaison\u201D');
      expect(c && text.slice(c.sentenceStart, c.sentenceEnd)).toBe(
        'He served as Zoom\u2019s \u201Cprimary liaison\u201D with Chinese law enforcement.',
      );
    });

    it('records the page, the line and the section of each citation', () => {
      expect(one?.citations.map((c) => [c.pageUrl, c.pageFile, c.sectionId, c.sectionTitle])).toEqual([
        ['/one/', 'content/pages/one.mdx', null, null],
        ['/one/', 'content/pages/one.mdx', 'response', 'Zoom\u2019s response'],
        ['/one/', 'content/pages/one.mdx', 'response', 'Zoom\u2019s response'],
        ['/one/', 'content/pages/one.mdx', 'response', 'Zoom\u2019s response'],
      ]);
    });

    it('lists the citations of each passage across pages, in site order', () => {
      expect([...index.byPassage.keys()]).toEqual(['alpha#p2', 'alpha#p3', 'beta#p1', 'alpha#p4']);
      expect(index.byPassage.get('alpha#p2')?.map((c) => [c.pageUrl, c.markerId])).toEqual([
        ['/one/', 'cite-1'],
        ['/one/', 'cite-3'],
        ['/two/', 'cite-2'],
      ]);
    });

    it('passes on the uncited paragraphs of each page', () => {
      const index2 = buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [page('No citation here.')] });
      expect(index2.pages.get('/test/')?.uncitedParagraphs).toEqual([1]);
    });

    it('passes on the lines of spaced citations of each page, and [] when there are none', () => {
      const index2 = buildCitationIndex({
        sources: SOURCES,
        seeds: SEEDS,
        pages: [
          page(
            'Intro.<Cite source="beta" quote="The complaint was unsealed" />',
            '',
            'Spaced <Cite source="beta" quote="executive worked with Chinese" />',
          ),
        ],
      });
      expect(index2.pages.get('/test/')?.spacedCites).toEqual([3]);
      expect(one?.spacedCites).toEqual([]);
    });

    it('allows the same words to be cited on two different pages', () => {
      const twice = (url: string): PageInput => ({
        file: `content/pages${url}index.mdx`,
        url,
        source: 'A.<Cite source="beta" quote="The complaint was unsealed" />\n',
      });
      const index2 = buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [twice('/a/'), twice('/b/')] });
      expect(index2.byPassage.get('beta#p1')?.map((c) => c.pageUrl)).toEqual(['/a/', '/b/']);
    });

    it('builds an empty index from no sources and no pages', () => {
      const empty = buildCitationIndex({ sources: [], seeds: new Map(), pages: [] });
      expect(empty.pages.size).toBe(0);
      expect(empty.byPassage.size).toBe(0);
    });
  });

  describe('problems', () => {
    it('rejects an unknown source, listing the known slugs, a likely slug and where the words are', () => {
      expect(problemsFor('Text.<Cite source="alpah" quote="based in China has been charged" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:             "alpah"',
          '    excerpt:            "based in China has been charged"',
          '    problem:            there is no source with this slug. Did you mean "alpha"?',
          '    known sources:      alpha, beta',
          '    these words are in: alpha (p2)',
        ].join('\n'),
      ]);
    });

    it('rejects an unknown source without a guess when no slug is close and the words are nowhere', () => {
      expect(problemsFor('Text.<Cite source="washington-post" quote="words found nowhere at all" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:        "washington-post"',
          '    excerpt:       "words found nowhere at all"',
          '    problem:       there is no source with this slug.',
          '    known sources: alpha, beta',
        ].join('\n'),
      ]);
    });

    it('rejects an excerpt that is not in the seed, naming the closest passage', () => {
      expect(problemsFor('Text.<Cite source="alpha" quote="Zoom said it would comply with the investigation" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:          "alpha" (seeds/a.txt)',
          '    excerpt:         "Zoom said it would comply with the investigation"',
          '    problem:         these words are not in seeds/a.txt. Copy them exactly from the seed (quotes, dashes and spacing may differ; words may not).',
          '    closest passage: p3: "Zoom said it would cooperate with the investigation."',
        ].join('\n'),
      ]);
    });

    it('says when nothing in the source resembles an excerpt that is not found', () => {
      expect(problemsFor('Text.<Cite source="beta" quote="entirely unrelated phrasing here" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:          "beta" (seeds/b.txt)',
          '    excerpt:         "entirely unrelated phrasing here"',
          '    problem:         these words are not in seeds/b.txt. Copy them exactly from the seed (quotes, dashes and spacing may differ; words may not).',
          '    closest passage: (nothing in this source resembles the excerpt)',
        ].join('\n'),
      ]);
    });

    it('rejects a quote that appears twice in the source, naming both passages', () => {
      expect(problemsFor('', 'Text.<Cite source="alpha" quote="Zoom said it would cooperate" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:2',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: "Zoom said it would cooperate"',
          '    problem: these words occur 2 times in the source (in p3, p4). Quote a longer excerpt so it points at one place.',
        ].join('\n'),
      ]);
    });

    it('names a passage once when the words occur twice in it', () => {
      const seeds = new Map([['a.txt', 'He said no. He said no. Then he left.']]);
      const problems = problemsOf({
        sources: [{ id: 'alpha', file: 'a.txt' }],
        seeds,
        pages: [page('Text.<Cite source="alpha" quote="He said no." />')],
      });
      expect(problems).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: "He said no."',
          '    problem: these words occur 2 times in the source (in p1). Quote a longer excerpt so it points at one place.',
        ].join('\n'),
      ]);
    });

    it('rejects an excerpt under three words, in the plural', () => {
      expect(problemsFor('Text.<Cite source="alpha" quote="primary liaison" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: "primary liaison"',
          '    problem: the excerpt has 2 words; an excerpt needs at least 3, so that it proves something and points at one place.',
        ].join('\n'),
      ]);
    });

    it('rejects a one-word excerpt, in the singular', () => {
      expect(problemsFor('Text.<Cite source="alpha" quote="Zoom" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: "Zoom"',
          '    problem: the excerpt has 1 word; an excerpt needs at least 3, so that it proves something and points at one place.',
        ].join('\n'),
      ]);
    });

    it('rejects an empty excerpt', () => {
      expect(problemsFor('Text.<Cite source="alpha" quote="" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: ""',
          '    problem: the excerpt is empty. Quote the exact words of the source that support the sentence.',
        ].join('\n'),
      ]);
    });

    it('rejects an excerpt of whitespace only as empty', () => {
      const [problem] = problemsFor('Text.<Cite source="alpha" quote="   " />');
      expect(problem).toBe(
        [
          '\u2716 content/pages/test.mdx:1',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: "   "',
          '    problem: the excerpt is empty. Quote the exact words of the source that support the sentence.',
        ].join('\n'),
      );
    });

    it('shortens a very long excerpt in the message', () => {
      const quote = `${'nothing like this '.repeat(15)}end`;
      const [problem] = problemsFor(`Text.<Cite source="beta" quote="${quote}" />`);
      expect(problem?.split('\n')[2]).toBe(`    excerpt:         "${quote.slice(0, 197)}\u2026"`);
    });

    it('rejects a Cite with no source attribute', () => {
      expect(problemsFor('Text.<Cite quote="based in China has been charged" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    problem: <Cite> has no source attribute.',
          '    write:   <Cite source="<slug>" quote="<exact words from the source>" />',
        ].join('\n'),
      ]);
    });

    it('rejects a Cite with no quote attribute', () => {
      expect(problemsFor('Text.<Cite source="alpha" />')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    problem: <Cite> has no quote attribute.',
          '    write:   <Cite source="<slug>" quote="<exact words from the source>" />',
        ].join('\n'),
      ]);
    });

    it('reports an expression attribute with its line', () => {
      const problems = problemsFor('', '', 'Text.<Cite source="alpha" quote={excerpt} />');
      expect(problems).toContain(
        [
          '\u2716 content/pages/test.mdx:3',
          '    problem: the quote attribute must be plain text in quotes, not an expression ({excerpt})',
        ].join('\n'),
      );
    });

    it('rejects the same quote cited twice on a page, pointing at the first', () => {
      expect(
        problemsFor(
          'One.<Cite source="alpha" quote="based in China has been charged" />',
          '',
          'Two.<Cite source="alpha" quote="based in  China has been charged" />',
        ),
      ).toEqual([
        [
          '\u2716 content/pages/test.mdx:3',
          '    source:  "alpha"',
          '    excerpt: "based in  China has been charged"',
          '    problem: this page already cites these exact words at line 1. Each citation on a page quotes its own words: quote more, fewer or other words of the same passage.',
        ].join('\n'),
      ]);
    });

    it('treats quotes that differ only in typography as the same quote', () => {
      const problems = problemsFor(
        'One.<Cite source="alpha" quote="Zoom\u2019s \u201Cprimary liaison\u201D with" />',
        '',
        'Two.<Cite source="alpha" quote={"Zoom\'s \\"primary liaison\\" with"} />',
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('this page already cites these exact words at line 1.');
    });

    it('rejects a heading without an id', () => {
      expect(problemsFor('<H2>The charges</H2>')).toEqual([
        [
          '\u2716 content/pages/test.mdx:1',
          '    heading: "The charges"',
          '    problem: <H2> needs an id, e.g. <H2 id="one-minute-rule">. The id is the section\'s permanent link.',
        ].join('\n'),
      ]);
    });

    it('names the heading level in the missing-id message', () => {
      expect(problemsFor('<H3>Details</H3>')[0]).toContain('<H3> needs an id, e.g. <H3 id="one-minute-rule">.');
    });

    it('rejects a heading id that is not lowercase words joined by hyphens', () => {
      const badIds = ['Charges', 'the_charges', 'the--charges', '-charges', 'charges-', '1charges', 'the charges'];
      for (const id of badIds) {
        expect(problemsFor(`<H2 id="${id}">The charges</H2>`)).toEqual([
          [
            '\u2716 content/pages/test.mdx:1',
            '    heading: "The charges"',
            `    id:      "${id}"`,
            '    problem: a section id is short (at most 40 characters), lowercase, and words joined by hyphens, like "one-minute-rule".',
          ].join('\n'),
        ]);
      }
    });

    it('accepts a heading id of 40 characters and rejects one of 41', () => {
      const forty = `a${'-b'.repeat(19)}b`;
      expect(forty).toHaveLength(40);
      expect(() => buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [page(`<H2 id="${forty}">Long</H2>`)] })).not.toThrow();
      expect(problemsFor(`<H2 id="${forty}c">Long</H2>`)[0]).toContain('a section id is short (at most 40 characters)');
    });

    it('rejects a heading id the site itself uses', () => {
      for (const id of ['notes', 'note-3', 'cite-12', 'main', 'cite-this-page', 'key-facts', 'p7', 'p7-title']) {
        expect(problemsFor(`<H2 id="${id}">Taken</H2>`)).toEqual([
          [
            '\u2716 content/pages/test.mdx:1',
            '    heading: "Taken"',
            `    id:      "${id}"`,
            '    problem: this id is used by the site itself (notes, note and citation markers, the cite panel, key facts, passages). Choose another.',
          ].join('\n'),
        ]);
      }
    });

    it('accepts ids that only resemble reserved ones', () => {
      const rows = ['note', 'notes-on-zoom', 'cite', 'topic', 'p', 'main-charges'].map((id) => `<H2 id="${id}">Fine</H2>\n`);
      expect(() => buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [page(...rows)] })).not.toThrow();
    });

    it('rejects a heading id already used on the page, pointing at the first', () => {
      expect(problemsFor('<H2 id="charges">The charges</H2>', '', '<H3 id="charges">More charges</H3>')).toEqual([
        [
          '\u2716 content/pages/test.mdx:3',
          '    heading: "More charges"',
          '    id:      "charges"',
          '    problem: the id is already used on this page at line 1. Section ids are unique on a page.',
        ].join('\n'),
      ]);
    });

    it('allows the same heading id on two different pages', () => {
      const withHeading = (url: string): PageInput => ({
        file: `content/pages${url}index.mdx`,
        url,
        source: '<H2 id="charges">Charges</H2>\n',
      });
      expect(() => buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [withHeading('/a/'), withHeading('/b/')] })).not.toThrow();
    });

    it('rejects registry evidence that is not in the seed, naming the closest passage', () => {
      const sources: SourceRef[] = [{ id: 'alpha', file: 'a.txt', evidence: [{ claim: 'the date', quote: 'Dec 19, 2020 - World' }] }];
      expect(problemsOf({ sources, seeds: SEEDS, pages: [] })).toEqual([
        [
          '\u2716 content/sources.json, source "alpha", evidence for the date',
          '    excerpt:         "Dec 19, 2020 - World"',
          '    problem:         these words are not in seeds/a.txt. Copy them exactly from the seed (quotes, dashes and spacing may differ; words may not).',
          '    closest passage: p1: "Dec 18, 2020 - World"',
        ].join('\n'),
      ]);
    });

    it('rejects registry evidence that is ambiguous or too short', () => {
      const sources: SourceRef[] = [
        {
          id: 'alpha',
          file: 'a.txt',
          evidence: [
            { claim: 'the promise', quote: 'Zoom said it would cooperate' },
            { claim: 'the outlet', quote: 'World' },
          ],
        },
      ];
      expect(problemsOf({ sources, seeds: SEEDS, pages: [] })).toEqual([
        [
          '\u2716 content/sources.json, source "alpha", evidence for the promise',
          '    excerpt: "Zoom said it would cooperate"',
          '    problem: these words occur 2 times in the source (in p3, p4). Quote a longer excerpt so it points at one place.',
        ].join('\n'),
        [
          '\u2716 content/sources.json, source "alpha", evidence for the outlet',
          '    excerpt: "World"',
          '    problem: the excerpt has 1 word; an excerpt needs at least 3, so that it proves something and points at one place.',
        ].join('\n'),
      ]);
    });

    it('accepts registry evidence found once in the seed', () => {
      const sources: SourceRef[] = [{ id: 'alpha', file: 'a.txt', evidence: [{ claim: 'the date', quote: 'Dec 18, 2020 - World' }] }];
      expect(() => buildCitationIndex({ sources, seeds: SEEDS, pages: [] })).not.toThrow();
    });

    it('rejects a registry entry whose seed file is missing, listing the seed files', () => {
      const sources: SourceRef[] = [...SOURCES, { id: 'gamma', file: 'c.txt' }];
      expect(problemsOf({ sources, seeds: SEEDS, pages: [] })).toEqual([
        [
          '\u2716 content/sources.json, source "gamma"',
          '    file:    c.txt',
          '    problem: no seed file has this name.',
          '    seeds:   a.txt, b.txt',
        ].join('\n'),
      ]);
    });

    it('says "(none)" when there are no seed files at all', () => {
      expect(problemsOf({ sources: [{ id: 'alpha', file: 'a.txt' }], seeds: new Map(), pages: [] })).toEqual([
        [
          '\u2716 content/sources.json, source "alpha"',
          '    file:    a.txt',
          '    problem: no seed file has this name.',
          '    seeds:   (none)',
        ].join('\n'),
      ]);
    });

    it('reports a source whose seed is missing once, and not again for each citation of it', () => {
      const sources: SourceRef[] = [...SOURCES, { id: 'gamma', file: 'c.txt' }];
      const problems = problemsOf({
        sources,
        seeds: SEEDS,
        pages: [page('Text.<Cite source="gamma" quote="some words here" /> More.<Cite source="gamma" quote="other words here" />')],
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('no seed file has this name.');
    });

    it('reports an unknown slug in full once, counting its other citations in the same block', () => {
      const problems = problemsFor(
        'A.<Cite source="gama" quote="some words here" />',
        '',
        'B.<Cite source="gama" quote="other words here" />',
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('there is no source with this slug.');
      expect(problems[0]).toContain('the same slug is cited 1 more time: content/pages/test.mdx:3');
    });

    it('reports a page whose MDX cannot be read', () => {
      const problems = problemsFor('Text.<Cite source="alpha" quote="x"');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^\u2716 content\/pages\/test\.mdx:1:\d+\n {4}problem: the MDX could not be read: \S/);
      expect(problems[0]).toContain('hint:    look for an unclosed tag');
    });

    it('passes earlier problems through, first, and throws even if nothing else is wrong', () => {
      expect(problemsOf({ sources: SOURCES, seeds: SEEDS, pages: [], earlierProblems: ['seeds/a.txt has changed.'] })).toEqual([
        'seeds/a.txt has changed.',
      ]);
      const problems = problemsOf({
        sources: SOURCES,
        seeds: SEEDS,
        pages: [page('Text.<Cite source="alpha" quote="Zoom" />')],
        earlierProblems: ['earlier one', 'earlier two'],
      });
      expect(problems.slice(0, 2)).toEqual(['earlier one', 'earlier two']);
      expect(problems).toHaveLength(3);
    });

    it('collects every problem on every page before throwing', () => {
      const other: PageInput = { file: 'content/pages/other.mdx', url: '/other/', source: '<H2>No id</H2>\n' };
      const problems = problemsOf({
        sources: SOURCES,
        seeds: SEEDS,
        pages: [page('A.<Cite source="alpha" quote="Zoom" />', '', 'B.<Cite source="nope" quote="x y z" />'), other],
      });
      expect(problems.map((p) => p.split('\n')[0])).toEqual([
        '\u2716 content/pages/test.mdx:1',
        '\u2716 content/pages/test.mdx:3',
        '\u2716 content/pages/other.mdx:1',
      ]);
    });

    it('points at the entry of a pre-scanned data page instead of a file and line', () => {
      const where = 'content/timeline.json, event "charged"';
      const problems = problemsOf({
        sources: SOURCES,
        seeds: SEEDS,
        pages: [
          {
            file: 'content/timeline.json',
            url: '/timeline/',
            scanned: {
              headings: [{ level: 3, id: 'charged', text: 'Charged', line: 1, where }],
              cites: [{ source: 'alpha', quote: 'primary liaison', line: 1, sectionId: 'charged', where }],
              paragraphs: 0,
              uncitedParagraphs: [],
              problems: [],
            },
          },
        ],
      });
      expect(problems).toEqual([
        [
          '\u2716 content/timeline.json, event "charged"',
          '    source:  "alpha" (seeds/a.txt)',
          '    excerpt: "primary liaison"',
          '    problem: the excerpt has 2 words; an excerpt needs at least 3, so that it proves something and points at one place.',
        ].join('\n'),
      ]);
    });

    it('throws a CitationProblems whose message lists the problems', () => {
      expect(() => buildCitationIndex({ sources: SOURCES, seeds: SEEDS, pages: [page('Text.<Cite source="alpha" quote="" />')] })).toThrow(
        /^1 citation problem \u2014 the build stops until it is fixed:\n\n\u2716 content\/pages\/test\.mdx:1\n/,
      );
    });
  });
});

describe('buildCitationIndex: quotations outside the paragraphs', () => {
  const CITE = '<Cite source="alpha" quote="has been charged by the Justice Department" />';
  const problemsWith = (...rows: string[]): string[] => problemsOf({ sources: SOURCES, seeds: SEEDS, pages: [page(...rows)] });

  it('checks quoted words in the page title against the sources the page cites', () => {
    const problems = problemsWith('---', 'title: Zoom\u2019s "secret deal"', '---', '', `He was charged.${CITE}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('\u2716 content/pages/test.mdx:2\n    quotation:       "secret deal"');
  });

  it('accepts quoted words in the description that a cited source has', () => {
    expect(() =>
      buildCitationIndex({
        sources: SOURCES,
        seeds: SEEDS,
        pages: [page('---', 'description: His role as "primary liaison".', '---', '', `He was charged.${CITE}`)],
      }),
    ).not.toThrow();
  });

  it('checks quoted words in a key fact\u2019s label against the sources cited in the fact', () => {
    const problems = problemsWith(
      '<KeyFacts>',
      '<Fact label="The &quot;mole&quot;">',
      '',
      `He was charged.${CITE}`,
      '',
      '</Fact>',
      '</KeyFacts>',
    );
    expect(problems.some((p) => p.includes('quotation:       "mole"'))).toBe(true);
  });

  it('checks quoted words in an image\u2019s alternative text', () => {
    const problems = problemsWith(`![The "secret deal"](x.png) He was charged.${CITE}`);
    expect(problems.some((p) => p.includes('quotation:       "secret deal"'))).toBe(true);
  });
});

describe('buildCitationIndex: markers side by side, quotations in reading order, pasted text', () => {
  const SEED_P = [
    'Zoom said it would cooperate. Other news, in brief Prosecutors charged Jin with conspiracy. Jin had worked there since 2016.',
    '\u2022 Zoom abides by Chinese domestic law for users based in China.',
  ].join('\n');
  const sources: SourceRef[] = [...SOURCES, { id: 'gamma', file: 'c.txt', pasted: ['Other news, in brief'] }];
  const seeds = new Map([...SEEDS, ['c.txt', SEED_P]]);
  const build = (...rows: string[]): PageCitations | undefined =>
    buildCitationIndex({ sources, seeds, pages: [page(...rows)] }).pages.get('/test/');

  it('makes citations written side by side one marker, led by the first', () => {
    const p = build(
      'He was charged.<Cite source="alpha" quote="based in China has been charged" /> <Cite source="beta" quote="unsealed Friday in a Brooklyn" /><Cite source="alpha" quote="with Chinese law enforcement" /> Then more.<Cite source="beta" quote="the executive worked with Chinese officials" />',
    );
    expect(p?.citations.map((c) => [c.ordinal, c.bundle])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 4],
    ]);
  });

  it('letters a note\u2019s quotations in reading order and leads each marker to its own', () => {
    const p = build(
      'A.<Cite source="alpha" quote="would cooperate with the investigation" />',
      '',
      'B.<Cite source="alpha" quote="has been charged by the Justice Department" />',
      '',
      'C.<Cite source="alpha" quote="Zoom said it would cooperate with the" />',
    );
    // The first and third cite one sentence of passage p3: one quotation; the second cites p2, a note of its own.
    expect(p?.citations.map((c) => [c.note, c.letter, c.target])).toEqual([
      [1, 'a', 'note-1'],
      [2, 'a', 'note-2'],
      [1, 'b', 'note-1'],
    ]);
    const q = build(
      'A.<Cite source="alpha" quote="it had closed the accounts" />',
      '',
      'B.<Cite source="alpha" quote="would cooperate with the investigation" />',
    );
    expect(q?.citations.map((c) => [c.letter, c.target])).toEqual([
      ['a', 'note-1-a'],
      ['b', 'note-1-b'],
    ]);
  });

  it('cuts pasted text from the sentence a note shows, and drops a bullet', () => {
    const p = build(
      'Charged.<Cite source="gamma" quote="Prosecutors charged Jin with conspiracy" />',
      '',
      'Law.<Cite source="gamma" quote="abides by Chinese domestic law" />',
    );
    const [charged, law] = p?.citations ?? [];
    expect(SEED_P.split('\n')[0]?.slice(charged?.sentenceStart, charged?.sentenceEnd)).toBe('Prosecutors charged Jin with conspiracy.');
    expect([charged?.cutBefore, charged?.cutAfter]).toEqual([true, false]);
    expect(SEED_P.split('\n')[1]?.slice(law?.sentenceStart, law?.sentenceEnd)).toBe(
      'Zoom abides by Chinese domestic law for users based in China.',
    );
    expect([law?.cutBefore, law?.cutAfter]).toEqual([false, false]);
  });

  it('refuses pasted text that is not in the seed, or stands there twice', () => {
    const problems = problemsOf({
      sources: [...SOURCES, { id: 'gamma', file: 'c.txt', pasted: ['Not in the seed at all', 'Zoom'] }],
      seeds,
      pages: [page('A.<Cite source="gamma" quote="Prosecutors charged Jin with conspiracy" />')],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('this text is not in seeds/c.txt');
    expect(problems[1]).toContain('this text stands 2 times in seeds/c.txt');
  });
});

describe('buildCitationIndex: a component that shows a data file\u2019s citations', () => {
  const embedded = {
    Chain: {
      cites: [
        { source: 'alpha', quote: 'has been charged by the Justice Department', where: 'content/chain.json, step "a", citations[0]' },
        {
          source: 'beta',
          quote: 'unsealed Friday in a Brooklyn',
          where: 'content/chain.json, step "a", citations[1]',
          joinsPrevious: true,
        },
      ],
      texts: [{ text: 'Charged, the “Justice Department” says', sources: ['alpha'], where: 'content/chain.json, step "a", text' }],
    },
  };

  it('numbers its citations where the page places it, as one marker when side by side', () => {
    const index = buildCitationIndex({
      sources: SOURCES,
      seeds: SEEDS,
      pages: [{ ...page('Before.<Cite source="alpha" quote="would cooperate with the investigation" />', '', '<Chain />', ''), embedded }],
    });
    const cites = index.pages.get('/test/')?.citations ?? [];
    expect(cites.map((c) => [c.quote, c.ordinal, c.bundle, c.line])).toEqual([
      ['would cooperate with the investigation', 1, 1, 1],
      ['has been charged by the Justice Department', 2, 2, 3],
      ['unsealed Friday in a Brooklyn', 3, 2, 3],
    ]);
  });

  it('names the data file, the step and the citation when a quote is not in the source', () => {
    const bad = {
      Chain: {
        ...embedded.Chain,
        cites: [{ source: 'alpha', quote: 'ordered by the agencies to act', where: 'content/chain.json, step "a", citations[0]' }],
      },
    };
    const problems = problemsOf({ sources: SOURCES, seeds: SEEDS, pages: [{ ...page('<Chain />'), embedded: bad }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('✖ content/chain.json, step "a", citations[0]');
    expect(problems[0]).toContain('these words are not in seeds/a.txt');
  });

  it('checks quotation marks in its text against the sources it cites', () => {
    const quoted = {
      Chain: {
        ...embedded.Chain,
        texts: [{ text: 'He was “paid in gold” for it', sources: ['alpha'], where: 'content/chain.json, step "a", text' }],
      },
    };
    const problems = problemsOf({ sources: SOURCES, seeds: SEEDS, pages: [{ ...page('<Chain />'), embedded: quoted }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/chain.json, step "a", text');
  });

  it('checks the English words its translation quotes ({{Q|…}}) against the sources named with them', () => {
    const translated = (quote: string) => ({
      Chain: {
        cites: embedded.Chain.cites,
        texts: [],
        quotations: [{ text: quote, sources: ['alpha'], where: 'content/zh-hans/chain.json, step "a", text' }],
      },
    });
    const index = buildCitationIndex({
      sources: SOURCES,
      seeds: SEEDS,
      pages: [{ ...page('<Chain />'), embedded: translated('charged by the Justice') }],
    });
    expect(index.pages.get('/test/')?.citations).toHaveLength(2);
    const bad = problemsOf({ sources: SOURCES, seeds: SEEDS, pages: [{ ...page('<Chain />'), embedded: translated('paid in gold') }] });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toContain('content/zh-hans/chain.json, step "a", text');
  });

  it('is an unknown component on a site without the data, and shows nothing it did not cite', () => {
    const index = buildCitationIndex({
      sources: SOURCES,
      seeds: SEEDS,
      pages: [page('Text.<Cite source="alpha" quote="would cooperate with the investigation" />', '', '<Chain />')],
    });
    expect(index.pages.get('/test/')?.citations).toHaveLength(1);
  });
});
