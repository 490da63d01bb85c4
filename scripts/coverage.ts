// Prints the citation coverage of every page and exits non-zero on any gap: a content
// paragraph, timeline event or person without a citation, or a source never cited. Then prints
// readability figures per MDX page (words per section, note markers and attribution phrases per
// 100 words, where the central story starts): figures for writers, never a reason to fail.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CitationProblems } from '../src/lib/citations/citation-index.ts';
import {
  attributionPhrases,
  CENTRAL_STORIES,
  countAttributions,
  countWords,
  formatCoverage,
  formatReadability,
  measureCoverage,
  measureReadability,
  type OutletRef,
} from '../src/lib/citations/coverage.ts';
import { loadCitationIndex } from '../src/lib/citations/load-sources.node.ts';
import { pageUrlFromFile } from '../src/lib/linking/page-url.ts';

const root = process.cwd();
const pageDir = join(root, 'content', 'pages');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
// Pages marked `meta: true` in their frontmatter are about the site itself.
const metaPages = new Set(
  walk(pageDir)
    .filter((p) => p.endsWith('.mdx') && /^---[\s\S]*?^meta:\s*true\s*$[\s\S]*?^---/m.test(readFileSync(p, 'utf8')))
    .map((p) => pageUrlFromFile(relative(pageDir, p))),
);
try {
  const index = loadCitationIndex(root);
  const registry = JSON.parse(readFileSync(join(root, 'content', 'sources.json'), 'utf8')) as (OutletRef & { id: string; file: string })[];
  const slugs = registry.map((s) => s.id);
  const coverage = measureCoverage(index, slugs, metaPages);
  console.log(formatCoverage(coverage));
  const phrases = attributionPhrases(registry);
  const readability = coverage.rows
    .filter((r) => r.file.endsWith('.mdx') && !r.meta)
    .map((r) => measureReadability(r.url, readFileSync(join(root, r.file), 'utf8'), phrases, CENTRAL_STORIES[r.url]));
  // The sources counted the same way, for comparison.
  const comparison = registry.map((s) => {
    const text = readFileSync(join(root, 'seeds', s.file), 'utf8');
    return { name: s.id, per100: (100 * countAttributions(text, phrases)) / Math.max(1, countWords(text)) };
  });
  console.log(`\nReadability (figures, not tests):\n\n${formatReadability(readability, comparison)}`);
  process.exit(coverage.gaps.length === 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof CitationProblems ? error.message : error);
  process.exit(1);
}
