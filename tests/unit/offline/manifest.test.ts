import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keptOffline, offlineManifest, offlineUrl, readableSize } from '../../../src/lib/offline/manifest';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('offlineManifest', () => {
  const files = [
    { path: 'case/index.html', bytes: 100, sha256: 'a1' },
    { path: 'index.html', bytes: 50, sha256: 'b2' },
    { path: 'og/case.png', bytes: 9000, sha256: 'c3' },
    { path: 'pagefind/pagefind.js', bytes: 30, sha256: 'd4' },
    { path: 'download/site.zip', bytes: 99999, sha256: 'e5' },
    { path: 'sw.js', bytes: 10, sha256: 'f6' },
  ];

  it('lists what a reader needs offline, by the URLs pages request, in order', () => {
    const m = offlineManifest(files, sha);
    expect(m.files.map((f) => f.url)).toEqual(['./', 'case/', 'pagefind/pagefind.js']);
    expect(m.bytes).toBe(180);
  });

  it('changes version when any kept file changes, and only then', () => {
    const a = offlineManifest(files, sha).version;
    expect(offlineManifest(files, sha).version).toBe(a);
    expect(
      offlineManifest(
        files.map((f) => (f.path === 'og/case.png' ? { ...f, sha256: 'zz' } : f)),
        sha,
      ).version,
    ).toBe(a);
    expect(
      offlineManifest(
        files.map((f) => (f.path === 'case/index.html' ? { ...f, sha256: 'zz' } : f)),
        sha,
      ).version,
    ).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('keptOffline and offlineUrl', () => {
  it('leaves out cards, downloads, host files and the worker itself', () => {
    const unread = ['og/x.png', 'download/a.epub', 'data/citations.json', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-worker.js'];
    for (const p of [...unread, '_headers', 'robots.txt', 'sitemap.xml', 'feed.xml', 'sw.js', 'offline.json']) {
      expect(keptOffline(p), p).toBe(false);
    }
    const read = ['404.html', 'search/aliases.json', '_astro/x.js', 'favicon.svg', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index'];
    for (const p of read) expect(keptOffline(p), p).toBe(true);
  });

  it('names index pages by their folder', () => {
    expect(offlineUrl('index.html')).toBe('./');
    expect(offlineUrl('sources/epoch-times/index.html')).toBe('sources/epoch-times/');
    expect(offlineUrl('404.html')).toBe('404.html');
  });
});

describe('readableSize', () => {
  it('gives kilobytes below a megabyte and megabytes with one decimal above', () => {
    expect(readableSize(200)).toBe('1 KB');
    expect(readableSize(640 * 1024)).toBe('640 KB');
    expect(readableSize(1.44 * 1024 * 1024)).toBe('1.4 MB');
  });
});
