/**
 * The citation coverage of the site: per page, how many paragraphs, how many of them cited,
 * how many citations and distinct sources; and the gaps that must fail the tests.
 */
import type { CitationIndex } from './citation-index';

/** One row of the coverage report. */
export interface CoverageRow {
  url: string;
  file: string;
  paragraphs: number;
  cited: number;
  citations: number;
  sources: number;
  /** A page about the site itself, exempt from the rule that every paragraph is cited. */
  meta: boolean;
}

/** The coverage report: a row per page, and the gaps (each a sentence a writer can act on). */
export interface Coverage {
  rows: CoverageRow[];
  gaps: string[];
}

/** Measures coverage; `metaPages` lists URLs of pages about the site itself. */
export function measureCoverage(index: CitationIndex, sourceSlugs: readonly string[], metaPages: ReadonlySet<string>): Coverage {
  const rows: CoverageRow[] = [];
  const gaps: string[] = [];
  for (const page of [...index.pages.values()].sort((a, b) => a.url.localeCompare(b.url))) {
    const meta = metaPages.has(page.url);
    rows.push({
      url: page.url,
      file: page.file,
      paragraphs: page.paragraphs,
      cited: page.paragraphs - page.uncitedParagraphs.length,
      citations: page.citations.length,
      sources: new Set(page.citations.map((c) => c.source)).size,
      meta,
    });
    if (meta) continue;
    const isData = page.file.endsWith('.json');
    for (const line of page.spacedCites) {
      gaps.push(`${page.file}:${line}: remove the space before <Cite>, so the note marker follows its sentence.`);
    }
    for (const line of page.uncitedParagraphs) {
      // Data pages are listed in display order, so name the entry by its id, not its position.
      const id = page.headings[line - 1]?.id;
      gaps.push(isData ? `${page.file}: entry "${id ?? line}" has no citation.` : `${page.file}:${line}: this paragraph has no citation.`);
    }
  }
  const cited = new Set([...index.byPassage.keys()].map((k) => k.split('#')[0]));
  for (const slug of sourceSlugs) if (!cited.has(slug)) gaps.push(`source "${slug}" is never cited.`);
  return { rows, gaps };
}

/** Formats the report as a plain-text table. */
export function formatCoverage({ rows, gaps }: Coverage): string {
  const header = ['page', 'paragraphs', 'cited', 'citations', 'sources'];
  const body = rows.map((r) => [
    `${r.url}${r.meta ? ' (about the site)' : ''}`,
    `${r.paragraphs}`,
    `${r.cited}`,
    `${r.citations}`,
    `${r.sources}`,
  ]);
  const total = ['total', ...[1, 2, 3].map((i) => `${body.reduce((n, r) => n + Number(r[i]), 0)}`), ''];
  const table = [header, ...body, total];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const lines = table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const verdict =
    gaps.length === 0
      ? 'Every content paragraph, event and person is cited, and every source is used.'
      : `${gaps.length} gap(s):\n${gaps.map((g) => `  - ${g}`).join('\n')}`;
  return `${lines.join('\n')}\n\n${verdict}`;
}
