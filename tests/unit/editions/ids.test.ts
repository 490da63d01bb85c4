import { describe, expect, it } from 'vitest';
import { editionHref, editionId, pageKey, type LinkContext } from '../../../src/lib/editions/ids';

const ctx = (over: Partial<LinkContext> = {}): LinkContext => ({
  page: '/case/',
  base: '/',
  origin: 'https://example.org',
  included: new Set(['/', '/case/', '/people/']),
  fileOf: () => '',
  ...over,
});

describe('pageKey', () => {
  it('names the home page "home" and joins a path with hyphens', () => {
    expect(pageKey('/')).toBe('home');
    expect(pageKey('/related-cases/tiktok/')).toBe('related-cases-tiktok');
  });
});

describe('editionId', () => {
  it('prefixes an id with its page key', () => {
    expect(editionId('/case/', 'charges')).toBe('case--charges');
  });
});

describe('editionHref', () => {
  it('keeps a fragment on its own page', () => {
    expect(editionHref('#note-3-b', ctx())).toBe('#case--note-3-b');
  });
  it('leads a link to an included page or section inside the edition', () => {
    expect(editionHref('/people/#xinjiang-jin', ctx())).toBe('#people--xinjiang-jin');
    expect(editionHref('/people/', ctx())).toBe('#people');
    expect(editionHref('/', ctx())).toBe('#home');
  });
  it('gives what the edition leaves out its full public address', () => {
    expect(editionHref('/search/?q=zoom', ctx())).toBe('https://example.org/search/?q=zoom');
    expect(editionHref('/data/people.json', ctx())).toBe('https://example.org/data/people.json');
  });
  it('resolves the relative links of the built pages against the page they are on', () => {
    const c = ctx({ page: '/case/' });
    expect(editionHref('../people/#xinjiang-jin', c)).toBe('#people--xinjiang-jin');
    expect(editionHref('../laws/#mss', c)).toBe('https://example.org/laws/#mss');
    expect(editionHref('./#charges', c)).toBe(editionHref('#charges', c));
  });

  it('reads links under the base path and keeps it in full addresses', () => {
    const sub = ctx({ base: '/explainer/' });
    expect(editionHref('/explainer/people/#fbi', sub)).toBe('#people--fbi');
    expect(editionHref('/explainer/feed.xml', sub)).toBe('https://example.org/explainer/feed.xml');
  });
  it('names the file of the page in an edition of several files (EPUB)', () => {
    expect(editionHref('/people/#fbi', ctx({ fileOf: (k) => `${k}.xhtml` }))).toBe('people.xhtml#people--fbi');
  });
  it('keeps external and mailto links', () => {
    expect(editionHref('https://creativecommons.org/licenses/by/4.0/', ctx())).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(editionHref('mailto:a@b.c', ctx())).toBe('mailto:a@b.c');
  });
});
