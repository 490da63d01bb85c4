/**
 * The site's editions and their URLs. English is at the root; the Chinese editions are
 * `/zh-hans/<path>` (Simplified, written by hand) and `/zh-hant/<path>` (Traditional, converted from
 * the Simplified at build time), with the same section ids as the English page, so
 * `/case/#charges` and `/zh-hans/case/#charges` are the same section.
 */

/** Every edition, English first: the order of the language switcher and of `hreflang` alternates. */
export const EDITIONS = ['en', 'zh-hans', 'zh-hant'] as const;

/** One edition of the site, named as its URL prefix (English has none). */
export type Edition = (typeof EDITIONS)[number];

/** The Chinese editions, whose pages translate English ones. */
export const CHINESE_EDITIONS = ['zh-hans', 'zh-hant'] as const satisfies readonly Edition[];

/** The BCP 47 tag of an edition, for `lang` and `hreflang`. */
export const LANG_TAG: Readonly<Record<Edition, string>> = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };

/** The edition's name in its own language, for the language switcher. */
export const EDITION_NAME: Readonly<Record<Edition, string>> = { en: 'English', 'zh-hans': '简体中文', 'zh-hant': '繁體中文' };

/** The edition a contract path belongs to: `/zh-hant/case/` → `zh-hant`, `/case/` → `en`. */
export function editionOf(path: string): Edition {
  const first = /^\/([^/]+)\//.exec(path)?.[1];
  return first === 'zh-hans' || first === 'zh-hant' ? first : 'en';
}

/**
 * The folder of the 中英对照 (Chinese–English) views inside a Chinese edition:
 * `/zh-hans/bilingual/case/` shows `/zh-hans/case/` with the English of `/case/` after each block.
 * A folder of its own, so a view can never take the URL of a page: an English page at
 * `/bilingual/…` would clash, and stops the build (`bilingualPaths` in src/i18n.node.ts).
 */
export const BILINGUAL_FOLDER = 'bilingual';

/** Whether a contract path is a 中英对照 view: `/zh-hant/bilingual/laws/`. */
export function isBilingual(path: string): boolean {
  const edition = editionOf(path);
  return edition !== 'en' && path.startsWith(`/${edition}/${BILINGUAL_FOLDER}/`);
}

/** The Chinese page a path shows: `/zh-hans/bilingual/case/` → `/zh-hans/case/`; any other path is itself. */
export function chinesePageOf(path: string): string {
  if (!isBilingual(path)) return path;
  const edition = editionOf(path);
  return `/${edition}${path.slice(edition.length + BILINGUAL_FOLDER.length + 2)}`;
}

/** The 中英对照 view of an English page in a Chinese edition: (`zh-hans`, `/case/`) → `/zh-hans/bilingual/case/`. */
export function bilingualPath(edition: (typeof CHINESE_EDITIONS)[number], english: string): string {
  return `/${edition}/${BILINGUAL_FOLDER}${editionPath('en', english)}`;
}

/**
 * The English page a path stands for: `/zh-hans/case/` and `/zh-hans/bilingual/case/` → `/case/`;
 * an English path is itself.
 */
export function englishPath(path: string): string {
  const page = chinesePageOf(path);
  const edition = editionOf(page);
  return edition === 'en' ? page : page.slice(edition.length + 1);
}

/** The path of an English page in an edition: (`zh-hant`, `/case/`) → `/zh-hant/case/`. */
export function editionPath(edition: Edition, english: string): string {
  if (!english.startsWith('/')) throw new Error(`editionPath: "${english}" is not a site path (it must start with "/")`);
  return edition === 'en' ? english : `/${edition}${english}`;
}

/**
 * The versions of a page, for the language switcher and `hreflang`: the English page and each
 * Chinese twin that exists (`translated` holds the English paths that have a translation). None
 * for a 中英对照 view.
 */
export function versionsOf(path: string, translated: ReadonlySet<string>): { edition: Edition; path: string }[] {
  // A 中英对照 view is another view of its Chinese page (its canonical link names that page), not
  // a version of its own: it joins no hreflang set and shows its own links to the versions.
  if (isBilingual(path)) return [];
  const english = englishPath(path);
  if (!translated.has(english)) return [];
  return EDITIONS.map((edition) => ({ edition, path: editionPath(edition, english) }));
}
