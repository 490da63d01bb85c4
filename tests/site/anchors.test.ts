/** The built site (dist/) against the anchor registry: run after `npm run build`. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAnchors } from '../../src/lib/linking/anchors';
import { readBuiltSite, readRegistry } from '../../src/lib/linking/read-dist.node.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { site } = readBuiltSite(join(root, 'dist'));
const { registry, problems: registryProblems } = readRegistry(root);

describe('the anchor registry', () => {
  it('reads a built site', () => {
    expect(site.size, 'run npm run build first').toBeGreaterThan(10);
  });

  it('is well formed', () => {
    expect(registryProblems).toEqual([]);
  });

  it('finds every registered URL and anchor on the built site', () => {
    expect(checkAnchors(registry, site).problems).toEqual([]);
  });

  it('lists every published URL and anchor (run `npm run anchors` after adding one)', () => {
    const missing = checkAnchors(registry, site).unregistered.map((u) => (u.id ? `${u.url}#${u.id}` : u.url));
    expect(missing).toEqual([]);
  });
});
