/**
 * The citation check: verifies every citation and seed before Astro renders anything, and
 * tells page code where the site root is (so fixture sites under tests/ use their own seeds).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CitationProblems } from '../lib/citations/citation-index';
import { loadCitationIndex } from '../lib/citations/load-sources.node.ts';
import { SEED_PINS } from '../lib/citations/seed-pins';
import { staleLine } from '../lib/translations/staleness';
import { missingRenderingLine } from '../lib/translations/passages';
import { readOverrides } from '../lib/i18n/opencc.node.ts';

/** Options of the citation check. */
export interface CitationsOptions {
  /**
   * The seeds the site may have (file name → SHA-256). The real site's are fixed in
   * src/lib/citations/seed-pins.ts; only the fixture sites under tests/ pass their own.
   */
  seedPins?: Readonly<Record<string, string>>;
}

/** The citation check, as an Astro integration. */
export default function citations(options: CitationsOptions = {}): AstroIntegration {
  const pins = options.seedPins ?? SEED_PINS;
  let root = process.cwd();
  return {
    name: 'citations',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { define: { __SITE_ROOT__: JSON.stringify(root), __SEED_PINS__: JSON.stringify(pins) } } });
      },
      'astro:server:setup': ({ server, logger }) => {
        // The dev server keeps the index between requests; any change to its inputs makes page
        // code build it anew on the next request (src/page-data.node.ts reads this counter).
        const inputs = [join(root, 'content'), join(root, 'seeds')];
        server.watcher.add(inputs);
        server.watcher.on('all', (_event, path) => {
          if (!inputs.some((dir) => path === dir || path.startsWith(`${dir}${sep}`))) return;
          const shared = globalThis as { __citationInputsVersion?: number };
          shared.__citationInputsVersion = (shared.__citationInputsVersion ?? 0) + 1;
          logger.info(`${relative(root, path)} changed: citations are checked again on the next request.`);
        });
      },
      'astro:build:done': ({ logger }) => {
        // Counted by src/page-data.node.ts: the whole build must check the citations once.
        const builds = (globalThis as { __citationIndexBuilds?: number }).__citationIndexBuilds ?? 0;
        logger.info(`The pages read one citation index, built ${builds} time${builds === 1 ? '' : 's'} while rendering.`);
      },
      'astro:build:start': ({ logger }) => {
        // Checked here as well as at render time so the writer sees every problem at once,
        // before a page fails, without a stack trace.
        try {
          const index = loadCitationIndex(root, pins);
          // The Traditional edition's override list is checked here too, before any page converts with it.
          const overrides = readOverrides(root);
          if (overrides.problems.length > 0) {
            throw new AstroError(overrides.problems.join('\n\n'), 'Fix content/zh-hant-overrides.json as each entry says.');
          }
          const count = [...index.pages.values()].reduce((n, p) => n + p.citations.length, 0);
          logger.info(`${count} citations on ${index.pages.size} pages verified against the seeds.`);
          // A translation older than its English builds (the page says so), but the writer hears of it.
          for (const [url, t] of index.translations ?? []) {
            if (!url.startsWith('/zh-hans/')) continue;
            for (const line of t.staleLines ?? t.stale.map((s) => staleLine(t.file, t.englishFile, s)))
              logger.warn(`Stale translation: ${line}`);
          }
          // The chain figure's translation is not a page of its own: its stale steps are listed once.
          for (const line of index.chainTranslation?.staleLines ?? []) logger.warn(`Stale translation: ${line}`);
          // So does a cited sentence with no Chinese rendering yet (its notes say it is untranslated).
          for (const m of index.passageRenderings?.missing ?? []) logger.warn(missingRenderingLine(m));
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
