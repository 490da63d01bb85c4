import { describe, expect, it } from 'vitest';
import {
  aliasesOf,
  anchorsInHtml,
  ANCHOR_ID,
  checkAnchors,
  isContractAnchor,
  isSiteId,
  parseRegistry,
  registerAll,
  type AnchorRegistry,
  type BuiltSite,
} from '../../../src/lib/linking/anchors';

const site = (pages: Record<string, string[]>): BuiltSite =>
  new Map(Object.entries(pages).map(([url, ids]) => [url, new Map(ids.map((id) => [id, 1]))]));
const registry = (r: Partial<AnchorRegistry>): AnchorRegistry => ({ urls: {}, aliases: {}, redirects: {}, ...r });
/** Ids the site numbers per build or gives its own panels: outside the contract. */
const UNPUBLISHED = ['cite-3', 'note-12', 'notes', 'main', 'p4-title', 'cite-this-page'];

describe('isContractAnchor', () => {
  it('leaves out the ids the site numbers per build', () => {
    expect(UNPUBLISHED.map(isContractAnchor)).toEqual(UNPUBLISHED.map(() => false));
    expect(['charges', 'p4', 'year-2020'].map(isContractAnchor)).toEqual([true, true, true]);
  });
});

describe('isSiteId', () => {
  it('reserves every id the site writes, whether or not it is part of the contract', () => {
    // The heading check and the contract once kept separate lists, and only one had cite-this-page.
    for (const id of [...UNPUBLISHED, 'p4', 'key-facts']) expect(isSiteId(id)).toBe(true);
  });

  it('covers every id that the contract leaves out', () => {
    for (const id of UNPUBLISHED) {
      expect(isContractAnchor(id)).toBe(false);
      expect(isSiteId(id)).toBe(true);
    }
  });

  it('leaves writers every other id', () => {
    const free = ['charges', 'notes-on-zoom', 'cite', 'p', 'main-charges', 'key'];
    expect(free.map(isSiteId)).toEqual(free.map(() => false));
  });
});

describe('ANCHOR_ID', () => {
  it('takes lowercase words or numbers joined by hyphens, beginning with a letter', () => {
    expect(['charges', 'june-4-meeting', 'year-2020', 'p7'].every((id) => ANCHOR_ID.test(id))).toBe(true);
  });

  it('rejects an id that begins with a digit, as the heading check and the schemas do', () => {
    // anchors.json once accepted "2020-meeting" while the heading check refused it.
    expect(['2020-meeting', '4', 'Charges', 'one--two', '-a', 'a-', 'a_b'].some((id) => ANCHOR_ID.test(id))).toBe(false);
    expect(parseRegistry('{"urls":{"/case/":["2020-meeting"]},"aliases":{},"redirects":{}}').problems).toHaveLength(1);
  });
});

describe('anchorsInHtml', () => {
  it('counts the contract ids inside <main> only', () => {
    const html =
      '<header id="top-nav"></header><main id="main"><h2 id="a">A</h2><sup><a id="cite-1"></a></sup><span id="a"></span></main><footer id="f"></footer>';
    expect([...anchorsInHtml(html)]).toEqual([['a', 2]]);
  });
});

describe('parseRegistry', () => {
  it('reads a well-formed registry', () => {
    const { registry: r, problems } = parseRegistry('{"urls":{"/case/":["charges"]},"aliases":{},"redirects":{}}');
    expect(problems).toEqual([]);
    expect(r.urls).toEqual({ '/case/': ['charges'] });
  });

  it('names a bad URL, a bad id and a bad alias', () => {
    const { problems } = parseRegistry('{"urls":{"case":["Bad_Id"]},"aliases":{"/case/":{"old":"New"}}}');
    expect(problems).toEqual([
      'content/anchors.json: "case" is not a page URL like "/case/".',
      'content/anchors.json: case lists "Bad_Id", which is not a short lowercase hyphenated id.',
      'content/anchors.json: alias "old" → "New" on /case/ must join two short lowercase hyphenated ids.',
    ]);
  });

  it('reports JSON that does not parse', () => {
    expect(parseRegistry('{').problems[0]).toMatch(/^content\/anchors\.json is not valid JSON: /);
  });
});

describe('aliasesOf', () => {
  it('lists the old ids that now point at an id', () => {
    expect(aliasesOf(registry({ aliases: { '/case/': { old: 'new', older: 'new', other: 'x' } } }), '/case/', 'new')).toEqual([
      'old',
      'older',
    ]);
  });
});

describe('checkAnchors', () => {
  it('passes when every registered URL and anchor is built', () => {
    const result = checkAnchors(registry({ urls: { '/case/': ['charges'] } }), site({ '/case/': ['charges'] }));
    expect(result).toEqual({ problems: [], unregistered: [] });
  });

  it('fails when a registered anchor disappears, saying how to keep it', () => {
    const { problems } = checkAnchors(registry({ urls: { '/case/': ['charges', 'old'] } }), site({ '/case/': ['charges'] }));
    expect(problems).toEqual([
      '/case/#old was published and is gone. Restore the id, or declare where it went in content/anchors.json: "aliases": { "/case/": { "old": "<new-id>" } }. Anchors on the page now: charges.',
    ]);
  });

  it('accepts a declared alias whose old id is rendered at the new section', () => {
    const r = registry({ urls: { '/case/': ['charges', 'old'] }, aliases: { '/case/': { old: 'charges' } } });
    expect(checkAnchors(r, site({ '/case/': ['charges', 'old'] })).problems).toEqual([]);
  });

  it('fails on an alias that points nowhere', () => {
    const r = registry({ urls: { '/case/': ['charges'] }, aliases: { '/case/': { old: 'gone' } } });
    expect(checkAnchors(r, site({ '/case/': ['charges'] })).problems).toEqual([
      '/case/: the alias "old" points to "gone", which is not an anchor on the page. Anchors there: charges.',
    ]);
  });

  it('fails when a registered page is gone, unless it redirects to a built page', () => {
    expect(checkAnchors(registry({ urls: { '/gone/': [] } }), site({ '/': [] })).problems).toEqual([
      '/gone/ was published and is gone. Restore the page, or add a redirect in content/anchors.json: "redirects": { "/gone/": "/new-url/" }.',
    ]);
    expect(checkAnchors(registry({ urls: { '/gone/': [] }, redirects: { '/gone/': '/' } }), site({ '/': [] })).problems).toEqual([]);
    expect(checkAnchors(registry({ redirects: { '/gone/': '/nowhere/' } }), site({ '/': [] })).problems).toEqual([
      'content/anchors.json: the redirect from /gone/ points to /nowhere/, which is not a page.',
    ]);
  });

  it('fails on a duplicate id or a malformed id on a built page', () => {
    const built: BuiltSite = new Map([
      [
        '/case/',
        new Map([
          ['dup', 2],
          ['Bad', 1],
        ]),
      ],
    ]);
    expect(checkAnchors(registry({ urls: { '/case/': ['dup'] } }), built).problems).toEqual([
      '/case/: the id "dup" appears 2 times; an anchor must be unique on its page.',
      '/case/: the id "Bad" is not a short lowercase hyphenated id.',
    ]);
  });

  it('lists new URLs and anchors that are not yet registered', () => {
    expect(checkAnchors(registry({ urls: { '/case/': ['a'] } }), site({ '/case/': ['a', 'b'], '/new/': ['c'] })).unregistered).toEqual([
      { url: '/case/', id: 'b' },
      { url: '/new/', id: null },
      { url: '/new/', id: 'c' },
    ]);
  });
});

describe('registerAll', () => {
  it('adds new URLs and anchors, keeps every old one, and skips aliased ids', () => {
    const r = registry({ urls: { '/case/': ['old', 'a'] }, aliases: { '/case/': { gone: 'a' } } });
    const next = registerAll(r, site({ '/case/': ['a', 'b', 'gone'], '/new/': ['x'] }));
    expect(next.urls).toEqual({ '/case/': ['old', 'a', 'b'], '/new/': ['x'] });
    expect(next.aliases).toBe(r.aliases);
  });
});
