/**
 * The editions for page code: which edition a page is in, its interface strings, its twins in the
 * other editions, and the Traditional conversion. Built once per build from the site root that the
 * citations integration passes in.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { codedTwins, pageUrlFromFile, slugFromUrl } from './lib/linking/page-url';
import { absoluteUrl, anchorRegistry, changelogEntries, contractPath, citationIndex, pageUrlOf } from './page-data.node.ts';
import { editionEntries } from './lib/publishing/changelog';
import { atomFeed } from './lib/publishing/feeds';
import {
  BILINGUAL_FOLDER,
  chinesePageOf,
  editionOf,
  editionPath,
  englishPath,
  LANG_TAG,
  versionsOf,
  type Edition,
} from './lib/i18n/editions';
import { MAIN_PAGES } from './lib/site-config';
import { readOverrides, traditionalConverter } from './lib/i18n/opencc.node.ts';
import { uiStrings, type UiStrings } from './lib/i18n/strings';
import type { TranslationStatus } from './lib/citations/citation-index';
import { SOURCE_TRANSLATIONS_FILE, type SourceTranslation } from './lib/translations/source-meta';

declare const __SITE_ROOT__: string;

let converter: ((text: string) => string) | undefined;

/** Simplified → Traditional (OpenCC s2tw and the editor's overrides). */
export function toTraditional(text: string): string {
  if (!converter) {
    const { overrides, problems } = readOverrides(__SITE_ROOT__);
    if (problems.length > 0) throw new AstroError(problems.join('\n\n'), 'Fix content/zh-hant-overrides.json as each entry says.');
    converter = traditionalConverter(overrides);
  }
  return converter(text);
}

/** Everything a component needs to know about the edition of the page at `pathname`. */
export interface PageEdition {
  edition: Edition;
  /** The `lang` of the page. */
  lang: string;
  /** The English page's contract path. */
  english: string;
  t: UiStrings;
  /** Converts the edition's own Chinese text: Traditional from Simplified; otherwise unchanged. */
  convert: (text: string) => string;
}

/** The main pages as an edition's navigation names them. */
export function editionNav(edition: Edition): { url: string; label: string }[] {
  const { nav } = uiStrings(edition, toTraditional);
  return MAIN_PAGES.map((p) => ({ url: p.url, label: nav[p.url] ?? p.label }));
}

/**
 * Where a link to an English page leads from a page of `edition`: the page's twin in the edition
 * where there is one; otherwise the English page, with `lang` (for `hreflang`) set to say so.
 */
export function editionLink(edition: Edition, english: string): { path: string; lang: string | undefined } {
  const [page = '', fragment] = english.split('#');
  if (edition === 'en' || translatedPages().has(page))
    return { path: `${editionPath(edition, page)}${fragment === undefined ? '' : `#${fragment}`}`, lang: undefined };
  return { path: english, lang: 'en' };
}

/** The edition of the page at `pathname` (Astro.url.pathname). */
export function pageEdition(pathname: string): PageEdition {
  const path = contractPath(pathname);
  const edition = editionOf(path);
  const convert = edition === 'zh-hant' ? toTraditional : (text: string) => text;
  return { edition, lang: LANG_TAG[edition], english: englishPath(path), t: uiStrings(edition, toTraditional), convert };
}

/**
 * The Chinese pages built by page code rather than from content/zh-hans/pages/ (the search page,
 * the pages drawn from data files): each file of src/pages/zh-hans/ other than the MDX route and the
 * views. Vite lists them at build time, so a new twin joins the switchers, hreflang and links by
 * being written, and its twin in src/pages/zh-hant/ is checked by the site tests' link sweep.
 */
const CODED_TWIN_FILES = Object.keys(import.meta.glob('./pages/zh-hans/**/*.astro'));

/** The English paths that have a Chinese translation. */
export function translatedPages(): Set<string> {
  const fromContent = [...(citationIndex().translations?.values() ?? [])].map((t) => t.english);
  return new Set([
    ...fromContent,
    ...codedTwins(CODED_TWIN_FILES, [...citationIndex().pages.keys(), ...Object.keys(anchorRegistry().urls)]),
  ]);
}

/**
 * Whether the English page at `english` has a 中英对照 view: only a translation written in MDX
 * (content/zh-hans/pages/) has one; a twin built by page code (the search page, the data pages) has none.
 */
export function hasBilingualView(english: string): boolean {
  return [...(citationIndex().translations?.values() ?? [])].some((t) => t.english === english && t.file.endsWith('.mdx'));
}

/** The versions of the page at `pathname` in every edition, or [] when it has no translation. */
export function pageVersions(pathname: string): { edition: Edition; path: string }[] {
  return versionsOf(contractPath(pathname), translatedPages());
}

/** A Chinese page's relation to its English page (a 中英对照 view's: its Chinese page's); undefined for an English page. */
export function translationStatus(pathname: string): TranslationStatus | undefined {
  return citationIndex().translations?.get(chinesePageOf(contractPath(pathname)));
}

/** The static paths of a Chinese edition: one per page of content/zh-hans/pages/. */
export async function translationPaths(): Promise<
  { params: { slug: string | undefined }; props: { entry: CollectionEntry<'zhPages'> } }[]
> {
  const entries = await getCollection('zhPages');
  return entries.map((entry) => ({ params: { slug: slugFromUrl(translatedUrlOf(entry)) }, props: { entry } }));
}

/** The English contract URL a Chinese page translates, from its file path under content/zh-hans/pages/. */
export function translatedUrlOf(entry: { filePath?: string | undefined; id: string }): string {
  const rel = entry.filePath ? entry.filePath.replace(/\\/g, '/').replace(/^(?:.*\/)?content\/zh-hans\/pages\//, '') : `${entry.id}.mdx`;
  return pageUrlFromFile(rel);
}

/**
 * A Chinese edition's Atom feed (/zh-hans/feed.xml, /zh-hant/feed.xml): the changes to its pages,
 * summarised in its language (each changelog entry's `summaryZh`; Traditional converted).
 */
export function editionFeed(edition: 'zh-hans' | 'zh-hant', site: URL | undefined): Response {
  const { t, convert, lang } = pageEdition(`/${edition}/`);
  return new Response(
    atomFeed({
      title: t.titleTagline(t.siteTitle, t.siteTagline),
      home: absoluteUrl(`/${edition}/`, site),
      self: absoluteUrl(`/${edition}/feed.xml`, site),
      entries: editionEntries(changelogEntries(), edition, convert),
      absolute: (p) => absoluteUrl(p, site),
      lang,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
}

/**
 * The static paths of a Chinese edition's 中英对照 views: one per translated page, with the
 * translation and the English page it translates. An English page under /bilingual/ would take a
 * view's URL in the Chinese editions: it stops the build.
 */
export async function bilingualPaths(): Promise<
  { params: { slug: string | undefined }; props: { entry: CollectionEntry<'zhPages'>; english: CollectionEntry<'pages'> } }[]
> {
  const pages = await getCollection('pages');
  const byUrl = new Map(pages.map((page) => [pageUrlOf(page), page]));
  const clash = [...byUrl.keys()].find((url) => url === `/${BILINGUAL_FOLDER}/` || url.startsWith(`/${BILINGUAL_FOLDER}/`));
  if (clash) {
    throw new AstroError(
      `The English page ${clash} would have the URL of a 中英对照 view in the Chinese editions (/zh-hans/${BILINGUAL_FOLDER}/…).`,
      `Move the page: "${BILINGUAL_FOLDER}" is the folder of the 中英对照 views (src/lib/i18n/editions.ts).`,
    );
  }
  const entries = await getCollection('zhPages');
  return entries.map((entry) => {
    const url = translatedUrlOf(entry);
    const english = byUrl.get(url);
    // The translations integration already stops the build for a translation without its English page.
    if (!english)
      throw new AstroError(
        `No English page at ${url} for ${entry.filePath ?? entry.id}.`,
        "Put the translation at its English page's path.",
      );
    return { params: { slug: slugFromUrl(url) }, props: { entry, english } };
  });
}

/**
 * Names a section by its page's title and its heading ("The case: The June 3 meeting"), for links
 * like a timeline event's "Covered in". In a Chinese edition, a section of a translated page is named
 * in Simplified Chinese (its translation's title and heading; a Traditional page converts its whole
 * text), and a section of a page not yet translated in English, marked `lang: 'en'`.
 */
export async function sectionLabels(edition: Edition): Promise<(link: string) => { text: string; lang?: string }> {
  const index = citationIndex();
  const english = new Map((await getCollection('pages')).map((p) => [pageUrlOf(p), p.data.title]));
  const chinese = new Map((await getCollection('zhPages')).map((p) => [translatedUrlOf(p), p.data.title]));
  const translated = translatedPages();
  const zh = uiStrings('zh-hans', toTraditional);
  const en = uiStrings('en', toTraditional);
  return (link) => {
    const [path = '', anchor] = link.split('#');
    const headingOf = (url: string) => (anchor ? index.pages.get(url)?.headings.find((h) => h.id === anchor)?.text : undefined);
    const zhTitle = chinese.get(path);
    if (edition !== 'en' && translated.has(path) && zhTitle !== undefined) {
      const heading = headingOf(editionPath('zh-hans', path));
      return { text: heading ? zh.sectionLabel(zhTitle, heading) : zhTitle };
    }
    const title = english.get(path) ?? path;
    const heading = headingOf(path);
    return { text: heading ? en.sectionLabel(title, heading) : title, ...(edition === 'en' ? {} : { lang: 'en' }) };
  };
}

/** The static paths of the source pages, in every edition (src/pages/sources/, and its twins in each Chinese edition): one per source of content/sources.json. */
export async function sourcePaths(): Promise<{ params: { slug: string }; props: { entry: CollectionEntry<'sources'> } }[]> {
  const sources = await getCollection('sources');
  return sources.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** The Chinese of the source `id`; stops the build when there is none (a site without content/zh-hans/). */
export function sourceMeta(id: string): SourceTranslation {
  const meta = citationIndex().sourceTranslations?.entries.get(id);
  if (!meta)
    throw new AstroError(
      `No Chinese description of the source "${id}": the Chinese editions' source pages show one.`,
      `Write ${SOURCE_TRANSLATIONS_FILE} with an entry for each source of content/sources.json (the build says what each needs).`,
    );
  return meta;
}
