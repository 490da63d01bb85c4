/**
 * Build integration: verifies every citation and seed before Astro renders anything, and
 * tells page code where the site root is (so fixture sites under tests/ use their own seeds).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { CitationProblems } from '../lib/citation-index';
import { checkAnchors } from '../lib/anchors';
import { readBuiltSite, readRegistry } from '../lib/built-site';
import { loadCitationIndex } from '../lib/load-site';

/** The citation check, as an Astro integration. */
export default function citations(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'citations',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { define: { __SITE_ROOT__: JSON.stringify(root) } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        // The anchor contract: no published URL or section anchor may disappear.
        const { site, redirects } = readBuiltSite(fileURLToPath(dir));
        const { registry, problems: registryProblems } = readRegistry(root);
        const { problems, unregistered } = checkAnchors(registry, site);
        for (const [from, to] of Object.entries(registry.redirects)) {
          if (!redirects.has(from)) problems.push(`content/anchors.json: no redirect page was built at ${from} (to ${to}).`);
        }
        const all = [...registryProblems, ...problems];
        if (all.length > 0) {
          throw new AstroError(
            `${all.length} published link${all.length === 1 ? '' : 's'} would break:\n\n${all.map((p) => `✖ ${p}`).join('\n')}`,
            'Published URLs and anchors are permanent: restore them, or declare an alias or redirect in content/anchors.json.',
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
      'astro:build:start': ({ logger }) => {
        // Checked here as well as at render time so the writer sees every problem at once,
        // before a page fails, without a stack trace.
        try {
          const index = loadCitationIndex(root);
          const count = [...index.pages.values()].reduce((n, p) => n + p.citations.length, 0);
          logger.info(`${count} citations on ${index.pages.size} pages verified against the seeds.`);
        } catch (error) {
          if (error instanceof CitationProblems) {
            throw new AstroError(error.message, 'Fix the page or the registry as each entry says, then build again.');
          }
          throw error;
        }
      },
    },
  };
}
