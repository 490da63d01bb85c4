// Prints the citation coverage of every page and exits non-zero on any gap: a content
// paragraph, timeline event or person without a citation, or a source never cited.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CitationProblems } from '../src/lib/citations/citation-index.ts';
import { formatCoverage, measureCoverage } from '../src/lib/citations/coverage.ts';
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
  const slugs = (JSON.parse(readFileSync(join(root, 'content', 'sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id);
  const coverage = measureCoverage(index, slugs, metaPages);
  console.log(formatCoverage(coverage));
  process.exit(coverage.gaps.length === 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof CitationProblems ? error.message : error);
  process.exit(1);
}
