/**
 * Build integration: verifies every citation and seed before Astro renders anything, and
 * tells page code where the site root is (so fixture sites under tests/ use their own seeds).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkChangelog, type ChangeEntry } from '../lib/changelog';
import { pruneCspHashes } from '../lib/csp-hashes';
import { renderCards } from '../lib/render-cards';
import { SITE_TITLE } from '../site';
import { CitationProblems } from '../lib/citation-index';
import { checkAnchors } from '../lib/anchors';
import { readBuiltSite, readRegistry } from '../lib/built-site';
import { loadCitationIndex } from '../lib/load-site';

/** The citation check, as an Astro integration. */
export default function citations(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'citations',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({ vite: { define: { __SITE_ROOT__: JSON.stringify(root) } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // The anchor contract: no published URL or section anchor may disappear.
        const { site, redirects } = readBuiltSite(dist);
        const cards = renderCards(dist, [...site.keys()].map((url) => join(dist, url, 'index.html')), SITE_TITLE, CARD_TAGLINE, base);
        logger.info(`${cards} social card images drawn.`);
        const changelog = changelogProblems(root, [...site.keys()]);
        const { registry, problems: registryProblems } = readRegistry(root);
        const { problems, unregistered } = checkAnchors(registry, site);
        for (const [from, to] of Object.entries(registry.redirects)) {
          if (!redirects.has(from)) problems.push(`content/anchors.json: no redirect page was built at ${from} (to ${to}).`);
        }
        const csp = pruneSiteCsp(dist);
        logger.info(`Content Security Policy: each page keeps only its own inline hashes (${csp.removed} others removed).`);
        const all = [...registryProblems, ...problems, ...changelog];
        if (all.length > 0) {
          throw new AstroError(
            `${all.length} problem${all.length === 1 ? '' : 's'} with published links or dates:\n\n${all.map((p) => `✖ ${p}`).join('\n')}`,
            'Published URLs and anchors are permanent: restore them, or declare an alias or redirect in content/anchors.json. Every page needs a dated entry in content/changelog.json.',
          );
        }
        if (csp.problems.length > 0) {
          const count = `${csp.problems.length} inline script${csp.problems.length === 1 ? '' : 's'} or style${csp.problems.length === 1 ? '' : 's'}`;
          // The list goes to the log: Astro replaces the hint of any error whose text mentions
          // "document" or "window" (as inline code may) with advice about browser APIs.
          logger.error(`${count} the Content Security Policy would block:\n\n${csp.problems.map((p) => `✖ ${p}`).join('\n')}`);
          throw new AstroError(
            `The Content Security Policy would block ${count}, listed above.`,
            'Move the code into a file, or allow its exact text by its hash in astro.config.mjs (security.csp), as the theme script and the print-origin style are.',
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

/** The line under the title on every social card. */
const CARD_TAGLINE = 'A sourced explainer: every quotation checked against its source';

/** Checks content/changelog.json against the built pages (every page dated, no unknown page). */
function changelogProblems(root: string, urls: string[]): string[] {
  const path = join(root, 'content', 'changelog.json');
  if (!existsSync(path)) return ['content/changelog.json is missing: every page needs a publication date from it.'];
  const entries = JSON.parse(readFileSync(path, 'utf8')) as ChangeEntry[];
  return checkChangelog(entries, urls);
}

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Prunes each built page's policy to its own inline hashes (src/lib/csp-hashes.ts), in place. */
function pruneSiteCsp(dist: string): { removed: number; problems: string[] } {
  let removed = 0;
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const result = pruneCspHashes(readFileSync(file, 'utf8'));
    removed += result.removed;
    problems.push(...result.problems.map((p) => `${relative(dist, file)}: ${p}`));
    if (result.removed > 0) writeFileSync(file, result.html);
  }
  return { removed, problems };
}
