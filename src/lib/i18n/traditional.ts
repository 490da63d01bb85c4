/**
 * Traditional Chinese from Simplified, at build time: the conversion itself is OpenCC's
 * (ui.node.ts loads it); these are the pure parts around it, tested without it.
 * - An editor's override list (content/zh-hant-overrides.json) fixes terms the conversion gets
 *   wrong: each listed Simplified term becomes the Traditional term given, whatever OpenCC says.
 * - In a rendered page only the text is converted: never a tag, an attribute, a script or a style,
 *   and never text inside an element marked `lang="en"` (an English quotation stays verbatim).
 */
import { z } from 'astro/zod';

/** One entry of the override list. */
export const overrideSchema = z.object({
  /** A short name for the entry. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '"id" must be a lowercase hyphenated name, like "account"'),
  /** The term as written in the Simplified text. */
  simplified: z.string().min(1, '"simplified" is the term as the Simplified text writes it'),
  /** The Traditional term it must become. */
  traditional: z.string().min(1, '"traditional" is the term the Traditional edition shows'),
  /** Why the conversion's own result is wrong here, for a later editor to check. */
  reason: z.string().min(10, 'every override needs a reason a later editor can check'),
});

/** The override list: entries with different Simplified terms. */
export const overridesSchema = z
  .array(overrideSchema)
  .refine((list) => new Set(list.map((o) => o.simplified)).size === list.length, 'each Simplified term may be listed once');

/** One override: a Simplified term and the Traditional term it becomes. */
export type Override = z.infer<typeof overrideSchema>;

/**
 * Converts text with `convert`, except the override terms, which become their listed Traditional
 * form. Longer terms win over shorter ones they contain. The text between terms is converted in
 * pieces, so a term is never split by OpenCC's own phrase matching.
 */
export function convertWithOverrides(
  text: string,
  convert: (text: string) => string,
  overrides: readonly Pick<Override, 'simplified' | 'traditional'>[],
): string {
  if (overrides.length === 0) return convert(text);
  const terms = [...overrides].sort((a, b) => b.simplified.length - a.simplified.length);
  const pattern = new RegExp(terms.map((o) => o.simplified.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  const to = new Map(terms.map((o) => [o.simplified, o.traditional]));
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += convert(text.slice(last, m.index)) + (to.get(m[0]) ?? m[0]);
    last = m.index + m[0].length;
  }
  return out + convert(text.slice(last));
}

/** Elements whose content is not text for the reader. */
const RAW = new Set(['script', 'style', 'template', 'svg']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Converts the text of an HTML fragment, leaving tags (with their attributes), comments, scripts,
 * styles and everything inside an element marked `lang="en"` as they are. The HTML is Astro's own
 * output, well formed, so a tokenizer of tags and text is enough; nesting is tracked only for the
 * element that began an English or raw stretch.
 */
export function convertHtmlText(html: string, convert: (text: string) => string): string {
  let out = '';
  // While inside an English or raw element: its tag name and how deep it is nested in itself.
  let skip: { tag: string; depth: number } | undefined;
  for (const token of html.match(/<!--[\s\S]*?-->|<[^>]*>|[^<]+|</g) ?? []) {
    if (!token.startsWith('<') || token === '<') {
      out += skip ? token : convert(token);
      continue;
    }
    out += token;
    const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
    if (!tag || token.startsWith('<!--')) continue;
    const closing = token.startsWith('</');
    const selfClosing = VOID.has(tag) || token.endsWith('/>');
    if (skip) {
      if (tag !== skip.tag || selfClosing) continue;
      skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = undefined;
      continue;
    }
    if (closing || selfClosing) continue;
    if (RAW.has(tag) || /\slang=["']?en(?:-[A-Za-z]+)?["'\s>/]/i.test(token)) skip = { tag, depth: 1 };
  }
  return out;
}
