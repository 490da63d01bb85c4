/**
 * An English page cut into its sections, and a short hash of each, so a translation can record
 * which version of each English section it was made from. When the English section changes, its
 * hash changes, and the Chinese section is marked as older than the English (staleness.ts).
 *
 * A section is the page's MDX source from one `<H2 id>`/`<H3 id>` line to the next; the part before
 * the first heading (the frontmatter's title, headline and description, and the dek) is the section
 * `top`. The hash is of the text as written, with trailing spaces and blank lines ignored, so
 * re-flowing white space does not make a translation stale but any change of words does.
 */
import { stripFrontmatter } from '../citations/mdx-scan';

/** The key of the part of a page before its first heading. */
export const TOP_SECTION = 'top';

/** One section of an English page: its id (or `top`) and its MDX source. */
export interface PageSection {
  id: string;
  text: string;
}

const HEADING_LINE = /^\s*<H[23]\s[^>]*\bid=["']([^"']*)["']/;

/** Cuts an MDX page into its sections, in order; `top` holds the frontmatter fields shown and what stands before the first heading. */
export function pageSections(source: string): PageSection[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1] ?? '';
  // Only the fields a reader sees belong to the text; `next:` and the like are structure.
  const shown = front
    .split(/\r?\n/)
    .filter((row) => /^(?:title|headline|description):/.test(row))
    .join('\n');
  const sections: PageSection[] = [{ id: TOP_SECTION, text: shown }];
  for (const line of stripFrontmatter(source).split(/\r?\n/)) {
    const id = HEADING_LINE.exec(line)?.[1];
    if (id !== undefined) sections.push({ id, text: '' });
    const current = sections.at(-1) as PageSection;
    current.text += `${line}\n`;
  }
  return sections;
}

/**
 * A short hash of a section's text: FNV-1a over its UTF-16 code units, 48 bits, as 12 hex digits.
 * It detects change, not tampering, so a cryptographic hash is not needed, and being plain
 * TypeScript it runs wherever the index is built (build, dev server, tests).
 */
export function sectionHash(text: string): string {
  const normal = text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
  // Two 32-bit FNV-1a lanes with different offsets, joined: 48 bits keep collisions out of reach for a few hundred sections.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 12);
}

/** The hash of every section of an English page, by section id. */
export function sectionHashes(source: string): Map<string, string> {
  return new Map(pageSections(source).map((s) => [s.id, sectionHash(s.text)]));
}

/**
 * The hashes a translation recorded in its frontmatter, under `translatedFrom:`, one
 * `section-id: hash` line each. Returns the hashes with their lines, and lines it could not read.
 */
export function recordedHashes(source: string): {
  hashes: Map<string, { hash: string; line: number }>;
  problems: { line: number; text: string }[];
} {
  const hashes = new Map<string, { hash: string; line: number }>();
  const problems: { line: number; text: string }[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1];
  if (front === undefined) return { hashes, problems };
  const rows = front.split(/\r?\n/);
  const start = rows.findIndex((row) => /^translatedFrom:\s*$/.test(row));
  if (start < 0) return { hashes, problems };
  for (let i = start + 1; i < rows.length; i++) {
    const row = rows[i] ?? '';
    if (!/^\s/.test(row) || row.trim() === '') break;
    const m = /^\s+([a-z0-9-]+):\s*["']?([0-9a-f]{12})["']?\s*$/.exec(row);
    // Line numbers count from the file's first line, which is the opening "---".
    if (m?.[1] && m[2]) hashes.set(m[1], { hash: m[2], line: i + 2 });
    else problems.push({ line: i + 2, text: row.trim() });
  }
  return { hashes, problems };
}
