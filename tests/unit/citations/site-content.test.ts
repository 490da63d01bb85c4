/**
 * The real site: its pages, registry and seeds must build a valid citation index.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CitationProblems, type CitationIndex } from '../../../src/lib/citations/citation-index';
import { loadCitationIndex } from '../../../src/lib/citations/load-sources.node.ts';
import { normalizeText } from '../../../src/lib/citations/normalize';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Loads the index, turning CitationProblems into a failure that shows every problem. */
function load(): CitationIndex {
  try {
    return loadCitationIndex(root);
  } catch (error) {
    if (error instanceof CitationProblems) throw new Error(error.message);
    throw error;
  }
}

describe('loadCitationIndex on the project', () => {
  let index: CitationIndex | undefined;
  beforeAll(() => {
    try {
      index = loadCitationIndex(root);
    } catch {
      index = undefined;
    }
  });

  it('builds the citation index without a problem', () => {
    expect(() => load()).not.toThrow();
  });

  it('indexes the home page and the case page', () => {
    expect(index?.pages.get('/')?.file).toBe('content/pages/index.mdx');
    expect(index?.pages.get('/case/')?.file).toBe('content/pages/case.mdx');
  });

  it('finds no uncited paragraph in case.mdx', () => {
    expect(index?.pages.get('/case/')?.uncitedParagraphs).toEqual([]);
  });

  it('knows the passages of every source in content/sources.json', () => {
    const registry = JSON.parse(readFileSync(`${root}content/sources.json`, 'utf8')) as { id: string }[];
    expect(registry.length).toBeGreaterThan(0);
    for (const { id } of registry) expect(index?.passages.get(id)?.length ?? 0, id).toBeGreaterThan(0);
  });

  it('points every citation at the seed\u2019s own words for its quote', () => {
    const citations = [...(index?.pages.values() ?? [])].flatMap((p) => p.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      const passage = index?.passages.get(c.source)?.find((p) => p.id === c.passageId);
      expect(passage && normalizeText(passage.text.slice(c.start, c.end)), `${c.pageFile}:${c.line}`).toBe(normalizeText(c.quote));
    }
  });
});
