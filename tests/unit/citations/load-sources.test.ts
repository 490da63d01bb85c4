import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildCitationIndex,
  CitationProblems,
  type CitationIndex,
  type PageInput,
  type SourceRef,
} from '../../../src/lib/citations/citation-index';
import { checkSectionLinks, loadCitationIndex } from '../../../src/lib/citations/load-sources.node.ts';

const SEED = [
  'Dec 18, 2020 - World',
  '',
  'The executive was charged in a Brooklyn federal court.',
  '',
  'Zoom said it would cooperate with the investigation.',
  '',
].join('\n');

describe('checkSectionLinks', () => {
  const sources: SourceRef[] = [{ id: 'alpha', file: 'a.txt' }];
  const seeds = new Map([['a.txt', SEED]]);
  const pages: PageInput[] = [
    {
      file: 'content/pages/case.mdx',
      url: '/case/',
      source: '<H2 id="charges">The charges</H2>\n\n<H3 id="zoom-response">Zoom\u2019s response</H3>\n',
    },
    { file: 'content/pages/index.mdx', url: '/', source: 'Home.\n' },
  ];
  const index: CitationIndex = buildCitationIndex({ sources, seeds, pages });
  const where = 'content/timeline.json, event "charged"';

  it('accepts a bare page path', () => {
    expect(
      checkSectionLinks(index, [
        { where, link: '/case/' },
        { where, link: '/' },
      ]),
    ).toEqual([]);
  });

  it('accepts a path with an anchor of a section on that page, at any heading level', () => {
    expect(
      checkSectionLinks(index, [
        { where, link: '/case/#charges' },
        { where, link: '/case/#zoom-response' },
      ]),
    ).toEqual([]);
  });

  it('accepts no links at all', () => {
    expect(checkSectionLinks(index, [])).toEqual([]);
  });

  it('reports a path no page has, listing the pages', () => {
    expect(checkSectionLinks(index, [{ where, link: '/cases/#charges' }])).toEqual([
      [
        '\u2716 content/timeline.json, event "charged"',
        '    section: "/cases/#charges"',
        '    problem: no page has this path.',
        '    pages:   /case/, /',
      ].join('\n'),
    ]);
  });

  it('reports a path without its trailing slash as unknown', () => {
    expect(
      checkSectionLinks(index, [{ where, link: '/case#charges' }])[0]
        ?.split('\n')
        .slice(1, 3),
    ).toEqual(['    section: "/case#charges"', '    problem: no page has this path.']);
  });

  it('reports an anchor the page does not have, listing the page\u2019s section ids', () => {
    expect(checkSectionLinks(index, [{ where, link: '/case/#nope' }])).toEqual([
      [
        '\u2716 content/timeline.json, event "charged"',
        '    section:  "/case/#nope"',
        '    problem:  /case/ has no section "nope".',
        '    sections: charges, zoom-response',
      ].join('\n'),
    ]);
  });

  it('says "(none)" when the linked page has no sections', () => {
    expect(checkSectionLinks(index, [{ where, link: '/#charges' }])).toEqual([
      [
        '\u2716 content/timeline.json, event "charged"',
        '    section:  "/#charges"',
        '    problem:  / has no section "charges".',
        '    sections: (none)',
      ].join('\n'),
    ]);
  });

  it('reports every bad link, in order, each with its own place', () => {
    const problems = checkSectionLinks(index, [
      { where: 'first', link: '/nowhere/' },
      { where: 'second', link: '/case/#charges' },
      { where: 'third', link: '/case/#missing' },
    ]);
    expect(problems.map((p) => p.split('\n')[0])).toEqual(['\u2716 first', '\u2716 third']);
  });
});

describe('loadCitationIndex', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

  const write = (root: string, file: string, text: string): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  const TIMELINE = [
    {
      id: 'promise',
      date: '2020-12-19',
      title: 'Zoom promises to help',
      citations: [{ source: 'alpha', quote: 'Zoom said it would cooperate' }],
      section: '/case/#zoom-response',
    },
    {
      id: 'charged',
      date: '2020-12-18',
      title: 'Jin is charged',
      citations: [{ source: 'alpha', quote: 'The executive was charged' }],
      section: '/case/#charges',
    },
    {
      id: 'hearing',
      date: '2020-12',
      title: 'A hearing',
      citations: [{ source: 'alpha', quote: 'in a Brooklyn federal court' }],
      section: '/case/',
    },
  ];

  /** The test site's one seed, pinned as the real site pins its five. */
  const PINS = { '000_a.txt': sha256(SEED) };

  /** Writes a small valid site to a new temporary folder and returns its root. */
  function makeSite(options: { timeline?: unknown[]; seedOnDisk?: string; manifest?: string; extraSeed?: boolean } = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'load-site-test-'));
    roots.push(root);
    write(root, 'seeds/000_a.txt', options.seedOnDisk ?? SEED);
    write(root, 'seeds/SHA256SUMS', options.manifest ?? `${sha256(SEED)}  000_a.txt\n`);
    if (options.extraSeed) write(root, 'seeds/001_b.txt', 'Another text.\n');
    write(root, 'content/sources.json', JSON.stringify([{ id: 'alpha', file: '000_a.txt' }]));
    write(
      root,
      'content/pages/case.mdx',
      [
        '---',
        'title: The case',
        '---',
        '',
        '<H2 id="charges">The charges</H2>',
        '',
        'He was charged.<Cite source="alpha" quote="charged in a Brooklyn federal court" />',
        '',
        '<H2 id="zoom-response">Zoom\u2019s response</H2>',
        '',
        'Zoom will help.<Cite source="alpha" quote="would cooperate with the investigation" />',
        '',
      ].join('\n'),
    );
    write(root, 'content/pages/index.mdx', 'Home.<Cite source="alpha" quote="Dec 18, 2020 - World" />\n');
    // A draft: skipped, so its broken MDX never matters.
    write(root, 'content/pages/_draft.mdx', 'Broken <Cite source="alpha"\n');
    write(root, 'content/timeline.json', JSON.stringify(options.timeline ?? TIMELINE, null, 2));
    return root;
  }

  /** Loads the site and returns the problems it throws; fails the test if it does not throw them. */
  function problemsOf(root: string): string[] {
    try {
      loadCitationIndex(root, PINS);
    } catch (error) {
      if (error instanceof CitationProblems) return error.problems;
      throw error;
    }
    throw new Error('expected loadCitationIndex to throw CitationProblems');
  }

  it('loads a good site: MDX pages by URL, then the timeline, skipping drafts', () => {
    const index = loadCitationIndex(makeSite(), PINS);
    expect([...index.pages.keys()]).toEqual(['/case/', '/', '/timeline/']);
    expect(index.pages.get('/case/')?.file).toBe('content/pages/case.mdx');
    expect(index.pages.get('/case/')?.citations.map((c) => [c.line, c.sectionId, c.passageId])).toEqual([
      [7, 'charges', 'p2'],
      [11, 'zoom-response', 'p3'],
    ]);
    expect(index.pages.get('/')?.file).toBe('content/pages/index.mdx');
    expect(index.passages.get('alpha')?.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('turns timeline entries into a /timeline/ page in date order, one section per event', () => {
    const timeline = loadCitationIndex(makeSite(), PINS).pages.get('/timeline/');
    expect(timeline?.file).toBe('content/timeline.json');
    expect(timeline?.headings.map((h) => [h.level, h.id, h.text, h.where])).toEqual([
      [3, 'hearing', 'A hearing', 'content/timeline.json, event "hearing"'],
      [3, 'charged', 'Jin is charged', 'content/timeline.json, event "charged"'],
      [3, 'promise', 'Zoom promises to help', 'content/timeline.json, event "promise"'],
    ]);
    expect(timeline?.paragraphs).toBe(3);
    expect(timeline?.uncitedParagraphs).toEqual([]);
  });

  it('points each timeline citation at its event as the section', () => {
    const index = loadCitationIndex(makeSite(), PINS);
    expect(index.pages.get('/timeline/')?.citations.map((c) => [c.pageUrl, c.sectionId, c.sectionTitle, c.markerId, c.passageId])).toEqual([
      ['/timeline/', 'hearing', 'A hearing', 'cite-1', 'p2'],
      ['/timeline/', 'charged', 'Jin is charged', 'cite-2', 'p2'],
      ['/timeline/', 'promise', 'Zoom promises to help', 'cite-3', 'p3'],
    ]);
    expect(index.byPassage.get('alpha#p3')?.map((c) => [c.pageUrl, c.sectionId])).toEqual([
      ['/case/', 'zoom-response'],
      ['/timeline/', 'promise'],
    ]);
  });

  it('throws CitationProblems when a timeline section names an anchor its page lacks', () => {
    const timeline = TIMELINE.map((e) => (e.id === 'charged' ? { ...e, section: '/case/#nope' } : e));
    const root = makeSite({ timeline });
    const problem = [
      '\u2716 content/timeline.json, event "charged"',
      '    section:  "/case/#nope"',
      '    problem:  /case/ has no section "nope".',
      '    sections: charges, zoom-response',
    ].join('\n');
    expect(problemsOf(root)).toEqual([problem]);
    expect(() => loadCitationIndex(root, PINS)).toThrow(new CitationProblems([problem]));
    expect(() => loadCitationIndex(root, PINS)).toThrow(`1 citation problem \u2014 the build stops until it is fixed:\n\n${problem}`);
  });

  it('reports a seed that no longer matches its checksum', () => {
    const changed = `${SEED}An added line.\n`;
    const root = makeSite({ seedOnDisk: changed });
    expect(problemsOf(root)).toEqual([
      `✖ seeds/000_a.txt has changed (sha256 ${sha256(changed).slice(0, 12)}\u2026, expected ${sha256(SEED).slice(0, 12)}\u2026). ` +
        "Seeds must stay byte for byte as received: restore it from ../shared/seeds/000_a.txt. The expected hashes are fixed in the site's code.",
    ]);
  });

  it('refuses a changed seed even when seeds/SHA256SUMS was changed to match it', () => {
    const changed = `${SEED}An added line.\n`;
    const problems = problemsOf(makeSite({ seedOnDisk: changed, manifest: `${sha256(changed)}  000_a.txt\n` }));
    expect(problems[0]).toContain('✖ seeds/000_a.txt has changed');
  });

  it('refuses a seed that is not one of the pinned sources', () => {
    expect(problemsOf(makeSite({ extraSeed: true }))).toEqual([
      "✖ seeds/001_b.txt is not one of the site's sources, which are fixed in its code: remove the file.",
    ]);
  });

  it('refuses a missing seed, saying where to copy it from', () => {
    const root = makeSite();
    rmSync(join(root, 'seeds/000_a.txt'));
    expect(problemsOf(root)[0]).toBe(
      "✖ seeds/000_a.txt is missing. It is one of the site's sources: copy it back, byte for byte, from the copy received (../shared/seeds/000_a.txt).",
    );
  });

  it('builds no /timeline/ page when the timeline is empty', () => {
    const index = loadCitationIndex(makeSite({ timeline: [] }), PINS);
    expect([...index.pages.keys()]).toEqual(['/case/', '/']);
  });
});
