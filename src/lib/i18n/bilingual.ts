/**
 * The 中英对照 (Chinese–English) view of a translated page: the Chinese page's blocks, each followed
 * by the English block it translates. Pure functions over the two rendered fragments (the Chinese
 * MDX and the English MDX, rendered by BilingualPage.astro); tested without Astro.
 *
 * Why blocks of rendered HTML: the translation rule ("add nothing, omit nothing") keeps every
 * English paragraph, list and component one for one in the Chinese, and the parity check already
 * holds the sections to the same ids in the same order. So within a section the n-th block of the
 * Chinese translates the n-th block of the English, and pairing by order needs no markup from the
 * translator. A section whose counts differ stops the build (`BilingualMismatch`).
 */

/** The ids and marks the two fragments carry for the pairing. */
export const BILINGUAL = {
  /** On the English heading's line (EnglishHeading.astro): the section it opens. Not an `id`: the Chinese heading holds it. */
  section: 'data-bilingual-section',
  /** On an English block shown once, on the Chinese side (a figure the Chinese page already shows in English). */
  same: 'data-bilingual-same',
} as const;

/** One top-level block of a rendered fragment, as written. */
export interface Block {
  html: string;
  /** The section id a heading block opens; undefined for any other block. */
  opens?: string | undefined;
}

/** A section of a fragment: "top" (before the first heading), then one per heading. */
export interface Section {
  id: string;
  /** The heading block (Chinese: the heading and its controls; English: the heading's line). */
  heading?: Block | undefined;
  blocks: Block[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Splits an HTML fragment (Astro's own output, well formed) into its top-level elements, byte for
 * byte as written; white space between them is dropped, and other top-level text is a block of
 * its own. A tokenizer is enough, as in traditional.ts: parsing and re-serialising would change
 * the markup the CSP hashes and the tests see.
 */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current = '';
  let depth = 0;
  for (const token of html.match(/<!--[\s\S]*?-->|<[^>]*>|[^<]+|</g) ?? []) {
    if (depth === 0 && !token.startsWith('<') && token.trim() === '') continue;
    if (depth === 0 && token.startsWith('<!--')) continue;
    current += token;
    const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
    if (tag && !token.startsWith('<!--')) {
      if (token.startsWith('</')) depth -= 1;
      else if (!VOID.has(tag) && !token.endsWith('/>')) depth += 1;
    }
    if (depth === 0) {
      blocks.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') blocks.push(current.trim());
  return blocks;
}

/** The id a Chinese heading block opens: `<div class="heading heading-2"><h2 id="charges">` → "charges". */
export function chineseHeadingId(block: string): string | undefined {
  return /^<div class="heading heading-[23][^"]*"><h[23] id="([^"]+)"/.exec(block)?.[1];
}

/** The id an English heading line opens (EnglishHeading.astro). */
export function englishHeadingId(block: string): string | undefined {
  return new RegExp(`^<[a-z0-9]+\\b[^>]*\\s${BILINGUAL.section}="([^"]+)"`).exec(block)?.[1];
}

/** A stale-section notice (StaleNotice.astro), which a Chinese heading renders after itself. */
const isStaleNotice = (block: string): boolean => /^<p class="stale-notice"/.test(block);

/**
 * Groups blocks into sections, each opened by the blocks `headingId` names. A stale-section notice
 * after a heading belongs to the heading: it is the site's note, not a block of the translation.
 */
export function sectionsOf(blocks: readonly string[], headingId: (block: string) => string | undefined): Section[] {
  const sections: Section[] = [{ id: 'top', blocks: [] }];
  for (const html of blocks) {
    const id = headingId(html);
    const section = sections.at(-1) as Section;
    if (id !== undefined) sections.push({ id, heading: { html, opens: id }, blocks: [] });
    else if (section.heading && section.blocks.length === 0 && isStaleNotice(html)) section.heading.html += `\n${html}`;
    else section.blocks.push({ html });
  }
  return sections;
}

/** A block's words, shortened, for an error message: without its citation markers and controls (the ¶ button). */
export function blockWords(html: string, max = 40): string {
  const text = html
    .replace(/<sup class="note-ref"[\s\S]*?<\/sup>/g, '')
    .replace(/<button[\s\S]*?<\/button>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#?\w+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A translation that cannot be shown 中英对照: the message names the page, the section and what to fix. */
export class BilingualMismatch extends Error {
  override name = 'BilingualMismatch';
}

/** Where the two fragments come from, for error messages. */
export interface BilingualSource {
  /** The Chinese page's URL: "/zh-hans/case/". */
  page: string;
  /** The translation's file: "content/zh-hans/pages/case.mdx". */
  chineseFile: string;
  /** The English page's file: "content/pages/case.mdx". */
  englishFile: string;
}

/** How the English half of a pair is wrapped: `lang="en"`, and a label in the page's language for screen readers. */
export interface EnglishWrap {
  /** The label's words ("英文原文"), already in the page's script. */
  label: string;
  /** The page's language tag, for the label ("zh-Hans"). */
  lang: string;
}

/** Every problem of the pairing at once, so one build shows all of them. */
export function pairingProblems(zh: readonly Section[], en: readonly Section[], source: BilingualSource): string[] {
  const problems: string[] = [];
  const zhIds = zh.map((s) => s.id).join(', ');
  const enIds = en.map((s) => s.id).join(', ');
  if (zhIds !== enIds) {
    problems.push(
      `${source.page}: the sections of ${source.chineseFile} (${zhIds}) are not those of ${source.englishFile} (${enIds}), so the 中英对照 view cannot pair them. The parity check names the missing or extra section: fix that first.`,
    );
    return problems;
  }
  zh.forEach((z, i) => {
    const e = en[i] as Section;
    if (z.blocks.length === e.blocks.length) return;
    const at = Math.min(z.blocks.length, e.blocks.length);
    const extra =
      z.blocks.length > e.blocks.length
        ? `Chinese “${blockWords(z.blocks[at]?.html ?? '')}”`
        : `English “${blockWords(e.blocks[at]?.html ?? '')}”`;
    problems.push(
      `${source.page}, section "${z.id}": the Chinese has ${z.blocks.length} block(s) (paragraphs, lists, quotations, components), the English ${e.blocks.length}. ` +
        `The 中英对照 view pairs them one for one, in order. Block ${at + 1} has no partner: ${extra}. ` +
        `Translate each English paragraph as one paragraph of ${source.chineseFile} (split or join Chinese paragraphs to match ${source.englishFile}).`,
    );
  });
  return problems;
}

/**
 * The 中英对照 body: each Chinese section's heading, then the English heading's line; then each
 * Chinese block followed by its English block, wrapped in `lang="en"` with a label for screen
 * readers. An English block marked `data-bilingual-same` is the figure the Chinese side already
 * shows in English: it is not shown twice. The English must carry no `id` (the Chinese holds
 * every anchor; a second one would be a duplicate id). Throws `BilingualMismatch` listing every
 * problem.
 */
export function interleave(zhHtml: string, enHtml: string, source: BilingualSource, wrap: EnglishWrap): string {
  const zh = sectionsOf(topLevelBlocks(zhHtml), chineseHeadingId);
  const en = sectionsOf(topLevelBlocks(enHtml), englishHeadingId);
  const problems = pairingProblems(zh, en, source);
  const withId = /<[a-zA-Z][^>]*\sid="([^"]*)"/.exec(enHtml);
  if (withId) {
    problems.push(
      `${source.page}: the English of ${source.englishFile} rendered with the id "${withId[1]}", which the Chinese side already holds. A component the 中英对照 view renders in English must leave ids out (see ENGLISH_COMPONENTS in BilingualPage.astro).`,
    );
  }
  if (problems.length > 0) throw new BilingualMismatch(problems.join('\n\n'));
  const english = (html: string): string =>
    `<div class="bilingual-en" lang="en"><span class="sr-only" lang="${wrap.lang}">${wrap.label}</span>${html}</div>`;
  const out: string[] = [];
  zh.forEach((z, i) => {
    const e = en[i] as Section;
    if (z.heading) out.push(z.heading.html);
    if (e.heading) out.push(e.heading.html);
    z.blocks.forEach((block, j) => {
      out.push(block.html);
      const partner = (e.blocks[j] as Block).html;
      if (!new RegExp(`^<[a-z0-9]+\\b[^>]*\\s${BILINGUAL.same}[\\s=>]`).test(partner)) out.push(english(partner));
    });
  });
  return out.join('\n');
}
