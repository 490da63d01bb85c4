/**
 * Reads the seeds, the source registry and the MDX pages of a site from disk and builds the
 * verified citation index. Used by the build integration (to fail early with a clear message)
 * and by pages at render time (to number notes and list "cited in" links).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCitationIndex, formatProblem, type CitationIndex, type PageInput, type SourceRef } from './citation-index';
import { pageUrlFromFile } from './page-url';
import { checkSeeds, parseManifest } from './seed-manifest';

/** Lists files under `dir` recursively, skipping names that start with `_` (drafts, partials). */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** Reads the registry's slugs, files and evidence; full validation is the content schema's job. */
function readSources(root: string, problems: string[]): SourceRef[] {
  const path = join(root, 'content', 'sources.json');
  if (!existsSync(path)) {
    problems.push(formatProblem('content/sources.json', [['problem', 'the source registry is missing.']]));
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(formatProblem('content/sources.json', [['problem', `not valid JSON: ${(error as Error).message}`]]));
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push(formatProblem('content/sources.json', [['problem', 'must be a JSON array of sources.']]));
    return [];
  }
  const refs: SourceRef[] = [];
  data.forEach((entry: Record<string, unknown>, i) => {
    if (typeof entry?.['id'] !== 'string' || typeof entry['file'] !== 'string') {
      problems.push(formatProblem(`content/sources.json, entry ${i + 1}`, [['problem', 'every source needs an "id" (its slug) and a "file" (its seed file name).']]));
      return;
    }
    const evidence = Array.isArray(entry['evidence']) ? (entry['evidence'] as SourceRef['evidence']) : [];
    refs.push({ id: entry['id'], file: entry['file'], evidence: evidence ?? [] });
  });
  return refs;
}

/** Builds the verified citation index of the site rooted at `root`; throws CitationProblems. */
export function loadCitationIndex(root: string): CitationIndex {
  const problems: string[] = [];
  const seedDir = join(root, 'seeds');
  const seedBytes = new Map<string, Buffer>();
  for (const path of listFiles(seedDir)) {
    const name = relative(seedDir, path);
    if (name.endsWith('.txt')) seedBytes.set(name, readFileSync(path));
  }
  const manifestPath = join(seedDir, 'SHA256SUMS');
  if (existsSync(manifestPath)) {
    problems.push(...checkSeeds(parseManifest(readFileSync(manifestPath, 'utf8')), seedBytes));
  } else {
    problems.push('seeds/SHA256SUMS is missing: it pins every seed byte for byte (make it with `cd seeds && sha256sum *.txt > SHA256SUMS`).');
  }
  const seeds = new Map([...seedBytes].map(([name, bytes]) => [name, bytes.toString('utf8')]));
  const sources = readSources(root, problems);
  const pageDir = join(root, 'content', 'pages');
  const pages: PageInput[] = listFiles(pageDir)
    .filter((p) => p.endsWith('.mdx'))
    .map((path) => {
      const rel = relative(pageDir, path);
      return { file: relative(root, path).replace(/\\/g, '/'), url: pageUrlFromFile(rel), source: readFileSync(path, 'utf8') };
    });
  return buildCitationIndex({ sources, seeds, pages, earlierProblems: problems });
}
