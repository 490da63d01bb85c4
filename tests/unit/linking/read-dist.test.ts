import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtPages, readBuiltSite, readPages, siteOf, writePage } from '../../../src/lib/linking/read-dist.node.ts';

let dist = '';

function put(path: string, html: string): void {
  const file = join(dist, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, html);
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'read-dist-'));
  put('index.html', '<h1 id="top">Home</h1>');
  put('case/index.html', '<main><h2 id="charges">Charges</h2><p id="what-it-says">x</p></main>');
  put('old/index.html', '<meta http-equiv="refresh" content="0;url=/case/">');
  put('404.html', '<h1 id="lost">Not found</h1>');
  put('_astro/chunk.html', '<p id="not-a-page"></p>');
  put('pagefind/fragment.html', '<p id="nor-this"></p>');
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('readPages', () => {
  it('reads every HTML file but those in asset folders, naming index pages by URL', () => {
    const pages = readPages(dist);
    expect(pages.map((p) => [p.file.slice(dist.length + 1), p.url])).toEqual([
      ['404.html', undefined],
      ['case/index.html', '/case/'],
      ['index.html', '/'],
      ['old/index.html', '/old/'],
    ]);
  });

  it('gives an empty list for a folder that does not exist', () => {
    expect(readPages(join(dist, 'missing'))).toEqual([]);
  });
});

describe('siteOf', () => {
  it('lists pages with their anchors and redirect pages with their targets', () => {
    const { site, redirects } = siteOf(readPages(dist));
    expect([...site.keys()]).toEqual(['/case/', '/']);
    expect([...(site.get('/case/')?.keys() ?? [])].sort()).toEqual(['charges', 'what-it-says']);
    expect(Object.fromEntries(redirects)).toEqual({ '/old/': '/case/' });
    expect(readBuiltSite(dist).site.size).toBe(2);
  });
});

describe('builtPages', () => {
  it('reads dist once per build: later steps of the same build get the same pages', () => {
    const dir = pathToFileURL(`${dist}/`);
    const first = builtPages(dir, dist);
    put('case/index.html', '<h2 id="changed">Changed on disk</h2>');
    const second = builtPages(dir, dist);
    expect(second).toBe(first);
    expect(second.find((p) => p.url === '/case/')?.html).toContain('charges');
  });

  it('reads afresh for another build (a new output URL)', () => {
    builtPages(pathToFileURL(`${dist}/`), dist);
    put('case/index.html', '<h2 id="changed">Changed</h2>');
    const next = builtPages(pathToFileURL(`${dist}/`), dist);
    expect(next.find((p) => p.url === '/case/')?.html).toContain('changed');
  });
});

describe('writePage', () => {
  it('writes the new HTML to disk and to the copy the next step reads', () => {
    const dir = pathToFileURL(`${dist}/`);
    const page = builtPages(dir, dist).find((p) => p.url === '/')!;
    writePage(page, '<h1 id="top">Home, pruned</h1>');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1 id="top">Home, pruned</h1>');
    expect(builtPages(dir, dist).find((p) => p.url === '/')?.html).toBe('<h1 id="top">Home, pruned</h1>');
  });
});
