/**
 * The verified citation index for page code, loaded once per build from the site root
 * that the citations integration passes in.
 */
import { AstroError } from 'astro/errors';
import { CitationProblems, type CitationIndex, type CitationRecord, type PageCitations } from './lib/citations/citation-index';
import { loadCitationIndex, readChain } from './lib/citations/load-sources.node.ts';
import type { ChainStep } from './lib/chain';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnchorRegistry } from './lib/linking/anchors';
import { datesFor, readChangelog, type ChangeEntry, type PageDates } from './lib/publishing/changelog';
import { readRegistry } from './lib/linking/read-dist.node.ts';
import { normalizeText } from './lib/citations/normalize';
import { pageUrlFromFile } from './lib/linking/page-url';
import { canonicalUrl, PLACEHOLDER_ORIGIN } from './lib/site-origin';
import { chinesePageOf } from './lib/i18n/editions';
import { renderingKey } from './lib/translations/passages';

declare const __SITE_ROOT__: string;
declare const __SEED_PINS__: Readonly<Record<string, string>>;

/**
 * The index is built once per version of its inputs (seeds, registry, pages, data files): once for
 * a whole build, and in the dev server again only after the citations integration's file watcher
 * sees an input change (it bumps this shared counter). A failed build is kept too, so that a
 * broken quote costs one check per edit, not one per <Cite> on the page.
 */
const shared = globalThis as { __citationInputsVersion?: number; __citationIndexBuilds?: number };
let cached: { version: number; index?: CitationIndex; error?: AstroError } | undefined;

/** The site's citation index; throws an AstroError listing every citation problem. */
export function citationIndex(): CitationIndex {
  const version = shared.__citationInputsVersion ?? 0;
  if (cached?.version !== version) {
    shared.__citationIndexBuilds = (shared.__citationIndexBuilds ?? 0) + 1;
    try {
      cached = { version, index: loadCitationIndex(__SITE_ROOT__, __SEED_PINS__) };
    } catch (error) {
      if (!(error instanceof CitationProblems)) throw error;
      cached = { version, error: new AstroError(error.message, 'Fix each entry as it says. The page comes back on the next save.') };
    }
  }
  if (cached.error) throw cached.error;
  return cached.index as CitationIndex;
}

/**
 * The site's Chinese rendering (Simplified) of a sentence it cites, as a note shows it: `en` is the
 * sentence's text in the passage. Undefined on a site without a Chinese edition.
 */
export function passageRendering(source: string, passageId: string, en: string): string | undefined {
  return citationIndex().passageRenderings?.entries.get(renderingKey(source, passageId, en));
}

/** Strips the configured base path so page code can look pages up by their contract URL. */
export function contractPath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The contract path of the page whose text the page at `pathname` shows, for looking up its
 * citations and anchors: a 中英对照 view shows its Chinese page (`/zh-hans/bilingual/case/` →
 * `/zh-hans/case/`); every other page shows itself.
 */
export function contentPath(pathname: string): string {
  return chinesePageOf(contractPath(pathname));
}

/** The citations of the page at `url` (contract path); throws if the page is not indexed. */
export function pageCitations(url: string): PageCitations {
  const page = citationIndex().pages.get(url);
  if (!page) {
    throw new AstroError(
      `No citation index for ${url}. Citations work only in MDX pages under content/pages/.`,
      `Indexed pages: ${[...citationIndex().pages.keys()].join(', ')}`,
    );
  }
  return page;
}

/** The citations of a page built from a data file; empty when the file has no entries yet. */
export function dataPageCitations(url: string): PageCitations {
  return (
    citationIndex().pages.get(url) ?? {
      url,
      file: '',
      headings: [],
      citations: [],
      notes: [],
      paragraphs: 0,
      uncitedParagraphs: [],
      spacedCites: [],
    }
  );
}

// Each page's citations by source and normalised quote, made once per index: looking each <Cite>
// up by scanning the page's list would cost (citations on the page)² normalisations per page.
const lookups = new WeakMap<PageCitations, Map<string, CitationRecord>>();
function citationLookup(page: PageCitations): Map<string, CitationRecord> {
  let lookup = lookups.get(page);
  if (!lookup) {
    lookup = new Map(page.citations.map((c) => [`${c.source}\u0000${normalizeText(c.quote)}`, c]));
    lookups.set(page, lookup);
  }
  return lookup;
}

/** The verified record of one <Cite> on a page. */
export function findCitation(url: string, source: string, quote: string): CitationRecord {
  const page = pageCitations(url);
  const found = citationLookup(page).get(`${source}\u0000${normalizeText(quote)}`);
  if (!found) {
    throw new AstroError(
      `The <Cite source="${source}"> quoting "${quote}" on ${page.file} was not found by the citation scan.`,
      'Write <Cite> directly in the MDX page with plain-text attributes, not inside an expression or another component.',
    );
  }
  return found;
}

/** Adds the configured base path to an internal contract URL. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** The contract URL of an MDX page entry, from its file path under content/pages/. */
export function pageUrlOf(entry: { filePath?: string | undefined; id: string }): string {
  const rel = entry.filePath ? entry.filePath.replace(/\\/g, '/').replace(/^(?:.*\/)?content\/pages\//, '') : `${entry.id}.mdx`;
  return pageUrlFromFile(rel);
}

/**
 * Orders a data page's entries as the citation index numbered them, so the notes read 1, 2, 3
 * down the page. (getCollection does not keep a data file's order; the index does.)
 */
export function inIndexOrder<T extends { id: string }>(url: string, entries: readonly T[]): T[] {
  const rank = new Map(dataPageCitations(url).headings.map((h, i) => [h.id, i]));
  return [...entries].sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
}

let registryCache: AnchorRegistry | undefined;

/** The anchor registry (content/anchors.json); aliases render as extra targets at their section. */
export function anchorRegistry(): AnchorRegistry {
  if (registryCache && !import.meta.env.DEV) return registryCache;
  const { registry, problems } = readRegistry(__SITE_ROOT__);
  if (problems.length > 0) throw new AstroError(problems.join('\n'), 'Fix content/anchors.json as each line says.');
  registryCache = registry;
  return registry;
}

let changelogCache: ChangeEntry[] | undefined;

/** The changelog entries (content/changelog.json), as written. */
export function changelogEntries(): ChangeEntry[] {
  if (changelogCache && !import.meta.env.DEV) return changelogCache;
  const path = join(__SITE_ROOT__, 'content', 'changelog.json');
  if (!existsSync(path)) return (changelogCache = []);
  const read = readChangelog(readFileSync(path, 'utf8'));
  if ('problem' in read) throw new AstroError(read.problem, 'Fix content/changelog.json: it dates every page.');
  changelogCache = read.entries;
  return changelogCache;
}

/** When the page at `url` was first published and last updated, from the changelog. */
export function pageDates(url: string): PageDates {
  const dates = datesFor(changelogEntries(), url);
  if (!dates) {
    throw new AstroError(
      `No entry of content/changelog.json names ${url}, so the page has no publication date.`,
      'Add the page URL to the "pages" of the changelog entry that publishes it.',
    );
  }
  return dates;
}

/** The slugs of the sources a page cites (a source page "cites" its own source). */
export function sourcesCitedOn(url: string): string[] {
  const own = /^\/sources\/([a-z0-9-]+)\/$/.exec(url)?.[1];
  const cited = new Set(
    citationIndex()
      .pages.get(url)
      ?.citations.map((c) => c.source) ?? [],
  );
  if (own) cited.add(own);
  return [...cited].sort();
}

/** An absolute URL for a contract path at the site's main address (SITE_URL). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return canonicalUrl(site ?? PLACEHOLDER_ORIGIN, path);
}

/** The steps of the alleged chain (content/chain.json) in file order, as the citation index read them. */
export function chainSteps(): ChainStep[] {
  const problems: string[] = [];
  const steps = readChain(__SITE_ROOT__, problems);
  if (problems.length > 0) throw new AstroError(problems.join('\n'), 'Fix content/chain.json as it says.');
  return steps;
}

/**
 * The chain figure's Chinese (content/zh-hans/chain.json), as the citation index checked it: each
 * step's translated fields by id, and the steps whose English changed since; undefined on a site
 * without the file (a Chinese page then draws the chain in English, marked so).
 */
export function chainTranslation(): CitationIndex['chainTranslation'] {
  return citationIndex().chainTranslation;
}
