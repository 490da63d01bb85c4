/** Every internal link and #fragment of the built site resolves, by a relative URL. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenLinks, readPages } from '../../src/lib/linking/link-check.node.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('internal links', () => {
  it('all resolve, fragments included, in dist/', () => {
    const { pages, files } = readPages(join(root, 'dist'));
    expect(pages.size, 'run npm run build first').toBeGreaterThan(10);
    const links = [...pages.values()].reduce((n, p) => n + p.links.length, 0);
    expect(links).toBeGreaterThan(1000);
    expect(brokenLinks(pages, files)).toEqual([]);
  });

  it('are relative, so that the same build works under any path prefix (the not-found page aside)', () => {
    const rootRelative = [...readPages(join(root, 'dist')).pages.values()]
      .filter((p) => p.url !== '/404.html')
      .flatMap((p) => p.links.filter((l) => l.startsWith('/')).map((l) => `${p.url}: ${l}`));
    expect(rootRelative).toEqual([]);
  });
});
