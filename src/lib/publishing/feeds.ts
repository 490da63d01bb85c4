/** The site's Atom feed of updates and its sitemap, as plain XML strings. */
import type { ChangeEntry } from './changelog';
import { newestFirst } from './changelog';

/** Escapes text for XML. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An Atom feed with one entry per changelog entry, newest first. */
export function atomFeed(opts: {
  title: string;
  home: string;
  self: string;
  entries: readonly ChangeEntry[];
  absolute: (path: string) => string;
  /** The feed's language (`xml:lang`), when not English. */
  lang?: string;
}): string {
  const entries = newestFirst(opts.entries);
  const updated = entries[0]?.date ?? '1970-01-01';
  const items = entries.map((e) => {
    const first = e.pages[0] ?? '/';
    const pages = e.pages.map((p) => `<li><a href="${xmlEscape(opts.absolute(p))}">${xmlEscape(p)}</a></li>`).join('');
    return [
      '  <entry>',
      `    <id>${xmlEscape(`${opts.home}#change-${e.id}`)}</id>`,
      `    <title>${xmlEscape(e.summary.length > 90 ? `${e.summary.slice(0, 87)}…` : e.summary)}</title>`,
      `    <updated>${e.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${xmlEscape(opts.absolute(first))}"/>`,
      `    <summary>${xmlEscape(e.summary)}</summary>`,
      `    <content type="html">${xmlEscape(`<p>${xmlEscape(e.summary)}</p><ul>${pages}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(opts.lang ?? 'en')}">`,
    `  <title>${xmlEscape(opts.title)}</title>`,
    `  <id>${xmlEscape(opts.home)}</id>`,
    `  <link rel="alternate" href="${xmlEscape(opts.home)}"/>`,
    `  <link rel="self" href="${xmlEscape(opts.self)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${xmlEscape(opts.title)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** A sitemap of every dated page with its last modification date. */
export function sitemap(
  entries: readonly ChangeEntry[],
  absolute: (path: string) => string,
  /** The versions of a page in every edition (the English page, each twin), or [] for a page with none. */
  versionsOf: (path: string) => readonly { lang: string; path: string }[] = () => [],
): string {
  const lastmod = new Map<string, string>();
  for (const e of entries) for (const p of e.pages) if ((lastmod.get(p) ?? '') < e.date) lastmod.set(p, e.date);
  // A page with twins lists every version, itself included, and x-default (the English page), as
  // search engines ask of hreflang alternates in a sitemap.
  const alternates = (p: string): string => {
    const versions = versionsOf(p);
    if (versions.length === 0) return '';
    const links = [...versions, { lang: 'x-default', path: versions[0]?.path ?? p }].map(
      (v) => `<xhtml:link rel="alternate" hreflang="${v.lang}" href="${xmlEscape(absolute(v.path))}"/>`,
    );
    return links.join('');
  };
  const urls = [...lastmod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, d]) => `  <url><loc>${xmlEscape(absolute(p))}</loc><lastmod>${d}</lastmod>${alternates(p)}</url>`);
  const any = urls.some((u) => u.includes('<xhtml:link'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    any
      ? '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
      : '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
