/**
 * The link contract: after the build, no published URL or section anchor may have disappeared
 * (content/anchors.json, with its aliases and redirects), and every page has a dated entry in
 * content/changelog.json.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAnchors } from '../lib/linking/anchors';
import { builtPages, readRegistry, siteOf } from '../lib/linking/read-dist.node.ts';
import { checkChangelog, readChangelog } from '../lib/publishing/changelog';

/** The anchor, redirect and changelog checks over the built site, as an Astro integration. */
export default function linkContract(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'link-contract',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Renamed pages keep their old URLs as static redirect pages. Read here rather than in
        // astro.config.mjs, so that a broken registry names its file instead of failing the config.
        const { registry, problems } = readRegistry(root);
        if (problems.length > 0) {
          throw new AstroError(
            problems.map((p) => `✖ ${p}`).join('\n'),
            'Fix content/anchors.json as each line says: it lists every published URL and anchor.',
          );
        }
        updateConfig({ redirects: { ...registry.redirects, ...config.redirects } });
      },
      'astro:build:start': () => {
        // Checked before anything renders: every page reads its dates from the changelog.
        const path = join(root, 'content', 'changelog.json');
        const read = existsSync(path) ? readChangelog(readFileSync(path, 'utf8')) : undefined;
        if (read && 'problem' in read) throw new AstroError(`✖ ${read.problem}`, 'Fix content/changelog.json: it dates every page.');
      },
      'astro:build:done': ({ dir, logger }) => {
        const { site, redirects } = siteOf(builtPages(dir, fileURLToPath(dir)));
        const changelog = changelogProblems(root, [...site.keys()]);
        const { registry, problems: registryProblems } = readRegistry(root);
        const { problems, unregistered } = checkAnchors(registry, site);
        for (const [from, to] of Object.entries(registry.redirects)) {
          if (!redirects.has(from)) problems.push(`content/anchors.json: no redirect page was built at ${from} (to ${to}).`);
        }
        const all = [...registryProblems, ...problems, ...changelog];
        if (all.length > 0) {
          throw new AstroError(
            `${all.length} problem${all.length === 1 ? '' : 's'} with published links or dates:\n\n${all.map((p) => `✖ ${p}`).join('\n')}`,
            'Published URLs and anchors are permanent: restore them, or declare an alias or redirect in content/anchors.json. Every page needs a dated entry in content/changelog.json.',
          );
        }
        if (unregistered.length > 0) {
          logger.warn(
            `${unregistered.length} new URL(s) or anchor(s) are not yet in content/anchors.json: ${unregistered
              .slice(0, 8)
              .map((u) => (u.id ? `${u.url}#${u.id}` : u.url))
              .join(', ')}${unregistered.length > 8 ? ', …' : ''}. Run "npm run anchors" to register them.`,
          );
        } else {
          logger.info(`${site.size} pages: every registered URL and anchor is in place.`);
        }
      },
    },
  };
}

/** Checks content/changelog.json against the built pages (every page dated, no unknown page). */
function changelogProblems(root: string, urls: string[]): string[] {
  const path = join(root, 'content', 'changelog.json');
  if (!existsSync(path)) return ['content/changelog.json is missing: every page needs a publication date from it.'];
  const read = readChangelog(readFileSync(path, 'utf8'));
  return 'problem' in read ? [read.problem] : checkChangelog(read.entries, urls);
}
