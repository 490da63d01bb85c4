/** Every internal link and #fragment of the built site resolves (dist/ and the sub-path build). */
import { existsSync } from 'node:fs';
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

  it('all resolve under the base path in the sub-path build', () => {
    expect(existsSync(join(root, 'dist-subpath')), 'run npm run build:subpath first').toBe(true);
    const { pages, files } = readPages(join(root, 'dist-subpath'));
    expect(brokenLinks(pages, files, '/explainer/')).toEqual([]);
  });
});
