/**
 * The site index on /search/ and each page's own contents list the same sections in the same
 * words: both come from one nestHeadings (src/lib/linking/contents.ts). Two copies once
 * disagreed, and the site index showed straight quotes where the contents showed curly ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (path: string) => readFileSync(`${dist}${path}index.html`, 'utf8');

/** The text of every link to `#id` on `page` inside the given region's HTML. */
function linkTexts(html: string, hrefPrefix: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const m of html.matchAll(/<a [^>]*href="([^"]*#[^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const href = m[1] ?? '';
    if (!href.startsWith(hrefPrefix)) continue;
    texts.set(href.slice(href.indexOf('#')), (m[2] ?? '').replace(/<[^>]+>/g, '').trim());
  }
  return texts;
}

describe('the site index on /search/', () => {
  it('names each section of /case/ in the words of the page\u2019s own contents, curly quotes included', () => {
    const toc = /<nav[^>]*class="toc[^"]*"[\s\S]*?<\/nav>/.exec(read('case/'))?.[0] ?? '';
    const fromToc = linkTexts(toc, '#');
    const fromIndex = linkTexts(read('search/'), '../case/#');
    expect(fromToc.size).toBeGreaterThan(10);
    expect(fromToc.get('#xinjiang-users')).toBe('The spreadsheet of \u201cXinjiang users\u201d');
    for (const [id, text] of fromIndex) if (fromToc.has(id)) expect(text, id).toBe(fromToc.get(id));
    expect([...fromIndex.keys()].filter((id) => fromToc.has(id)).length).toBeGreaterThan(10);
  });
});
