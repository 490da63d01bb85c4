// Adds every URL and anchor of the built site (dist/) to the anchor registry,
// content/anchors.json. It never removes one: a published link is a promise.
// Usage: npm run build && npm run anchors
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerAll } from '../src/lib/linking/anchors.ts';
import { readBuiltSite, readRegistry } from '../src/lib/linking/read-dist.node.ts';

const root = process.cwd();
const { site } = readBuiltSite(join(root, 'dist'));
if (site.size === 0) {
  console.error('No built site in dist/. Run "npm run build" first.');
  process.exit(1);
}
const { registry, problems } = readRegistry(root);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const next = registerAll(registry, site);
const before = Object.values(registry.urls).reduce((n, ids) => n + ids.length + 1, 0);
const after = Object.values(next.urls).reduce((n, ids) => n + ids.length + 1, 0);
writeFileSync(join(root, 'content', 'anchors.json'), `${JSON.stringify(next, null, 2)}\n`);
console.log(`content/anchors.json: ${after - before} new URL(s) and anchor(s) registered; ${after} in all.`);
