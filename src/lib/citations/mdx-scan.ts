/**
 * Reads an MDX page as a syntax tree (never by running it) and lists, in document order,
 * its section headings and its citations. The build verifies citations from this list
 * before any page renders, so numbering and "cited in" links never depend on render order.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { findQuotations } from './quotations';

/**
 * The components a page may use, and nothing else: no raw HTML elements (a hand-made `<sup>`
 * marker or `<q>` would escape the citation check), no imports or exports. The MDX route
 * (src/pages/[...slug].astro) passes exactly these.
 */
export const MDX_COMPONENTS = [
  'Cite',
  'H2',
  'H3',
  'SiteNote',
  'SiteLabel',
  'CodeBlock',
  'ChangeList',
  'Downloads',
  'KeyFacts',
  'Fact',
  'Chain',
  'OfflineControls',
  'Dek',
  'TimelineGraphic',
] as const;

/**
 * What a translated page (content/zh-hans/pages/) may use besides: `<Q>`, a Chinese quotation of
 * verified English words (`<Q source="…" quote="exact English words">中文译文</Q>`). The build
 * checks its English words against the source, which a <Cite> in the same paragraph must cite,
 * as it checks words in quotation marks on an English page.
 */
export const TRANSLATION_COMPONENTS = [...MDX_COMPONENTS, 'Q'] as const;

/**
 * A component that shows text and citations from a data file (the alleged chain of requests,
 * content/chain.json, is drawn by `<Chain />`): where the page places it, its citations count as
 * the page's, in that place, and the quotation marks in its text are checked against them.
 */
export interface Embedded {
  /** The data file's citations in the order the component shows them; `joinsPrevious` as shown. */
  cites: { source: string; quote: string; where: string; joinsPrevious?: boolean }[];
  /** The texts it shows, with the sources their quotations may come from. */
  texts: { text: string; sources: string[]; where: string }[];
  /**
   * The English words a translation of its text quotes (`{{Q|English words|中文}}`, the chain's
   * Chinese), each to be found in one of `sources`, as a <Q>'s words in its paragraph's sources.
   */
  quotations?: { text: string; sources: string[]; where: string }[];
}

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
  /**
   * True when this citation stands right after another, with nothing but white space between
   * them: the reader sees the two as one marker (see bundles.ts).
   */
  joinsPrevious?: boolean;
  /** Where to point a writer, when not `<file>:<line>` (entries of data files). */
  where?: string;
}

/**
 * Words a reader sees as a quotation: a span in quotation marks, a blockquote, or quoted words in
 * a heading. Each must occur in one of `sources`, the sources cited beside it (in its paragraph,
 * its blockquote, or the section under its heading).
 */
export interface ScannedQuotation {
  text: string;
  line: number;
  kind: 'quotation' | 'blockquote' | 'heading';
  sources: string[];
  /** Where to point a writer, when not `<file>:<line>` (fields of data files). */
  where?: string;
  /** Quotation marks in a translation's own prose: the writer is pointed to `<Q>`. */
  inTranslation?: boolean;
}

/** What a scan of one MDX file found, plus problems that are the writer's to fix. */
export interface ScanResult {
  headings: ScannedHeading[];
  cites: ScannedCite[];
  /** Every quotation in the page's prose, with the sources cited beside it. */
  quotations?: ScannedQuotation[];
  /** A page about the site itself (`meta: true` in its frontmatter): its paragraphs need no citation. */
  meta?: boolean;
  /** How many prose paragraphs the page has (outside <SiteNote>). */
  paragraphs: number;
  /** Lines of prose paragraphs that carry no citation at all. */
  uncitedParagraphs: number[];
  /** Lines where a space stands before a <Cite> (the marker should follow its sentence directly). */
  spacedCites?: number[];
  /** Where to point a writer is `<file>:<line>`, or `where` when given (fields of data files). */
  problems: { line: number; message: string; where?: string }[];
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

/** Plain `key: value` lines of the frontmatter (quotes around the value removed), with their lines. */
function frontmatterFields(source: string, keys: readonly string[]): { text: string; line: number }[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1] ?? '';
  return front.split(/\r?\n/).flatMap((row, i) => {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(row);
    if (!m?.[1] || !keys.includes(m[1])) return [];
    const raw = (m[2] ?? '').trim();
    // A YAML value wrapped in quotes: the wrapping marks are syntax, not a quotation.
    const text = /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'") : raw;
    return [{ text, line: i + 2 }];
  });
}

/** True for MDX source whose frontmatter marks it `meta: true`: a page about the site itself. */
export function isMetaPage(source: string): boolean {
  const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1] ?? '';
  return /^meta:\s*true\s*$/m.test(front);
}

/**
 * The words of a block as a reader sees them, for finding quotations: a <Cite> adds nothing (its
 * marker is a number), and a <SiteLabel> is left out, since its quotation marks name the site's
 * own words rather than a source's.
 */
function proseText(node: Node): string {
  // A <Q>'s Chinese words are the site's rendering of English words checked on their own (scanMdx).
  if (isJsx(node) && (node.name === 'Cite' || node.name === 'SiteLabel' || node.name === 'Q')) return ' ';
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  // An image's alternative text is read out and shown when the image fails: it is text too.
  if (node.type === 'image') return String((node as { alt?: string }).alt ?? '');
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(proseText).join('');
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

/** How to scan a page. */
export interface ScanOptions {
  /** A translated page: it may use `<Q>`, and quotation marks in its prose are pointed to `<Q>`. */
  translation?: boolean;
}

/** Scans MDX source for headings, citations and quotations. Throws only on MDX syntax errors. */
export function scanMdx(source: string, embedded: Readonly<Record<string, Embedded>> = {}, options: ScanOptions = {}): ScanResult {
  const allowed: readonly string[] = options.translation ? TRANSLATION_COMPONENTS : MDX_COMPONENTS;
  const tree = fromMarkdown(stripFrontmatter(source), {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  }) as unknown as Node;
  const meta = isMetaPage(source);
  const result: ScanResult = { headings: [], cites: [], quotations: [], meta, paragraphs: 0, uncitedParagraphs: [], problems: [] };
  const quotations: ScannedQuotation[] = [];
  let sectionId: string | null = null;
  // The paragraph being read, for a <Q>: its English words must come from a source cited there.
  let paragraph: Node | undefined;
  // Quoted words in the current heading wait for the sources cited in its section.
  let sectionQuotes: ScannedQuotation[] = [];
  const sectionSources = new Set<string>();
  const closeSection = (): void => {
    for (const q of sectionQuotes) q.sources = [...sectionSources];
    sectionQuotes = [];
    sectionSources.clear();
  };

  const citesIn = (node: Node): string[] =>
    isJsx(node) && node.name === 'Cite' ? [stringAttribute(node, 'source').value ?? ''] : (node.children ?? []).flatMap(citesIn);
  const containsCite = (node: Node): boolean => citesIn(node).length > 0;

  /** Records the quotations in a block of prose (or reports a mark left open). */
  const quote = (text: string, line: number, sources: string[], kind: 'quotation' | 'heading'): ScannedQuotation[] => {
    const scan = findQuotations(text);
    if (scan.unclosedAt !== undefined) {
      const at = line + (text.slice(0, scan.unclosedAt).match(/\n/g)?.length ?? 0);
      const words = text
        .slice(scan.unclosedAt, scan.unclosedAt + 40)
        .replace(/\s+/g, ' ')
        .trimEnd();
      result.problems.push({
        line: at,
        message: `a quotation mark opens here and is never closed (${JSON.stringify(words)}…). Close the quotation, or write an apostrophe (’) if that is what it is.`,
      });
    }
    const found = scan.quotations.map((q) => ({
      text: q.text,
      line: line + (text.slice(0, q.at).match(/\n/g)?.length ?? 0),
      kind,
      sources,
      ...(options.translation ? { inTranslation: true } : {}),
    }));
    quotations.push(...found);
    return found;
  };

  const visit = (node: Node, inSiteNote: boolean): void => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'mdxjsEsm') {
      result.problems.push({ line, message: 'pages may not import or export anything: the components a page can use are provided to it.' });
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // An expression's text would reach the page without passing the quotation check.
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''))) {
        result.problems.push({
          line,
          message: `a {…} expression in a page's text is not allowed: write the words themselves ({${String(node.value ?? '').slice(0, 40)}}).`,
        });
      }
      return;
    }
    if (isJsx(node) && !allowed.includes(node.name ?? '')) {
      result.problems.push({
        line,
        message: `<${node.name ?? ''}> is not allowed in a page. Pages may use ${allowed.map((c) => `<${c}>`).join(', ')} and Markdown${
          node.name === 'sup'
            ? ': note markers come only from <Cite>'
            : node.name === 'q'
              ? ': write a quotation in quotation marks, with its <Cite>'
              : ''
        }.`,
      });
      return;
    }
    const embed = isJsx(node) ? embedded[node.name ?? ''] : undefined;
    if (embed) {
      if (inSiteNote) {
        result.problems.push({ line, message: `<${node.name ?? ''}> shows citations, so it cannot stand inside <SiteNote>.` });
        return;
      }
      for (const c of embed.cites) {
        result.cites.push({
          source: c.source,
          quote: c.quote,
          line,
          sectionId,
          where: c.where,
          ...(c.joinsPrevious ? { joinsPrevious: true } : {}),
        });
        sectionSources.add(c.source);
      }
      for (const t of embed.texts) {
        const scan = findQuotations(t.text);
        if (scan.unclosedAt !== undefined) {
          result.problems.push({ line, where: t.where, message: 'a quotation mark opens here and is never closed.' });
        }
        quotations.push(
          ...scan.quotations.map((q) => ({ text: q.text, line, kind: 'quotation' as const, sources: t.sources, where: t.where })),
        );
      }
      for (const q of embed.quotations ?? [])
        quotations.push({ text: q.text, line, kind: 'quotation', sources: q.sources, where: q.where });
      return;
    }
    if (isJsx(node) && node.name === 'SiteLabel') {
      // The site's own words in quotation marks (a control's or a page's name): only where the site
      // speaks for itself, so that it can never dress up a source's words unchecked.
      if (!meta && !inSiteNote) {
        result.problems.push({
          line,
          message:
            '<SiteLabel> names the site\u2019s own words, so it belongs only in a page marked meta: true or in a <SiteNote>. A source\u2019s words need quotation marks and a <Cite>.',
        });
      }
      return;
    }
    // A component's label is shown as text (a key fact's "Who"): its quotations come from the
    // sources cited inside the component.
    const label = isJsx(node) ? stringAttribute(node, 'label').value : undefined;
    if (label && node.name !== 'CodeBlock') quote(label, line, citesIn(node), 'quotation');
    if (isJsx(node) && (node.name === 'H2' || node.name === 'H3') && inSiteNote) {
      // A site note's headings are the site's chrome, not sections of the account; it cites nothing.
      quote(proseText(node), line, [], 'heading');
      return;
    }
    if (isJsx(node) && (node.name === 'H2' || node.name === 'H3')) {
      closeSection();
      const id = stringAttribute(node, 'id').value ?? '';
      const text = toString(node as never);
      result.headings.push({ level: node.name === 'H2' ? 2 : 3, id, text, line });
      sectionQuotes = quote(proseText(node), line, [], 'heading');
      sectionId = id || sectionId;
      return;
    }
    if (isJsx(node) && node.name === 'Q') {
      // A Chinese quotation of English words: the English words are the quotation the build checks,
      // against the source named, which must be cited in the same paragraph.
      const source = stringAttribute(node, 'source');
      const english = stringAttribute(node, 'quote');
      for (const p of [source.problem, english.problem]) if (p) result.problems.push({ line, message: p });
      if (!source.value || !english.value) {
        result.problems.push({
          line,
          message:
            '<Q> needs source="<slug>" and quote="<the source\u2019s exact English words>", with the Chinese rendering between <Q> and </Q>.',
        });
        return;
      }
      if (toString(node as never).trim() === '') {
        result.problems.push({ line, message: `<Q quote="${english.value}"> has no Chinese rendering: write it between <Q …> and </Q>.` });
      }
      if (!paragraph) {
        result.problems.push({ line, message: '<Q> stands in a paragraph of text, beside the <Cite> of its source.' });
        return;
      }
      const cited = citesIn(paragraph).includes(source.value) ? [source.value] : [];
      quotations.push({ text: english.value, line, kind: 'quotation', sources: cited });
      return;
    }
    if (isJsx(node) && node.name === 'Cite') {
      const source = stringAttribute(node, 'source');
      const quoteAttr = stringAttribute(node, 'quote');
      for (const p of [source.problem, quoteAttr.problem]) if (p) result.problems.push({ line, message: p });
      if (inSiteNote) {
        result.problems.push({
          line,
          message:
            'a <Cite> inside <SiteNote> is not allowed: a site note speaks about the site, not the case. Move the sentence and its <Cite> out of the note.',
        });
        return;
      }
      // An attribute already reported as malformed is not reported again as missing.
      if (!source.problem && !quoteAttr.problem) {
        result.cites.push({ source: source.value, quote: quoteAttr.value, line, sectionId });
        if (source.value) sectionSources.add(source.value);
      }
      return;
    }
    // A <SiteNote> speaks about the site itself (navigation, method), not the case: no citation
    // needed, but its quotation marks are still checked (a site note cites nothing, so it may quote nothing).
    const note = inSiteNote || (isJsx(node) && node.name === 'SiteNote');
    if (node.type === 'blockquote') {
      const text = proseText(node).trim();
      if (text !== '') quotations.push({ text, line, kind: 'blockquote', sources: citesIn(node) });
    }
    // `<H2 id="…">Title</H2>` on one line parses as a paragraph holding the heading: not prose.
    const holdsHeading = (node.children ?? []).some((c) => isJsx(c) && (c.name === 'H2' || c.name === 'H3' || c.name === 'SiteNote'));
    if (node.type === 'paragraph' && !holdsHeading && toString(node as never).trim() !== '') {
      paragraph = node;
      quote(proseText(node), line, citesIn(node), 'quotation');
      if (!note) {
        result.paragraphs++;
        if (!containsCite(node)) result.uncitedParagraphs.push(line);
      }
    }
    const children = node.children ?? [];
    children.forEach((child, i) => {
      const before = children[i - 1];
      if (isJsx(child) && child.name === 'Cite' && before?.type === 'text' && /\s$/.test(String(before.value))) {
        (result.spacedCites ??= []).push(child.position?.start.line ?? line);
      }
    });
    children.forEach((child, i) => {
      if (isJsx(child) && child.name === 'Cite') {
        const count = result.cites.length;
        visit(child, note);
        const cite = result.cites[count];
        if (cite && adjacentCite(children, i)) cite.joinsPrevious = true;
      } else visit(child, note);
    });
    if (node === paragraph) paragraph = undefined;
  };
  visit(tree, false);
  closeSection();
  // The title and description are shown too (the page's heading, search results, link previews):
  // their quotations may come from any source the page cites.
  const pageSources = [...new Set(result.cites.map((c) => c.source ?? ''))];
  for (const field of frontmatterFields(source, ['title', 'description'])) quote(field.text, field.line, pageSources, 'quotation');
  result.quotations = quotations;
  return result;
}

/** True when children[i] follows a <Cite> with nothing but white space between them. */
function adjacentCite(children: readonly Node[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = children[j];
    if (!c) return false;
    if (isJsx(c) && c.name === 'Cite') return true;
    if (c.type === 'text' && String(c.value ?? '').trim() === '') continue;
    return false;
  }
  return false;
}

function isJsx(node: Node): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
