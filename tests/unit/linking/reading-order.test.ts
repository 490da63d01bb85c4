import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, neighbours, readingOrder, type OrderedPage } from '../../../src/lib/linking/reading-order';

const page = (url: string): OrderedPage => ({ url, title: url });
const home = page('/');
const main = ['/case/', '/laws/', '/related-cases/', '/timeline/'].map(page);
const urls = (pages: readonly OrderedPage[]) => pages.map((p) => p.url);

describe('readingOrder', () => {
  it('starts at the home page and follows the main navigation', () => {
    expect(urls(readingOrder(home, main, new Map()))).toEqual(['/', '/case/', '/laws/', '/related-cases/', '/timeline/']);
  });

  it('follows a main page with the chain of subpages its "next" leads to', () => {
    const next = new Map([
      ['/related-cases/', page('/related-cases/tiktok/')],
      ['/related-cases/tiktok/', page('/related-cases/airbnb/')],
    ]);
    expect(urls(readingOrder(home, main, next))).toEqual([
      '/',
      '/case/',
      '/laws/',
      '/related-cases/',
      '/related-cases/tiktok/',
      '/related-cases/airbnb/',
      '/timeline/',
    ]);
  });

  it('stops a chain at the next main page, so no page is listed twice', () => {
    const next = new Map([
      ['/case/', page('/laws/')],
      ['/laws/', page('/related-cases/')],
    ]);
    expect(urls(readingOrder(home, main, next))).toEqual(['/', '/case/', '/laws/', '/related-cases/', '/timeline/']);
  });

  it('stops a chain that loops back on itself', () => {
    const next = new Map([
      ['/laws/', page('/x/')],
      ['/x/', page('/y/')],
      ['/y/', page('/x/')],
    ]);
    expect(urls(readingOrder(undefined, main, next))).toEqual(['/case/', '/laws/', '/x/', '/y/', '/related-cases/', '/timeline/']);
  });
});

describe('neighbours', () => {
  const order = readingOrder(home, main, new Map());

  it('gives the pages before and after a page', () => {
    const n = neighbours(order, '/laws/');
    expect(n.prev?.url).toBe('/case/');
    expect(n.next?.url).toBe('/related-cases/');
  });

  it('gives no previous page for the first page and no next page for the last', () => {
    expect(neighbours(order, '/').prev).toBeUndefined();
    expect(neighbours(order, '/timeline/').next).toBeUndefined();
  });

  it('gives nothing for a page outside the reading order', () => {
    expect(neighbours(order, '/search/')).toEqual({});
  });
});

describe('breadcrumbTrail', () => {
  const titles = new Map([
    ['/related-cases/', 'Related cases'],
    ['/sources/', 'Sources'],
  ]);
  const titleOf = (url: string) => titles.get(url);

  it('lists the parents of a nested page, from the home page down', () => {
    expect(breadcrumbTrail('/related-cases/tiktok/', titleOf)).toEqual([
      { url: '/', title: 'Home' },
      { url: '/related-cases/', title: 'Related cases' },
    ]);
  });

  it('gives top-level pages and the home page no trail', () => {
    expect(breadcrumbTrail('/case/', titleOf)).toEqual([]);
    expect(breadcrumbTrail('/', titleOf)).toEqual([]);
  });

  it('skips a parent that has no page of its own', () => {
    expect(breadcrumbTrail('/a/b/c/', (u) => (u === '/a/b/' ? 'B' : undefined))).toEqual([
      { url: '/', title: 'Home' },
      { url: '/a/b/', title: 'B' },
    ]);
  });
});
