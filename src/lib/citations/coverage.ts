/**
 * The citation coverage of the site: per page, how many paragraphs, how many of them cited,
 * how many citations and distinct sources; and the gaps that must fail the tests.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { CitationIndex } from './citation-index';
import { englishPath } from '../i18n/editions';
import { stripFrontmatter } from './mdx-scan';

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

/**
 * Measures coverage; `metaPages` lists the English URLs of pages about the site itself. A
 * Chinese twin of such a page (`/zh-hans/about/`) is about the site too: its frontmatter says so
 * in its own file, but the English page is the one the rule is written for.
 */
export function measureCoverage(index: CitationIndex, sourceSlugs: readonly string[], metaPages: ReadonlySet<string>): Coverage {
  const rows: CoverageRow[] = [];
  const gaps: string[] = [];
  for (const page of [...index.pages.values()].sort((a, b) => a.url.localeCompare(b.url))) {
    const meta = metaPages.has(englishPath(page.url));
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

// ---------------------------------------------------------------------------------------------
// Readability figures (issue 14, point 10). Figures, not tests: `npm run coverage` prints them so
// a writer can see how a page reads, beside how it is cited. Counted on the page's MDX source as a
// reader meets it: the prose of the account (paragraphs, lists, key facts), without headings, site
// notes or code samples, and with each marker the reader sees (citations written side by side
// show as one) counted once.
// ---------------------------------------------------------------------------------------------

/**
 * The attribution phrases counted on every page: the words that tell a reader who says so. Counted
 * case-insensitively, as whole words, each occurrence once ("the Epoch Times reports" is two: the
 * outlet and the verb). The outlets of the sources are added from content/sources.json by
 * {@link attributionPhrases}; the phrases here are the ones every page shares.
 */
export const ATTRIBUTION_VERBS = ['according to', 'reports', 'reported', 'says', 'said', 'writes', 'wrote'] as const;

/**
 * Names by which pages attribute to a source or outlet that content/sources.json does not give as
 * an `outlet`: the source with no outlet, which the site calls "the unsigned analysis", and the
 * outlets the sources themselves cite.
 */
export const OTHER_ATTRIBUTION_NAMES = ['unsigned analysis', 'Washington Post', 'Wall Street Journal'] as const;

/**
 * Where the central story starts, per page: the first word matching the pattern. On /case/ that
 * story is the allegedly fabricated evidence against the Tiananmen meetings.
 */
export const CENTRAL_STORIES: Readonly<Record<string, RegExp>> = { '/case/': /fabricat/i };

/** The part of a source registry entry that names an outlet. */
export interface OutletRef {
  outlet?: string | null;
  shortName?: string;
}

/**
 * The full list of attribution phrases: {@link ATTRIBUTION_VERBS}, each source's outlet (without a
 * leading "The", so "the Epoch Times" and "Epoch Times" both count; for a source with no outlet,
 * its short name without a bracketed or dated tail) and {@link OTHER_ATTRIBUTION_NAMES}. Longest
 * first, so that a longer phrase is counted before a shorter one inside it; no duplicates.
 */
export function attributionPhrases(sources: readonly OutletRef[]): string[] {
  const names = sources.map((s) =>
    (s.outlet ?? s.shortName?.replace(/\s*\(.*\)\s*$/, '').replace(/,.*$/, '') ?? '').replace(/^the\s+/i, ''),
  );
  const all = [...ATTRIBUTION_VERBS, ...names, ...OTHER_ATTRIBUTION_NAMES].map((p) => p.trim()).filter((p) => p !== '');
  const seen = new Set<string>();
  return all
    .filter((p) => !seen.has(p.toLowerCase()) && seen.add(p.toLowerCase()))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a text: runs without white space that hold a letter or a digit ("U.S.", "23,000", "Jin's"). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** How many times the phrases occur in the text, as whole words, ignoring case, never overlapping. */
export function countAttributions(text: string, phrases: readonly string[]): number {
  const sorted = [...phrases].filter((p) => p.trim() !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return 0;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(pattern)].length;
}

/** A piece of a page's prose, in reading order: words, a note marker, or the end of a block. */
export type ProsePart = { kind: 'text'; text: string } | { kind: 'cite' } | { kind: 'heading'; text: string } | { kind: 'end' };

interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  children?: MdNode[];
}

const NOT_PROSE = new Set(['SiteNote', 'SiteLabel', 'CodeBlock', 'ChangeList', 'Downloads']);

/**
 * Reads MDX source into the prose a reader meets: the words of paragraphs and list items (key facts
 * included), each <Cite> as a marker, each <H2>/<H3> as a heading, and the end of each block. Site
 * notes, site labels, code samples and change lists are left out: they are the site speaking about
 * itself. The frontmatter is not prose.
 */
export function readProse(source: string): ProsePart[] {
  const tree = fromMarkdown(stripFrontmatter(source), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as MdNode;
  const parts: ProsePart[] = [];
  const isJsx = (n: MdNode): boolean => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
  const textOf = (n: MdNode): string =>
    n.type === 'text' || n.type === 'inlineCode' ? String(n.value ?? '') : (n.children ?? []).map(textOf).join('');
  const inline = (n: MdNode): void => {
    if (isJsx(n) && n.name === 'Cite') parts.push({ kind: 'cite' });
    else if (isJsx(n) && NOT_PROSE.has(n.name ?? '')) parts.push({ kind: 'text', text: ' ' });
    else if (n.type === 'text' || n.type === 'inlineCode') parts.push({ kind: 'text', text: String(n.value ?? '') });
    else if (n.type === 'break') parts.push({ kind: 'text', text: ' ' });
    else for (const c of n.children ?? []) inline(c);
  };
  const block = (n: MdNode): void => {
    if (isJsx(n) && NOT_PROSE.has(n.name ?? '')) return;
    if (isJsx(n) && (n.name === 'H2' || n.name === 'H3')) {
      parts.push({ kind: 'heading', text: textOf(n).trim() });
      return;
    }
    // `<H2 id="…">Title</H2>` on a line of its own parses as a paragraph holding the heading.
    const children = n.children ?? [];
    if (n.type === 'paragraph' && children.some((c) => isJsx(c) && (c.name === 'H2' || c.name === 'H3'))) {
      for (const c of children) if (isJsx(c)) block(c);
      return;
    }
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
      for (const c of children) inline(c);
      parts.push({ kind: 'end' });
      return;
    }
    for (const c of children) block(c);
  };
  block(tree);
  return parts;
}

/** The readability figures of one page. */
export interface ReadabilityRow {
  url: string;
  /** Words of prose, headings left out. */
  words: number;
  /** Sections: <H2> and <H3> headings of the account. */
  sections: number;
  /** Words per section (words ÷ sections); null on a page without sections. */
  wordsPerSection: number | null;
  /** Note markers as the reader sees them: citations written side by side show as one. */
  markers: number;
  markersPer100: number;
  /** Places where two or more separate markers sit side by side as the reader sees them, and the longest such run. */
  markerRuns: number;
  longestRun: number;
  /** Markers that stand for several citations written side by side, and the most citations one stands for. */
  bundled: number;
  largestBundle: number;
  /** Attribution phrases (see {@link attributionPhrases}). */
  attributions: number;
  attributionsPer100: number;
  /** Where the central story starts, as a percentage of the page's words; null if the page has none. */
  storyStart: number | null;
  /** The heading under which the central story starts ('' before the first heading). */
  storySection: string | null;
}

const per100 = (n: number, words: number): number => (words === 0 ? 0 : (100 * n) / words);

/** Runs of markers side by side: markers with nothing but white space between them, in one block. */
export function markerRuns(parts: readonly ProsePart[]): number[] {
  const runs: number[] = [];
  let run = 0;
  const close = (): void => {
    if (run > 1) runs.push(run);
    run = 0;
  };
  for (const p of parts) {
    if (p.kind === 'cite') run++;
    else if (p.kind === 'text' && p.text.trim() === '') continue;
    else close();
  }
  close();
  return runs;
}

/**
 * The markers a reader sees: each run of citations written side by side (white space at most
 * between them, in one block) shows as one marker (src/lib/citations/bundles.ts). Returns the
 * prose with each run made one marker, and how many citations each marker stands for.
 */
export function readerMarkers(parts: readonly ProsePart[]): { parts: ProsePart[]; sizes: number[] } {
  const out: ProsePart[] = [];
  const sizes: number[] = [];
  // White space after a marker waits: if another citation follows, it joins that marker.
  let held: ProsePart[] = [];
  let open = false;
  for (const p of parts) {
    if (p.kind === 'cite') {
      if (open) sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + 1;
      else {
        out.push(...held, p);
        sizes.push(1);
      }
      held = [];
      open = true;
    } else if (open && p.kind === 'text' && p.text.trim() === '') held.push(p);
    else {
      out.push(...held, p);
      held = [];
      open = false;
    }
  }
  out.push(...held);
  return { parts: out, sizes };
}

/**
 * Measures one page's prose. `story`, when given, is the pattern of the page's central story: its
 * start is the share of the page's words that come before the first word matching it.
 */
export function measureReadability(url: string, source: string, phrases: readonly string[], story?: RegExp): ReadabilityRow {
  const parts = readProse(source);
  let words = 0;
  let attributions = 0;
  let sections = 0;
  let section = '';
  let storyStart: number | null = null;
  let storySection: string | null = null;
  // Attribution phrases are counted per block, so that a phrase is never split across a marker.
  let blockText = '';
  const flush = (): void => {
    attributions += countAttributions(blockText, phrases);
    blockText = '';
  };
  for (const p of parts) {
    if (p.kind === 'heading') {
      flush();
      sections++;
      section = p.text;
    } else if (p.kind === 'end') flush();
    else if (p.kind === 'text') {
      blockText += p.text;
      if (story && storyStart === null) {
        const tokens = p.text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t));
        const at = tokens.findIndex((t) => story.test(t));
        if (at >= 0) {
          storyStart = words + at;
          storySection = section;
        }
      }
      words += countWords(p.text);
    } else blockText += ' ';
  }
  flush();
  const seen = readerMarkers(parts);
  const runs = markerRuns(seen.parts);
  const markers = seen.sizes.length;
  const bundles = seen.sizes.filter((n) => n > 1);
  return {
    url,
    words,
    sections,
    wordsPerSection: sections === 0 ? null : words / sections,
    markers,
    markersPer100: per100(markers, words),
    markerRuns: runs.length,
    longestRun: Math.max(0, ...runs),
    bundled: bundles.length,
    largestBundle: Math.max(0, ...bundles),
    attributions,
    attributionsPer100: per100(attributions, words),
    storyStart: storyStart === null || words === 0 ? null : (100 * storyStart) / words,
    storySection,
  };
}

/** Formats the readability figures as a plain-text table, with a line per page's central story. */
export function formatReadability(rows: readonly ReadabilityRow[], comparison: readonly { name: string; per100: number }[] = []): string {
  const header = [
    'page',
    'words',
    'sections',
    'words/section',
    'markers/100w',
    'marker runs (longest)',
    'bundled markers (most citations)',
    'attributions/100w',
  ];
  const body = rows.map((r) => [
    r.url,
    `${r.words}`,
    `${r.sections}`,
    r.wordsPerSection === null ? '–' : r.wordsPerSection.toFixed(0),
    r.markersPer100.toFixed(1),
    r.markerRuns === 0 ? '0' : `${r.markerRuns} (${r.longestRun})`,
    r.bundled === 0 ? '0' : `${r.bundled} (${r.largestBundle})`,
    r.attributionsPer100.toFixed(1),
  ]);
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const lines = table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const stories = rows
    .filter((r) => r.storyStart !== null)
    .map(
      (r) =>
        `Central story on ${r.url} starts ${(r.storyStart ?? 0).toFixed(0)}% of the way through its words (${r.storySection ? `under “${r.storySection}”` : 'before the first heading'}).`,
    );
  const compared =
    comparison.length === 0
      ? []
      : [`Attributions per 100 words in the sources themselves: ${comparison.map((c) => `${c.name} ${c.per100.toFixed(1)}`).join(', ')}.`];
  return [...lines, ...(stories.length + compared.length > 0 ? [''] : []), ...stories, ...compared].join('\n');
}
