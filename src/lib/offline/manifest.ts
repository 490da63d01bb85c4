/**
 * What "Save for offline reading" keeps: every file a reader needs to read and search the whole
 * site without a connection, each with its size and SHA-256, and the build's version (a hash of
 * that list). The service worker (src/offline/service-worker.js) caches by this list, and on a
 * new build downloads only the files whose hash changed.
 */

/**
 * Placeholders a page is built with and the last build step fills in (stamp.node.ts): the
 * search index's cache tag, and the size of the whole-site copy. A page in the dev server, which
 * has no index, keeps them; the scripts that read them treat them as absent.
 */
export const SEARCH_TAG = '__SEARCH_TAG__';
export const OFFLINE_SIZE = '__OFFLINE_SIZE__';

/** One file of the built site, by its URL relative to the site's root ("case/", "_astro/a.js"). */
export interface OfflineFile {
  url: string;
  bytes: number;
  sha256: string;
}

/** The list the service worker reads (dist/offline.json). */
export interface OfflineManifest {
  /** A hash of every file's URL and hash: a new build with any change gets a new version. */
  version: string;
  /** The sum of the files' sizes, as stored (not gzipped). */
  bytes: number;
  files: OfflineFile[];
}

/**
 * Files a reader offline does not need: the social cards are for link previews on other sites;
 * the downloads are whole copies of their own; the JSON data under data/ is for reuse, not
 * reading; Pagefind's ready-made interfaces, highlighter and worker are not used by this site's
 * search (src/scripts/search-engine.ts loads only pagefind.js, without a worker); host
 * configuration, the feed, the sitemap and robots.txt are for hosts and robots. The worker
 * itself and its list are fetched by the browser.
 */
const LEFT_OUT = [
  /^og\//,
  /^download\//,
  /^data\//,
  /^pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\./,
  /^_headers$/,
  /^_redirects$/,
  /^robots\.txt$/,
  /^sitemap\.xml$/,
  /^feed\.xml$/,
  /^sw\.js$/,
  /^offline\.json$/,
];

/** Whether a built file (path relative to dist/, with "/") belongs in the offline copy. */
export const keptOffline = (path: string): boolean => !LEFT_OUT.some((rule) => rule.test(path));

/** The URL a file is requested by: a folder's index page by its folder ("case/", and "" → "./"). */
export function offlineUrl(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The manifest of the given files (path relative to dist/, size, SHA-256 in hex), in path
 * order, with `version` from `hash` (SHA-256 hex of a string, passed in so this stays pure).
 */
export function offlineManifest(
  files: readonly { path: string; bytes: number; sha256: string }[],
  hash: (text: string) => string,
): OfflineManifest {
  const kept = files
    .filter((f) => keptOffline(f.path))
    .map((f) => ({ url: offlineUrl(f.path), bytes: f.bytes, sha256: f.sha256 }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = hash(kept.map((f) => `${f.url} ${f.sha256}`).join('\n')).slice(0, 16);
  return { version, bytes: kept.reduce((sum, f) => sum + f.bytes, 0), files: kept };
}

/** A size as readers see it: "640 KB", "1.4 MB". */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
