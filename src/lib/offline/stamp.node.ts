/**
 * The build's last step (scripts/build.mjs, after Pagefind has written its index): fills in
 * what only the finished build knows, then writes the offline list and the service worker.
 * - `__SEARCH_TAG__` (an attribute on every page's <html>): a hash of Pagefind's entry file, which
 *   the search passes to Pagefind as `metaCacheTag`, so the entry is fetched as
 *   `pagefind-entry.json?ts=<tag>` (cacheable, and new with each new index) instead of with the time.
 * - `__OFFLINE_SIZE__` (the "Save for offline reading" control): the size of the whole-site copy.
 * - dist/offline.json (src/lib/offline/manifest.ts) and dist/sw.js (src/offline/service-worker.js
 *   with the build's version).
 * Deterministic, like the rest of the build: the same sources give the same files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { keptOffline, OFFLINE_SIZE, offlineManifest, readableSize, SEARCH_TAG, type OfflineManifest } from './manifest.ts';
const VERSION_MARK = '__OFFLINE_VERSION__';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Every file under `dist`, as a path relative to it with "/", in a stable order. */
function filesOf(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

/** The offline list of the files now in `dist`. */
function manifestOf(dist: string): OfflineManifest {
  return offlineManifest(
    filesOf(dist).map((path) => {
      const bytes = readFileSync(join(dist, path));
      return { path, bytes: bytes.length, sha256: sha256(bytes) };
    }),
    sha256,
  );
}

/**
 * Writes dist/offline.json and dist/sw.js for the files now in `dist`. Run again after any later
 * step changes a file (the downloads step does), so the list's hashes stay true.
 */
export function writeOfflineFiles(dist: string, workerTemplate: string): OfflineManifest {
  const manifest = manifestOf(dist);
  writeFileSync(join(dist, 'offline.json'), `${JSON.stringify(manifest)}\n`);
  const worker = readFileSync(workerTemplate, 'utf8');
  if (!worker.includes(VERSION_MARK)) throw new Error(`${workerTemplate} has no ${VERSION_MARK} to stamp the build's version into.`);
  writeFileSync(join(dist, 'sw.js'), worker.replaceAll(VERSION_MARK, manifest.version));
  return manifest;
}

/** Fills the placeholders of every page, then writes the offline files. Returns the manifest. */
export function stampBuild(dist: string, workerTemplate: string): OfflineManifest {
  const searchTag = sha256(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'))).slice(0, 12);
  const pages = filesOf(dist).filter((path) => path.endsWith('.html'));
  // The size is measured before it is written in: the few bytes it adds do not show at 0.1 MB.
  // Sizes only: the files are read and hashed once, by writeOfflineFiles below.
  const size = readableSize(
    filesOf(dist)
      .filter(keptOffline)
      .reduce((sum, path) => sum + statSync(join(dist, path)).size, 0),
  );
  for (const path of pages) {
    const file = join(dist, path);
    const html = readFileSync(file, 'utf8');
    const stamped = html.replaceAll(SEARCH_TAG, searchTag).replaceAll(OFFLINE_SIZE, size);
    if (stamped !== html) writeFileSync(file, stamped);
  }
  return writeOfflineFiles(dist, workerTemplate);
}
