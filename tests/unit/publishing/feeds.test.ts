import { describe, expect, it } from 'vitest';
import { atomFeed, sitemap, xmlEscape } from '../../../src/lib/publishing/feeds';

const entries = [
  { id: 'first', date: '2026-11-21', summary: 'First publication & more.', pages: ['/', '/case/'] },
  { id: 'fix', date: '2026-12-02', summary: 'A fix.', pages: ['/case/'] },
];
const absolute = (p: string) => `https://example.org${p}`;

describe('xmlEscape', () => {
  it('escapes the five XML special characters', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});

describe('atomFeed', () => {
  const feed = atomFeed({ title: 'Site', home: 'https://example.org/', self: 'https://example.org/feed.xml', entries, absolute });

  it('has one entry per change, newest first, and the newest date as the feed date', () => {
    expect(feed.match(/<entry>/g)?.length).toBe(2);
    expect(feed.indexOf('#change-fix')).toBeLessThan(feed.indexOf('#change-first'));
    expect(feed).toContain('<updated>2026-12-02T00:00:00Z</updated>\n  <author>');
  });

  it('names its language: English, or the edition it was given', () => {
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    const zh = atomFeed({
      title: '站',
      home: 'https://example.org/zh-hans/',
      self: 'https://example.org/zh-hans/feed.xml',
      entries,
      absolute,
      lang: 'zh-Hans',
    });
    expect(zh).toContain('xml:lang="zh-Hans"');
  });

  it('escapes text and links each change to its first page', () => {
    expect(feed).toContain('<summary>First publication &amp; more.</summary>');
    expect(feed).toContain('<link rel="alternate" href="https://example.org/case/"/>');
  });
});

describe('sitemap', () => {
  it('lists every dated page once with its latest date', () => {
    const xml = sitemap(entries, absolute);
    expect(xml).toContain('<url><loc>https://example.org/</loc><lastmod>2026-11-21</lastmod></url>');
    expect(xml).toContain('<url><loc>https://example.org/case/</loc><lastmod>2026-12-02</lastmod></url>');
    expect(xml.match(/<url>/g)?.length).toBe(2);
  });
});
