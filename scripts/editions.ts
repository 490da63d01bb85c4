// npm run editions: makes the downloadable editions from the built site (dist/, after `npm run
// build`) into dist/download/: the site as a ZIP with SHA256SUMS, the one-file HTML edition, an
// EPUB, a ZIM for Kiwix and a PDF; then writes their sizes into /about/#download.
// Everything is read from the built pages, so the editions say exactly what the verified site says.
// Needs zimwriterfs (Debian's zim-tools; epubcheck and zimcheck are for the tests) and installs
// them with apt-get where missing, and a Chromium for the PDF (scripts/chromium.mjs).
// Usage: tsx scripts/editions.ts [dist]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { chromium } from 'playwright-core';
import { editionPage } from '../src/lib/editions/article.ts';
import {
  DOWNLOADS,
  DOWNLOADS_DIR,
  downloadListHtml,
  downloadWordsOf,
  DOWNLOADS_MARK,
  EDITION_BASENAME,
  formatSize,
  replaceDownloadList,
  SUMS_FILE,
  type DownloadSizes,
} from '../src/lib/editions/downloads.ts';
import { epubFileOf, epubFiles } from '../src/lib/editions/epub.ts';
import { decodeEntities } from '../src/lib/editions/endnotes.ts';
import { editionOrder } from '../src/lib/editions/order.ts';
import { oneFileHtml } from '../src/lib/editions/one-file.ts';
import { sha256Sums } from '../src/lib/editions/sums.node.ts';
import { zipArchive } from '../src/lib/editions/zip.node.ts';
import { readPages } from '../src/lib/linking/read-dist.node.ts';
import { SITE_TAGLINE, SITE_TITLE } from '../src/lib/site-config.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { writeOfflineFiles } from '../src/lib/offline/stamp.node.ts';

/** The service worker's source, stamped anew when a step here changes a page (src/lib/offline/stamp.node.ts). */
const WORKER_TEMPLATE = fileURLToPath(new URL('../src/offline/service-worker.js', import.meta.url));

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, process.argv[2] ?? 'dist');
const out = join(dist, DOWNLOADS_DIR);
const file = (id: string): string => join(out, `${EDITION_BASENAME}.${id}`);
const TITLE = `${SITE_TITLE}: ${SITE_TAGLINE}`;
const DESCRIPTION = 'The 2020 U.S. case against a China-based Zoom executive, every statement cited to its source.';

ensureTools();
if (!existsSync(join(dist, 'index.html'))) fail(`no built site in ${dist}: run npm run build first.`);
const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// What the build says about itself: its main address (the home page's canonical link, SITE_URL,
// which may carry a path). The pages link to each other by relative URLs, so in dist/ the site's
// root is "/" whatever that address is.
const pages = readPages(dist).filter((p) => p.url !== undefined && !p.file.startsWith(out + sep));
const htmlOf = new Map(pages.map((p) => [p.url!, p.html]));
const home = htmlOf.get('/') ?? fail('dist/index.html is not the home page.');
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? fail('the home page has no canonical link.');
const origin = siteUrl.replace(/\/$/, '');
const base = '/';
/** The site path a link of the page at `from` leads to, or undefined for another site. */
const toUrl = (href: string, from: string): string | undefined => {
  const url = new URL(href, `http://site${from}`);
  return url.origin === 'http://site' ? url.pathname : undefined;
};

// The reading order: the pages' "Next" links from the home page, the source pages after /sources/.
const nextOf = new Map(
  [...htmlOf].map(([url, html]) => {
    const next = /<a class="page-nav-next" href="([^"#]+)"/.exec(html)?.[1];
    return [url, next === undefined ? undefined : toUrl(decodeEntities(next), url)];
  }),
);
const sourcesIndex = htmlOf.get('/sources/') ?? '';
const sourcePages = [...sourcesIndex.matchAll(/href="([^"#]+)"/g)]
  .map((m) => toUrl(decodeEntities(m[1]!), '/sources/'))
  .filter((u): u is string => u !== undefined && /^\/sources\/[^/]+\/$/.test(u) && htmlOf.has(u));
const order = editionOrder('/', nextOf, [...new Set(sourcePages)]);
const included = new Set(order);
const pageOf = (url: string, fileOf: (key: string) => string, shift: boolean) =>
  editionPage(
    htmlOf.get(url) ?? fail(`the reading order names ${url}, which was not built.`),
    { page: url, base, origin, included, fileOf },
    shift,
  );

// 1. The one-file edition, styled by the site's own stylesheet (the largest inline one: every
// page inlines the same rules, with code styles on the pages that show code).
const css = [...htmlOf.values()]
  .flatMap((html) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!))
  .filter((s) => !s.startsWith(':root{--print-origin'))
  .reduce((a, b) => (b.length > a.length ? b : a), '');
const oneFile = oneFileHtml({
  title: TITLE,
  siteUrl,
  css,
  pages: order.map((url) => pageOf(url, () => '', true)),
  styleHash: (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`,
});
writeFileSync(file('html'), oneFile);

// 2. The EPUB, dated by the site's latest page date so that it is reproducible.
const modified = [...htmlOf.values()]
  .map((html) => /data-updated="(\d{4}-\d\d-\d\d)"/.exec(html)?.[1] ?? '')
  .reduce((a, b) => (b > a ? b : a), '');
const epub = epubFiles(
  {
    title: TITLE,
    identifier: siteUrl,
    creator: SITE_TITLE,
    language: 'en',
    modified: `${modified || '1980-01-01'}T00:00:00Z`,
    description: DESCRIPTION,
  },
  order.map((url) => pageOf(url, epubFileOf, false)),
);
writeFileSync(file('epub'), zipArchive(epub));

// 3. The ZIM: the one-file edition as its welcome page, with a 48×48 illustration drawn from the favicon.
const zimDir = mkdtempSync(join(tmpdir(), 'zim-'));
try {
  writeFileSync(join(zimDir, 'index.html'), oneFile);
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const png = new Resvg(readFileSync(join(root, 'public', 'favicon.svg'), 'utf8'), {
    fitTo: { mode: 'width', value: 48 },
    font: { fontFiles: [join(fontDir, 'DejaVuSerif.ttf')], loadSystemFonts: false, defaultFontFamily: 'DejaVu Serif' },
  }).render();
  if (png.width !== 48 || png.height !== 48) fail(`the ZIM illustration is ${png.width}×${png.height}, not 48×48.`);
  writeFileSync(join(zimDir, 'illustration.png'), png.asPng());
  const zim = spawnSync(
    'zimwriterfs',
    [
      '--welcome=index.html',
      '--illustration=illustration.png',
      '--language=eng',
      `--title=${SITE_TITLE}`,
      `--description=${DESCRIPTION.slice(0, 80)}`,
      `--creator=${SITE_TITLE}`,
      `--publisher=${SITE_TITLE}`,
      `--name=${EDITION_BASENAME}_en_all`,
      `--source=${siteUrl}`,
      '--threads=1',
      zimDir,
      file('zim'),
    ],
    { encoding: 'utf8' },
  );
  if (zim.status !== 0) fail(`zimwriterfs failed (${zim.status}):\n${zim.stdout}${zim.stderr}`);
} finally {
  rmSync(zimDir, { recursive: true, force: true });
}

// 4. The PDF: the one-file edition printed by Chromium on A4, with its print styles.
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(pathToFileURL(file('html')).href, { waitUntil: 'load' });
  await page.pdf({
    path: file('pdf'),
    format: 'A4',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    printBackground: false,
    // Untagged, so without bookmarks (Chromium draws the outline from the tags): tagging more than
    // doubles the file (3.1 MB against 1.3 MB here), and the downloads are for slow and failing
    // connections. Readers with a screen reader have the same text, fully structured, in the
    // one-file edition and the EPUB.
    tagged: false,
    outline: false,
  });
} finally {
  await browser.close();
}

// 5. The sizes into /about/#download, then the ZIP of the site (without download/) with
// SHA256SUMS. The ZIP holds the about page that states the ZIP's size, so the two are made again
// until the size as printed (rounded, formatSize) stops changing: two or three rounds.
const sizes: Record<string, number> = {};
for (const d of DOWNLOADS) if (d.id !== 'zip') sizes[d.id] = statSync(file(d.id)).size;
// Every page with a download list: /about/ and its Chinese versions (/zh-hans/about/, /zh-hant/about/
// and their 中英对照 views), each written again in its own words (downloadWordsOf).
const listPages = siteFiles(dist)
  .filter((f) => f.path.endsWith('.html') && f.data.includes(`<div ${DOWNLOADS_MARK}`))
  .map((f) => {
    const html = f.data.toString('utf8');
    // Relative to the page, like every link of the built site.
    const up = '../'.repeat(f.path.split('/').length - 1);
    return {
      file: join(dist, f.path),
      html,
      words: downloadWordsOf(html),
      hrefOf: (name: string): string => `${up}${DOWNLOADS_DIR}/${name}`,
    };
  });
if (!listPages.some((p) => p.file === join(dist, 'about', 'index.html'))) fail('dist/about/index.html has no download list.');
let zipSize = 0;
let zip: Buffer | undefined;
let sums = '';
for (let round = 1; ; round++) {
  if (round > 6) fail('the ZIP size on the about page does not settle.');
  for (const page of listPages) {
    writeFileSync(
      page.file,
      replaceDownloadList(page.html, downloadListHtml({ ...sizes, zip: zipSize } as DownloadSizes, page.hrefOf, page.words)),
    );
  }
  // The about page changed: the offline list's hashes, and the worker's version, follow it.
  writeOfflineFiles(dist, WORKER_TEMPLATE);
  const files = siteFiles(dist);
  sums = sha256Sums(files);
  zip = zipArchive(
    [...files, { path: SUMS_FILE, data: Buffer.from(sums) }]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({ name: `${EDITION_BASENAME}/${f.path}`, data: f.data })),
  );
  const settled = zipSize > 0 && formatSize(zip.length) === formatSize(zipSize);
  zipSize = zip.length;
  if (settled) break;
}
writeFileSync(file('zip'), zip);
writeFileSync(join(out, SUMS_FILE), sums);

const siteBytes = siteFiles(dist).reduce((n, f) => n + f.data.length, 0);
console.log(`[editions] Made in ${dist}/${DOWNLOADS_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)} s, from ${order.length} pages:`);
for (const d of DOWNLOADS) {
  const size = statSync(file(d.id)).size;
  console.log(`  ${d.file.padEnd(28)} ${String(size).padStart(9)} bytes  ${formatSize(size)}`);
}
console.log(`  the site without download/    ${String(siteBytes).padStart(9)} bytes  ${formatSize(siteBytes)}`);

/** Every file of the built site but the downloads, with its path relative to `dir` ("/"-separated). */
function siteFiles(dir: string): { path: string; data: Buffer }[] {
  const files: { path: string; data: Buffer }[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path !== out) walk(path);
      } else if (entry.isFile()) files.push({ path: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  return files;
}

/**
 * Installs Debian's zim-tools (zimwriterfs, zimcheck) and epubcheck where missing, as .ci/run
 * installs Chromium: with apt-get, through sudo when not root.
 */
function ensureTools(): void {
  const missing = ['zimwriterfs', 'zimcheck', 'epubcheck'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length === 0) return;
  console.log(`[editions] Installing ${missing.join(', ')} with apt-get (Debian packages zim-tools and epubcheck).`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]): void => {
    execFileSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'zim-tools', 'epubcheck']);
}

function fail(message: string): never {
  console.error(`[editions] ${message}`);
  process.exit(1);
}
