/**
 * The Content Security Policy, per page: Astro writes the hashes of every inline script and style
 * of the whole site into every page's policy; this keeps only each page's own, and fails the build
 * when a page has inline code that its policy would block.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, writePage, type BuiltPage } from '../lib/linking/read-dist.node.ts';
import { pruneCspHashes } from '../lib/publishing/csp-hashes.node.ts';

/** The per-page CSP pruning and check, as an Astro integration. */
export default function csp(): AstroIntegration {
  return {
    name: 'csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const result = pruneSiteCsp(dist, builtPages(dir, dist));
        logger.info(`Content Security Policy: each page keeps only its own inline hashes (${result.removed} others removed).`);
        if (result.problems.length > 0) {
          const n = result.problems.length;
          const count = `${n} inline script${n === 1 ? '' : 's'} or style${n === 1 ? '' : 's'}`;
          // The list goes to the log: Astro replaces the hint of any error whose text mentions
          // "document" or "window" (as inline code may) with advice about browser APIs.
          logger.error(`${count} the Content Security Policy would block:\n\n${result.problems.map((p) => `✖ ${p}`).join('\n')}`);
          throw new AstroError(
            `The Content Security Policy would block ${count}, listed above.`,
            'Move the code into a file, or allow its exact text by its hash in astro.config.mjs (security.csp), as the theme script and the print-origin style are.',
          );
        }
      },
    },
  };
}

/** Prunes each built page's policy to its own inline hashes, in place. */
function pruneSiteCsp(dist: string, pages: readonly BuiltPage[]): { removed: number; problems: string[] } {
  let removed = 0;
  const problems: string[] = [];
  for (const page of pages) {
    const result = pruneCspHashes(page.html);
    removed += result.removed;
    problems.push(...result.problems.map((p) => `${relative(dist, page.file)}: ${p}`));
    if (result.removed > 0) writePage(page, result.html);
  }
  return { removed, problems };
}
