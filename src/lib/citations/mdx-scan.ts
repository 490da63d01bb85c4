/**
 * Reads an MDX page as a syntax tree (never by running it) and lists, in document order,
 * its section headings and its citations. The build verifies citations from this list
 * before any page renders, so numbering and "cited in" links never depend on render order.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';

/** A section heading written as `<H2 id="…">` or `<H3 id="…">`. */
export interface ScannedHeading {
  level: 2 | 3;
  /** The writer's explicit anchor id ('' when missing: reported as a problem). */
  id: string;
  text: string;
  line: number;
  /** Where to point a writer, when not `<file>:<line>` (entries of data files). */
  where?: string;
}

/** A `<Cite source="…" quote="…" />` element as written. */
export interface ScannedCite {
  source: string | undefined;
  quote: string | undefined;
  line: number;
  /** Id of the nearest heading above the citation, or null before the first heading. */
  sectionId: string | null;
  /** Where to point a writer, when not `<file>:<line>` (entries of data files). */
  where?: string;
}

/** What a scan of one MDX file found, plus problems that are the writer's to fix. */
export interface ScanResult {
  headings: ScannedHeading[];
  cites: ScannedCite[];
  /** How many prose paragraphs the page has (outside <SiteNote>). */
  paragraphs: number;
  /** Lines of prose paragraphs that carry no citation at all. */
  uncitedParagraphs: number[];
  /** Lines where a space stands before a <Cite> (the marker should follow its sentence directly). */
  spacedCites?: number[];
  problems: { line: number; message: string }[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Blanks out YAML frontmatter, keeping its lines so reported line numbers stay true. */
export function stripFrontmatter(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  if (!m) return source;
  return m[0].replace(/[^\n]/g, '') + source.slice(m[0].length);
}

/** Reads a string attribute, accepting `a="…"`, `a='…'` and `a={"…"}`. */
function stringAttribute(node: Node, name: string): { value: string | undefined; problem?: string } {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return { value: undefined };
  if (typeof attr.value === 'string') return { value: attr.value };
  if (attr.value === null || attr.value === undefined) {
    return { value: undefined, problem: `the ${name} attribute has no value: write ${name}="…"` };
  }
  const expr = attr.value as { value?: string } | null | undefined;
  const raw = expr?.value?.trim() ?? '';
  if (/^"(?:[^"\\]|\\.)*"$/.test(raw)) return { value: JSON.parse(raw) as string };
  if (/^'(?:[^'\\]|\\.)*'$/.test(raw) || /^`[^`$]*`$/.test(raw)) return { value: raw.slice(1, -1) };
  return { value: undefined, problem: `the ${name} attribute must be plain text in quotes, not an expression ({${raw}})` };
}

/** Scans MDX source for headings and citations. Throws only on MDX syntax errors. */
export function scanMdx(source: string): ScanResult {
  const tree = fromMarkdown(stripFrontmatter(source), {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  }) as unknown as Node;
  const result: ScanResult = { headings: [], cites: [], paragraphs: 0, uncitedParagraphs: [], problems: [] };
  let sectionId: string | null = null;

  const containsCite = (node: Node): boolean =>
    (isJsx(node) && node.name === 'Cite') || (node.children ?? []).some(containsCite);

  const visit = (node: Node): void => {
    const line = node.position?.start.line ?? 0;
    if (isJsx(node) && (node.name === 'H2' || node.name === 'H3')) {
      const id = stringAttribute(node, 'id').value ?? '';
      result.headings.push({ level: node.name === 'H2' ? 2 : 3, id, text: toString(node as never), line });
      sectionId = id || sectionId;
      return;
    }
    if (isJsx(node) && node.name === 'Cite') {
      const source = stringAttribute(node, 'source');
      const quote = stringAttribute(node, 'quote');
      for (const p of [source.problem, quote.problem]) if (p) result.problems.push({ line, message: p });
      // An attribute already reported as malformed is not reported again as missing.
      if (!source.problem && !quote.problem) result.cites.push({ source: source.value, quote: quote.value, line, sectionId });
      return;
    }
    // A <SiteNote> speaks about the site itself (navigation, method), not the case: no citation needed.
    if (isJsx(node) && node.name === 'SiteNote') return;
    // `<H2 id="…">Title</H2>` on one line parses as a paragraph holding the heading: not prose.
    // Likewise a one-line <SiteNote>…</SiteNote>, which speaks about the site, not the case.
    const holdsHeading = (node.children ?? []).some((c) => isJsx(c) && (c.name === 'H2' || c.name === 'H3' || c.name === 'SiteNote'));
    if (node.type === 'paragraph' && !holdsHeading && toString(node as never).trim() !== '') {
      result.paragraphs++;
      if (!containsCite(node)) result.uncitedParagraphs.push(line);
    }
    const children = node.children ?? [];
    children.forEach((child, i) => {
      const before = children[i - 1];
      if (isJsx(child) && child.name === 'Cite' && before?.type === 'text' && /\s$/.test(String(before.value))) {
        (result.spacedCites ??= []).push(child.position?.start.line ?? line);
      }
    });
    for (const child of children) visit(child);
  };
  visit(tree);
  return result;
}

function isJsx(node: Node): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
