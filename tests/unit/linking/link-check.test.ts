import { describe, expect, it } from 'vitest';
import { brokenLinks, extractLinks, type PageLinks } from '../../../src/lib/linking/link-check.node.ts';

const page = (url: string, ids: string[], links: string[]): [string, PageLinks] => [url, { url, ids: new Set(ids), links }];

describe('extractLinks', () => {
  it('collects ids and the href/src of links, scripts and images, decoding &amp;', () => {
    const { ids, links } = extractLinks(
      '<h2 id="a">A</h2><a href="/b/#c">x</a><script type="module" src="/_astro/x.js"></script><a href="/q/?a=1&amp;b=2">y</a>',
    );
    expect([...ids]).toEqual(['a']);
    expect(links).toEqual(['/b/#c', '/_astro/x.js', '/q/?a=1&b=2']);
  });

  it('skips absolute canonical and alternate links', () => {
    expect(extractLinks('<link rel="canonical" href="https://example.org/x/">').links).toEqual([]);
  });
});

describe('brokenLinks', () => {
  const pages = new Map([
    page('/', ['top'], ['/case/#charges', '#top', 'https://example.org/', '/data/x.json']),
    page('/case/', ['charges'], ['/case', '/nope/', '#gone', '/#top:~:text=a']),
  ]);
  const files = new Set(['/data/x.json']);

  it('reports missing pages, missing ids and missing trailing slashes, and passes the rest', () => {
    expect(brokenLinks(pages, files)).toEqual([
      '/case/: /case (no trailing slash)',
      '/case/: /nope/ (no such page or file)',
      '/case/: #gone (no id "gone" on /case/)',
    ]);
  });

  it('requires internal links to stay under the base path', () => {
    const sub = new Map([page('/', ['top'], ['/explainer/#top', '/case/'])]);
    expect(brokenLinks(sub, new Set(), '/explainer/')).toEqual(['/: /case/ (outside the base path /explainer/)']);
  });
});
