/**
 * Reads a built site (dist/): every HTML file once, then each page URL with its anchor ids and
 * the redirect pages built for renamed URLs, as the anchor check sees them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { anchorsInHtml, parseRegistry, type AnchorRegistry, type BuiltSite } from './anchors';

/** One built HTML file. `html` is what is on disk: change it only through `writePage`. */
export interface BuiltPage {
  /** Absolute path of the file. */
  readonly file: string;
  /** The page's URL path for an `index.html` (`/`, `/case/`); undefined for other files (404.html). */
  readonly url: string | undefined;
  html: string;
}

/** Every `.html` file under `dist`, in a stable order, read once. Folders of assets are skipped. */
export function readPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Astro's bundles and Pagefind's index hold no pages.
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
        continue;
      }
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const rel = relative(dist, dir).split(sep).join('/');
      const url = entry.name === 'index.html' ? (rel === '' ? '/' : `/${rel}/`) : undefined;
      pages.push({ file: path, url, html: readFileSync(path, 'utf8') });
    }
  };
  if (existsSync(dist)) walk(dist);
  return pages;
}

/** Writes a page's new HTML to disk and keeps the in-memory copy the same. */
export function writePage(page: BuiltPage, html: string): void {
  if (html === page.html) return;
  writeFileSync(page.file, html);
  page.html = html;
}

/**
 * The pages of one build, read once for every `astro:build:done` step (social cards, the link
 * contract, the CSP pruning): each used to walk and read dist/ on its own. Keyed by the `dir` URL
 * that Astro hands every integration in one build (the same object for all of them, a new one for
 * each build), so a second build in the same process never sees the first one's pages.
 */
const pagesOfBuild = new WeakMap<URL, BuiltPage[]>();

/** The built pages of the build whose output folder is `dir`, read on the first call. */
export function builtPages(dir: URL, dist: string): BuiltPage[] {
  let pages = pagesOfBuild.get(dir);
  if (!pages) {
    pages = readPages(dist);
    pagesOfBuild.set(dir, pages);
  }
  return pages;
}

/** Each page URL with its anchors, and where each redirect page points, from pages already read. */
export function siteOf(pages: readonly BuiltPage[]): { site: BuiltSite; redirects: Map<string, string> } {
  const site: BuiltSite = new Map();
  const redirects = new Map<string, string>();
  for (const page of pages) {
    if (page.url === undefined) continue;
    const refresh = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(page.html);
    if (refresh?.[1]) redirects.set(page.url, refresh[1]);
    else site.set(page.url, anchorsInHtml(page.html));
  }
  return { site, redirects };
}

/** Every page URL of the built site with its anchors, and where each redirect page points. */
export function readBuiltSite(dist: string): { site: BuiltSite; redirects: Map<string, string> } {
  return siteOf(readPages(dist));
}

/** Reads content/anchors.json under `root` (an empty registry when there is none yet). */
export function readRegistry(root: string): { registry: AnchorRegistry; problems: string[] } {
  const path = join(root, 'content', 'anchors.json');
  if (!existsSync(path)) return { registry: { urls: {}, aliases: {}, redirects: {} }, problems: [] };
  return parseRegistry(readFileSync(path, 'utf8'));
}
