import { describe, expect, it } from 'vitest';
import { codedTwins, pageUrlFromFile, slugFromUrl } from '../../../src/lib/linking/page-url';

describe('pageUrlFromFile', () => {
  it('maps index.mdx to the home page', () => {
    expect(pageUrlFromFile('index.mdx')).toBe('/');
  });

  it('maps a page file to its name with a trailing slash', () => {
    expect(pageUrlFromFile('case.mdx')).toBe('/case/');
  });

  it('maps a folder index to the folder', () => {
    expect(pageUrlFromFile('related-cases/index.mdx')).toBe('/related-cases/');
  });

  it('keeps nested folders', () => {
    expect(pageUrlFromFile('guides/laws/china.mdx')).toBe('/guides/laws/china/');
  });

  it('accepts .md files as well as .mdx', () => {
    expect(pageUrlFromFile('notes.md')).toBe('/notes/');
  });

  it('accepts Windows separators and leading slashes', () => {
    expect(pageUrlFromFile('related-cases\\index.mdx')).toBe('/related-cases/');
    expect(pageUrlFromFile('/case.mdx')).toBe('/case/');
    expect(pageUrlFromFile('//guides//laws.mdx')).toBe('/guides/laws/');
  });

  it('drops only a final "index", not a folder named index', () => {
    expect(pageUrlFromFile('index/other.mdx')).toBe('/index/other/');
  });

  it('removes only the final extension', () => {
    expect(pageUrlFromFile('v1.mdx.mdx')).toBe('/v1.mdx/');
  });
});

describe('slugFromUrl', () => {
  it('gives no slug for the home page', () => {
    expect(slugFromUrl('/')).toBeUndefined();
    expect(slugFromUrl('')).toBeUndefined();
  });

  it('strips the leading and trailing slash', () => {
    expect(slugFromUrl('/case/')).toBe('case');
  });

  it('keeps inner slashes of nested pages', () => {
    expect(slugFromUrl('/guides/laws/')).toBe('guides/laws');
  });

  it('accepts a URL without slashes around it', () => {
    expect(slugFromUrl('case')).toBe('case');
  });

  it('round-trips with pageUrlFromFile', () => {
    for (const file of ['index.mdx', 'case.mdx', 'related-cases/index.mdx', 'a/b.mdx']) {
      const url = pageUrlFromFile(file);
      const slug = slugFromUrl(url);
      expect(slug === undefined ? '/' : `/${slug}/`).toBe(url);
    }
  });
});

describe('codedTwins', () => {
  const english = ['/', '/case/', '/sources/', '/sources/axios-2020-12-18/', '/sources/epoch-times/', '/zh-hans/sources/epoch-times/'];

  it('maps a Simplified route file to the English page it twins', () => {
    expect(codedTwins(['./pages/zh-hans/search.astro', './pages/zh-hans/sources/index.astro'], english)).toEqual(['/search/', '/sources/']);
  });

  it('leaves out the route of the MDX translations and the 中英对照 views', () => {
    expect(codedTwins(['./pages/zh-hans/[...slug].astro', './pages/zh-hans/bilingual/[...slug].astro'], english)).toEqual([]);
  });

  it('lets a [param] segment stand for each English page that fits it, and no Chinese page', () => {
    expect(codedTwins(['./pages/zh-hans/sources/[slug].astro'], english)).toEqual(['/sources/axios-2020-12-18/', '/sources/epoch-times/']);
  });
});
