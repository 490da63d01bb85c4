import { describe, expect, it } from 'vitest';
import {
  answersOtherQuestion,
  groupByPage,
  holdsPhrase,
  matchesInARow,
  PHRASE_BONUS,
  inPageOrder,
  HEADING_BONUS,
  QUESTION_BONUS,
  questionWordsOf,
  TOP_OF_PAGE_FACTOR,
  isAboutPage,
  isReferencePage,
  isSourcePage,
  REFERENCE_FACTOR,
  SUMMARY_FACTOR,
  SUMMARY_KIND,
  rankSections,
  termCoverage,
  wordMatchesTerm,
  COVERAGE_POWER,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../../src/lib/search/results';

const sub = (title: string, url: string, scores: number[], anchor = true): PagefindSubResult => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  ...(anchor ? { anchor: { id: url.split('#')[1] ?? '' } } : {}),
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

const page = (url: string, title: string, subs: PagefindSubResult[]): PagefindResultData => ({
  url,
  excerpt: 'page excerpt',
  meta: { title },
  sub_results: subs,
});

describe('rankSections', () => {
  it("puts one strong section of a page above each of another page's many passing mentions", () => {
    // Pagefind ranks the timeline first (two mentions), but the case page has the section on the subject.
    const hits = rankSections(
      [
        {
          score: 5.5,
          data: page('/timeline/', 'Timeline', [
            sub('April', '/timeline/#april', [12800]),
            sub('29 April', '/timeline/#april-29', [12800]),
          ]),
        },
        { score: 4.2, data: page('/case/', 'The case', [sub('The one-minute rule', '/case/#one-minute-rule', [18400])]) },
      ],
      'one-minute',
    );
    expect(hits.map((h) => h.url)).toEqual([
      '/case/?highlight=one-minute#one-minute-rule',
      '/timeline/?highlight=one-minute#april',
      '/timeline/?highlight=one-minute#april-29',
    ]);
  });

  it('ranks a section whose heading names the words above a summary elsewhere that scores a little higher', () => {
    // A short page mentioning the words in passing outscores the long page that covers them.
    const hits = rankSections(
      [
        { score: 4.4, data: page('/about/', 'About', [sub('How to cite this site', '/about/#citing', [1024])]) },
        { score: 3.5, data: page('/case/', 'The case', [sub('The one-minute rule', '/case/#one-minute-rule', [18400])]) },
      ],
      'one-minute',
    );
    expect(hits.map((h) => h.sectionTitle)).toEqual(['The one-minute rule', 'How to cite this site']);
    expect(hits[0]?.score).toBeCloseTo(3.5 * (1 + HEADING_BONUS));
  });

  it('scores the about page as a reference page, in every edition: it tells how the site works', () => {
    expect(isAboutPage('/about/')).toBe(true);
    expect(isAboutPage('/zh-hant/about/#changes')).toBe(true);
    expect(isAboutPage('/mirror/a/about/')).toBe(true);
    expect(isAboutPage('/case/')).toBe(false);
    expect(isAboutPage('/about-this/')).toBe(false);
    const [hit] = rankSections([{ score: 2, data: page('/about/', 'About', [sub('Changes', '/about/#changes', [1])]) }], 'Evanina');
    expect(hit?.score).toBeCloseTo(2 * REFERENCE_FACTOR);
  });

  it('raises a heading that names some of the words in proportion', () => {
    const [hit] = rankSections([{ score: 2, data: page('/a/', 'A', [sub('Joyce’s concerns', '/a/#x', [1])]) }], 'Sean Joyce');
    expect(hit?.score).toBeCloseTo(2 * (1 + HEADING_BONUS / 2));
  });

  it('gives each hit its page title, section title and parsed excerpt', () => {
    const [hit] = rankSections([{ score: 1, data: page('/laws/', 'Laws', [sub('The MSS', '/laws/#mss', [10])]) }], 'MSS');
    expect(hit).toMatchObject({
      pageTitle: 'Laws',
      sectionTitle: 'The MSS',
      url: '/laws/?highlight=MSS#mss',
      excerpt: [
        { text: 'about ', marked: false },
        { text: 'The MSS', marked: true },
      ],
    });
  });

  it('gives a match above the first section no section title', () => {
    const [hit] = rankSections(
      [{ score: 1, data: page('/related-cases/tiktok/', 'TikTok', [sub('TikTok', '/related-cases/tiktok/', [5], false)]) }],
      'TikTok',
    );
    expect(hit?.sectionTitle).toBeNull();
    expect(hit?.url).toBe('/related-cases/tiktok/?highlight=TikTok');
  });

  it('lists a page without sections (a filter-only search) as one hit', () => {
    const hits = rankSections([{ score: 0, data: page('/people/', 'People', []) }], '');
    expect(hits).toEqual([
      {
        pageTitle: 'People',
        sectionTitle: null,
        url: '/people/',
        excerpt: [{ text: 'page excerpt', marked: false }],
        score: 0,
        pageUrl: '/people/',
        inSources: false,
      },
    ]);
  });

  it('keeps page order, then section order, between equal scores', () => {
    const hits = rankSections(
      [
        { score: 1, data: page('/a/', 'A', [sub('a1', '/a/#a1', [1]), sub('a2', '/a/#a2', [1])]) },
        { score: 0.5, data: page('/b/', 'B', [sub('b1', '/b/#b1', [1])]) },
      ],
      'x',
    );
    // a1 and a2 each hold half of A: 1 × √½ ≈ 0.71; b1 holds all of B: 0.5.
    expect(hits.map((h) => h.sectionTitle)).toEqual(['a1', 'a2', 'b1']);
  });

  it('scores the top of a page below its sections, with no bonus for the page title naming the words', () => {
    const hits = rankSections(
      [
        {
          score: 2,
          data: page('/case/', 'The case against Xinjiang Jin', [
            sub('The case against Xinjiang Jin', '/case/', [1], false),
            sub('Who Xinjiang Jin is', '/case/#who-is-jin', [1]),
          ]),
        },
      ],
      'Xinjiang Jin',
    );
    expect(hits.map((h) => h.url)).toEqual(['/case/?highlight=Xinjiang+Jin#who-is-jin', '/case/?highlight=Xinjiang+Jin']);
    expect(hits[1]?.score).toBeCloseTo(2 * Math.SQRT1_2 * TOP_OF_PAGE_FACTOR);
  });

  it('raises a section whose heading has the question word of what was asked', () => {
    const data = page('/case/', 'The case', [
      sub('Who Xinjiang Jin is', '/case/#who-is-jin', [1]),
      sub('Where the case stands', '/case/#where-is-jin', [1]),
    ]);
    const hits = rankSections([{ score: 1, data }], 'Jin', 'Jin', 'where is Jin now');
    expect(hits.map((h) => h.sectionTitle)).toEqual(['Where the case stands', 'Who Xinjiang Jin is']);
    expect(hits[0]?.score).toBeCloseTo(Math.SQRT1_2 * (1 + QUESTION_BONUS));
    expect(questionWordsOf('Where is Jin now? where')).toEqual(['where']);
    expect(questionWordsOf('Jin now')).toEqual([]);
  });

  it('gives no heading bonus to a section that answers another question about the subject', () => {
    // "Who Xinjiang Jin is" matches three times as strongly, but a reader who asks where he is wants the other section.
    const data = page('/case/', 'The case', [
      sub('Who Xinjiang Jin is', '/case/#who-is-jin', [3]),
      sub('Where the case stands', '/case/#where-is-jin', [1]),
    ]);
    const hits = rankSections([{ score: 1, data }], 'Jin', 'Jin', 'where is Jin now');
    expect(hits.map((h) => h.sectionTitle)).toEqual(['Where the case stands', 'Who Xinjiang Jin is']);
    expect(hits[1]?.score).toBeCloseTo(Math.sqrt(3 / 4));
    // Without a question, the heading that names Jin keeps its bonus.
    expect(rankSections([{ score: 1, data }], 'Jin')[0]?.sectionTitle).toBe('Who Xinjiang Jin is');
    expect(answersOtherQuestion('Who Xinjiang Jin is', ['where'])).toBe(true);
    expect(answersOtherQuestion('Who Xinjiang Jin is', ['who'])).toBe(false);
    expect(answersOtherQuestion('Who Xinjiang Jin is', [])).toBe(false);
    expect(answersOtherQuestion('The data', ['how'])).toBe(false);
  });

  it("judges a heading by the reader's words or an alias variant's, whichever it names more of", () => {
    const data = page('/case/', 'The case', [sub('The one-minute rule', '/case/#one-minute-rule', [1])]);
    expect(rankSections([{ score: 1, data }], '1 minute')[0]?.score).toBeCloseTo(1 + HEADING_BONUS / 2);
    // The heading names the variant's words, and as one phrase ("one-minute"): both bonuses.
    expect(rankSections([{ score: 1, data }], '1 minute', '1 minute one', '1 minute', ['one minute'])[0]?.score).toBeCloseTo(
      (1 + HEADING_BONUS) * (1 + PHRASE_BONUS),
    );
  });
  it('drops the heading the excerpt repeats', () => {
    const data = page('/case/', 'The case', [
      {
        ...sub('Who Xinjiang Jin is', '/case/#who-is-jin', [1]),
        excerpt: 'Who Xinjiang <mark>Jin</mark> is. <mark>Jin,</mark> also known',
      },
    ]);
    const [hit] = rankSections([{ score: 1, data }], 'Jin');
    expect(hit?.excerpt).toEqual([
      { text: 'Jin', marked: true },
      { text: ', also known', marked: false },
    ]);
  });

  it('falls back to the URL when a page has no title', () => {
    const [hit] = rankSections([{ score: 1, data: { url: '/x/', excerpt: '', meta: {}, sub_results: [] } }], 'x');
    expect(hit?.pageTitle).toBe('/x/');
  });
});

describe('SUMMARY_FACTOR', () => {
  it('ranks the section that tells a subject in full above the home page and a key-facts list that name it', () => {
    const home = {
      ...page('/', 'Home', [sub('Key figures', '/#key-figures', [10]), sub('In brief', '/#in-brief', [10])]),
      meta: { title: 'Home', kind: SUMMARY_KIND },
    };
    const casePage = page('/case/', 'The case', [
      sub('Key facts', '/case/#key-facts', [10]),
      sub('The data', '/case/#data-handed-over', [10]),
    ]);
    const hits = rankSections(
      [
        { score: 1.5, data: home },
        { score: 1, data: casePage },
      ],
      'ten users',
    );
    expect(hits[0]?.url).toBe('/case/?highlight=ten+users#data-handed-over');
    // Without the summary share, the home page's sections (a higher page score) would come first.
    expect(1.5 * SUMMARY_FACTOR).toBeLessThan(1);
    expect(hits.findIndex((h) => h.url.includes('#key-facts'))).toBeGreaterThan(hits.findIndex((h) => h.url.includes('#data-handed-over')));
  });
});

describe('a reference entry that alone holds the phrase', () => {
  const pages = (explainerExcerpt: string) => [
    {
      score: 6,
      data: page('/corporate-responses/', 'Corporate responses', [
        { ...sub('The engineers', '/corporate-responses/#engineers', [4000]), excerpt: explainerExcerpt },
      ]),
    },
    {
      score: 3,
      data: page('/people/', 'People', [
        {
          ...sub('Humanitarian China', '/people/#humanitarian-china', [3000]),
          excerpt: 'calls the group “<mark>Humane</mark> <mark>China</mark>”',
        },
      ]),
    },
  ];

  it('keeps its full score: the explainer never uses the name, so the entry is the answer', () => {
    expect(rankSections(pages('human rights in <mark>China</mark>'), 'Humane China')[0]?.pageUrl).toBe('/people/');
  });

  it('takes the reference share again when an explainer section holds the phrase too', () => {
    expect(rankSections(pages('the group <mark>Humane</mark> <mark>China</mark>'), 'Humane China')[0]?.pageUrl).toBe(
      '/corporate-responses/',
    );
  });
});

describe('isReferencePage and REFERENCE_FACTOR', () => {
  it('knows the people, the timeline and the sources index as reference pages', () => {
    expect(isReferencePage('/people/#mss')).toBe(true);
    expect(isReferencePage('/explainer/timeline/')).toBe(true);
    expect(isReferencePage('/sources/')).toBe(true);
    expect(isReferencePage('/sources/epoch-times/')).toBe(false);
    expect(isReferencePage('/case/#who-is-jin')).toBe(false);
  });

  it("ranks an explainer section above a reference page's entry of the same score", () => {
    const hits = rankSections(
      [
        { score: 1, data: page('/people/', 'People', [sub('MSS', '/people/#mss', [1])]) },
        { score: 1, data: page('/laws/', 'Laws', [sub('MSS', '/laws/#mss', [1])]) },
      ],
      'MSS',
    );
    expect(hits.map((h) => h.pageUrl)).toEqual(['/laws/', '/people/']);
    expect(hits[1]?.score).toBeCloseTo(REFERENCE_FACTOR * (1 + HEADING_BONUS));
  });
});

describe('isSourcePage', () => {
  it("is true for a source's own page and false for the sources index and the explainer", () => {
    expect(isSourcePage('/sources/axios-2020-12-18/#p7')).toBe(true);
    expect(isSourcePage('/explainer/sources/epoch-times/')).toBe(true);
    expect(isSourcePage('/sources/#one-million-users')).toBe(false);
    expect(isSourcePage('/case/#who-is-jin')).toBe(false);
  });
});

describe('groupByPage', () => {
  const hit = (pageUrl: string, score: number, inSources = false) => ({
    pageTitle: pageUrl,
    sectionTitle: null,
    url: pageUrl,
    excerpt: [],
    score,
    pageUrl,
    inSources,
  });

  it('lists the explainer before the sources, and a run of sections from one page under one heading', () => {
    const groups = groupByPage([hit('/sources/a/', 9, true), hit('/case/', 5), hit('/case/', 4), hit('/laws/', 3), hit('/case/', 2)]);
    expect(groups.map((g) => [g.pageUrl, g.hits.length])).toEqual([
      ['/case/', 2],
      ['/laws/', 1],
      ['/case/', 1],
      ['/sources/a/', 1],
    ]);
  });
});

describe('inPageOrder', () => {
  const hit = (pageUrl: string, score: number) => ({
    pageTitle: pageUrl,
    sectionTitle: null,
    url: pageUrl,
    excerpt: [],
    score,
    pageUrl,
    inSources: false,
  });

  it('puts the explainer first and keeps rank order within each part', () => {
    const src = { ...hit('/sources/a/', 9), inSources: true };
    expect(inPageOrder([src, hit('/a/', 5), hit('/b/', 4), hit('/a/', 3)]).map((h) => [h.pageUrl, h.score])).toEqual([
      ['/a/', 5],
      ['/b/', 4],
      ['/a/', 3],
      ['/sources/a/', 9],
    ]);
  });
});

describe('holdsPhrase and PHRASE_BONUS', () => {
  it('finds the words side by side, in order, in plain text or in an excerpt with marks', () => {
    expect(holdsPhrase('the same text also calls the group “<mark>Humane</mark> <mark>China</mark>”.', 'Humane China')).toBe(true);
    expect(holdsPhrase('China is humane', 'Humane China')).toBe(false);
    expect(holdsPhrase('Humane rights in China', 'Humane China')).toBe(false);
    expect(holdsPhrase('Humanitarian China', 'Humane China')).toBe(false);
    // One word is never a phrase, hyphenated or not: Pagefind already scores it.
    expect(holdsPhrase('China', 'China')).toBe(false);
    expect(holdsPhrase('The one-minute rule', 'one-minute')).toBe(false);
  });

  it('ranks the section holding the phrase above a section that scores higher on the words one by one', () => {
    const hits = rankSections(
      [
        {
          score: 6,
          data: page('/corporate-responses/', 'Corporate responses', [
            {
              ...sub('The engineers in China', '/corporate-responses/#research-staff-china', [4000]),
              excerpt: 'human rights in <mark>China</mark>',
            },
          ]),
        },
        {
          score: 3,
          // An explainer page, so that only the phrase tells the two apart (a reference page's
          // share, REFERENCE_FACTOR, is tested on its own above).
          data: page('/related-cases/', 'Related cases', [
            {
              ...sub('Humanitarian China', '/related-cases/#humanitarian-china', [3000]),
              excerpt: 'also calls the group “<mark>Humane</mark> <mark>China</mark>”',
            },
          ]),
        },
      ],
      'Humane China',
    );
    expect(hits[0]?.pageUrl).toBe('/related-cases/');
    expect(PHRASE_BONUS).toBeGreaterThan(0);
  });
});

describe('matchesInARow', () => {
  const at = (...locations: number[]) => ({ weighted_locations: locations.map((location) => ({ balanced_score: 1, location })) });
  it('is true when as many matched words stand side by side as the reader typed', () => {
    expect(matchesInARow(at(40, 112, 113), 'Humane China')).toBe(true);
    expect(matchesInARow(at(40, 112, 114), 'Humane China')).toBe(false);
    expect(matchesInARow(at(7, 8), 'one-minute')).toBe(false);
    expect(matchesInARow(at(7, 8), 'Ministry of State')).toBe(false);
    expect(matchesInARow(at(7, 8, 9), 'Ministry of State')).toBe(true);
  });
});

describe('wordMatchesTerm', () => {
  it('matches a word that starts with the stem of the term, as Pagefind does', () => {
    expect(wordMatchesTerm('closed', 'close')).toBe(true);
    expect(wordMatchesTerm('pages,', 'page')).toBe(true);
    expect(wordMatchesTerm('U.S.', 'US')).toBe(true);
    expect(wordMatchesTerm('activist', 'activists')).toBe(true);
  });

  it('does not match another word', () => {
    expect(wordMatchesTerm('custody', 'Jin')).toBe(false);
    expect(wordMatchesTerm('—', 'Jin')).toBe(false);
  });
});

describe('termCoverage', () => {
  const words = 'It runs to 47 pages . The complaint was unsealed'.split(' ');

  it('is the share of the terms that the matched words hold', () => {
    expect(termCoverage(words, [3, 4, 7], ['47', 'page', 'complaint'])).toBe(1);
    expect(termCoverage(words, [7], ['47', 'page', 'complaint'])).toBeCloseTo(1 / 3);
  });

  it('ignores locations outside the text and counts an empty query as covered', () => {
    expect(termCoverage(words, [undefined, 99], ['complaint'])).toBe(0);
    expect(termCoverage(words, [], [])).toBe(1);
  });
});

describe('rankSections by coverage', () => {
  const located = (title: string, url: string, locations: number[]): PagefindSubResult => ({
    title,
    url,
    excerpt: title,
    anchor: { id: url.split('#')[1] ?? '', location: locations[0] ?? 0 },
    weighted_locations: locations.map((location) => ({ balanced_score: 1, location })),
  });

  it('puts the section that holds every word above one that repeats one word often', () => {
    const content = 'complaint a complaint b complaint c complaint The charges 47 pages complaint';
    const data: PagefindResultData = {
      ...page('/case/', 'The case', [
        located('Background', '/case/#background', [0, 2, 4, 6]),
        located('The charges', '/case/#charges', [9, 10, 11]),
      ]),
      content,
    };
    const hits = rankSections([{ score: 1, data }], '47 page complaint');
    expect(hits.map((h) => h.sectionTitle)).toEqual(['The charges', 'Background']);
    expect(hits[1]?.score).toBeCloseTo(Math.sqrt(4 / 7) * (1 / 3) ** COVERAGE_POWER);
  });

  it("ranks a section by the best of the reader's and a variant's word locations, once", () => {
    const content = 'Zoom said it fired him and Jin';
    const byJin: PagefindResultData = { ...page('/case/', 'The case', [located('Zoom responds', '/case/#zoom-response', [6])]), content };
    const byBoth: PagefindResultData = {
      ...page('/case/', 'The case', [located('Zoom responds', '/case/#zoom-response', [3, 6])]),
      content,
    };
    const hits = rankSections([{ score: 1, data: byJin, alternatives: [byBoth] }], 'Jin sacked', 'Jin sacked fired', 'Jin sacked', [
      'Jin fired',
    ]);
    // By the reader's words alone, the section holds one word of two: a quarter of the score.
    expect(hits).toHaveLength(1);
    expect(hits[0]?.score).toBeCloseTo(1);
    expect(rankSections([{ score: 1, data: byJin }], 'Jin sacked', 'Jin sacked', 'Jin sacked', ['Jin fired'])[0]?.score).toBeCloseTo(0.25);
  });
});

describe('rankSections for reference entries', () => {
  const located = (title: string, url: string, excerpt: string, locations: number[]): PagefindSubResult => ({
    title,
    url,
    excerpt,
    anchor: { id: url.split('#')[1] ?? '', location: locations[0] ?? 0 },
    weighted_locations: locations.map((location) => ({ balanced_score: 1, location })),
  });
  const story: PagefindResultData = {
    ...page('/related-cases/airbnb/', 'Airbnb', [
      located('The resignation', '/related-cases/airbnb/#resignation', 'Airbnb hired <mark>Sean</mark> <mark>Joyce</mark>', [4, 5]),
    ]),
    content: 'The resignation Airbnb hired Sean Joyce',
  };
  const entry: PagefindResultData = {
    ...page('/people/', 'People', [located('Sean Joyce', '/people/#sean-joyce', '<mark>Sean</mark> <mark>Joyce</mark>', [0, 1])]),
    content: 'Sean Joyce A former deputy director',
  };

  it("gives a person's entry no heading or phrase bonus when the explainer tells the name too", () => {
    const hits = rankSections(
      [
        { score: 1, data: story },
        { score: 1, data: entry },
      ],
      'Sean Joyce',
    );
    expect(hits.map((h) => h.url.replace(/\?[^#]*/, ''))).toEqual(['/related-cases/airbnb/#resignation', '/people/#sean-joyce']);
    expect(hits[1]?.score).toBeCloseTo(REFERENCE_FACTOR);
  });

  it('keeps the bonuses of an entry whose name the explainer does not use', () => {
    const hits = rankSections([{ score: 1, data: entry }], 'Sean Joyce');
    expect(hits[0]?.score).toBeCloseTo((1 + HEADING_BONUS) * (1 + PHRASE_BONUS));
  });
});
