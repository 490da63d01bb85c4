// Runs `astro build` and fails when the log has an [ERROR] line. Astro only logs some
// content errors (such as a reference() to a missing entry) and still exits 0.
// Then indexes the built site for search with Pagefind (see indexForSearch below).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { PLACEHOLDER_ORIGIN } from '../src/lib/site-origin.ts';
import { stampBuild } from '../src/lib/offline/stamp.node.ts';
import { SIMPLIFIED_FORMS_FILE, simplifiedForms } from '../src/lib/search/han-forms.ts';
import { smallerGzip } from '../src/lib/search/smaller-gzip.node.ts';
import { transform } from 'esbuild';
import { chapterRecords } from '../src/lib/search/chapters.node.ts';
import { recordPages } from '../src/lib/search/record-pages.ts';

// A publishing build must name its origin: fail before the work, not after (see warnOfPlaceholderOrigin).
if (process.env.REQUIRE_SITE_URL === '1' && !process.env.SITE_URL) {
  console.error(
    'The build stops: a publishing build must name its origin. Set SITE_URL, e.g. SITE_URL=https://your.domain npm run build:publish',
  );
  process.exit(1);
}
if (process.env.BASE_PATH) {
  console.warn(`BASE_PATH=${process.env.BASE_PATH} is ignored: every build now works under any path prefix, with relative links.`);
}

const args = ['build', ...process.argv.slice(2)];
// No telemetry: the build runs offline and sends nothing anywhere.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const child = spawn(process.execPath, [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), ...args], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
const errors = [];
// Writer errors (AstroUserError: a bad citation, a broken data file) are complete in their
// message and hint; the "Location" and "Stack trace" Astro adds point into the build's own code,
// which the writer cannot act on, so they are left out. Every other error keeps its stack.
let inUserError = false;
let skipping = false;
for (const stream of [child.stdout, child.stderr]) {
  const out = stream === child.stdout ? process.stdout : process.stderr;
  let partial = '';
  const writeLine = (line) => {
    // A user error's block runs from its [AstroUserError] line to the next timestamped log line.
    if (/\[AstroUserError\]/.test(line)) inUserError = true;
    else if (/^\d\d:\d\d:\d\d /.test(line)) inUserError = false;
    if (inUserError && /^\s*(?:Location|Stack trace):\s*$/.test(line)) skipping = true;
    else if (skipping && !/^\s{4}\S/.test(line)) skipping = false;
    if (!skipping) out.write(`${line}\n`);
    if (/\[ERROR\]/.test(line)) errors.push(line.trim());
  };
  stream.on('data', (chunk) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) writeLine(line);
  });
  stream.on('end', () => {
    if (partial) writeLine(partial);
  });
}
child.on('close', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  if (errors.length > 0) {
    console.error(`\nThe build logged ${errors.length} error line(s); treating the build as failed:\n${errors.join('\n')}`);
    process.exit(1);
  }
  indexForSearch(outDir())
    .catch((error) => {
      console.error(
        `\n[search] Pagefind failed: ${error?.message ?? error}\nThe build stops: without its index the site's search would not work.`,
      );
      process.exit(1);
    })
    .then(() => {
      const manifest = stampBuild(outDir(), fileURLToPath(new URL('../src/offline/service-worker.js', import.meta.url)));
      const mb = (manifest.bytes / 2 ** 20).toFixed(2);
      console.log(`[offline] ${manifest.files.length} files (${mb} MB) in ${outDir()}/offline.json; service worker ${manifest.version}.`);
      warnOfPlaceholderOrigin();
    });
});

/**
 * Citations and canonical links name SITE_URL. Without it they name a reserved domain that can
 * never resolve, and a reporter who pastes a citation from such a build pastes a dead link. A
 * publishing build (REQUIRE_SITE_URL=1, as `npm run build:publish` sets) fails; any other says so
 * loudly, last, where it is seen.
 */
function warnOfPlaceholderOrigin() {
  if (process.env.SITE_URL) return;
  const lines = [
    'SITE_URL is not set: canonical links, citations, the feed and the sitemap name',
    `the placeholder ${PLACEHOLDER_ORIGIN}, which can never resolve.`,
    'Fine for a preview or a test. To publish: SITE_URL=https://your.domain npm run build:publish',
  ];
  const bar = '!'.repeat(Math.max(...lines.map((l) => l.length)) + 4);
  console.error(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(bar.length - 4)} !`).join('\n')}\n${bar}`);
  if (process.env.REQUIRE_SITE_URL === '1') {
    console.error('\nThe build stops: a publishing build must name its origin (SITE_URL).');
    process.exit(1);
  }
}

/** The folder Astro built into: its --outDir when given, else dist/. */
function outDir() {
  const argv = process.argv.slice(2);
  const at = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (at === -1) return 'dist';
  return argv[at].includes('=') ? argv[at].slice('--outDir='.length) : (argv[at + 1] ?? 'dist');
}

/**
 * Search: Pagefind indexes the built pages (their data-pagefind-body articles, with each section
 * heading as a sub-result) and writes its bundle to <outDir>/pagefind/. It runs its own binary,
 * from its npm package, offline. The English pages are indexed in chapters (chapters.node.ts), so
 * a search downloads the chapters it ranks first, not whole pages; the Chinese editions' pages
 * whole, as their ranking reads a section's text up to the next matched one (results.ts, han.ts).
 */
async function indexForSearch(dir) {
  const started = Date.now();
  // Smaller index chunks than Pagefind's default (20000) mean a first search downloads a few
  // chunks of 2–5 KB instead of about 30 KB (measured by npm run bench:search: 1000 gave 108 KB to
  // the first result, 2000 gave 112 KB, 4000 gave 119 KB). Pagefind calls this setting unstable;
  // without it the index is only larger, not broken.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';
  // The built pages, read once for the index and the files the search reads beside it.
  const pages = readPages(resolve(dir));
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(`could not start: ${errors.join('; ') || 'no index'}`);
    let records = 0;
    for (const page of pages) {
      // Pagefind indexes only the pages with a data-pagefind-body article (not the 404 or search pages).
      if (page.url === undefined || !/\bdata-pagefind-body\b/.test(page.html)) continue;
      const chapters = languageOf(page.html) === CHAPTERED ? chapterRecords(page.html, page.url) : null;
      for (const record of chapters ?? [{ url: page.url, html: page.html }]) {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        if (added.errors.length > 0) throw new Error(`could not index ${record.url}: ${added.errors.join('; ')}`);
        records++;
      }
    }
    if (records === 0) throw new Error(`found no pages in ${dir}/ to index.`);
    const written = await index.writeFiles({ outputPath: resolve(join(dir, 'pagefind')) });
    if (written.errors.length > 0) throw new Error(`could not write ${dir}/pagefind/: ${written.errors.join('; ')}`);
    console.log(`[search] Pagefind indexed ${records} records into ${dir}/pagefind/ in ${Date.now() - started} ms.`);
  } finally {
    await pagefind.close();
  }
  writeRecordPages(dir, CHAPTERED);
  await shrinkEngines(join(dir, 'pagefind'));
  await minifyPagefindScript(join(dir, 'pagefind', 'pagefind.js'));
  writeVocabulary(dir, pages);
  writeSimplifiedForms(dir, pages);
}

/** The language whose pages are indexed in chapters: the English edition's (see indexForSearch). */
const CHAPTERED = 'en';

/** A built page's language, from its <html lang>. */
const languageOf = (html) => /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '';

/**
 * Which page each of a language's search records belongs to (src/lib/search/record-pages.ts), read
 * off the records Pagefind wrote, into <outDir>/search/pages-<language>.json.
 */
function writeRecordPages(dir, language) {
  const folder = join(dir, 'pagefind', 'fragment');
  const records = readdirSync(folder)
    .filter((name) => name.startsWith(`${language}_`) && name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      const { url, filters } = JSON.parse(text.slice(text.indexOf('{')));
      // Pagefind can write several small records into one file (a fragment group), keyed by id.
      if (typeof url !== 'string')
        throw new Error(`${join(folder, name)} is not one search record (a group of them?): the table of pages cannot be read off it.`);
      return { id: name.slice(0, -'.pf_fragment'.length), url, filters: filters ?? {} };
    });
  const table = recordPages(records);
  const path = join(dir, 'search', `pages-${language}.json`);
  mkdirSync(dirname(path), { recursive: true });
  const json = JSON.stringify(table);
  writeFileSync(path, json);
  console.log(
    `[search] ${records.length} ${language} records of ${table.pages.length} pages, in ${path}: ${kb(json.length)} (${kb(gzipSync(json).length)} gzipped).`,
  );
}

/**
 * Pagefind's engines (wasm.<language>.pagefind), the largest part of a first search, written again
 * as smaller gzip (src/lib/search/smaller-gzip.node.ts), cached in node_modules/.cache.
 */
async function shrinkEngines(folder) {
  const cache = fileURLToPath(new URL('../node_modules/.cache/pagefind-zopfli/', import.meta.url));
  const started = Date.now();
  let before = 0;
  let after = 0;
  for (const name of readdirSync(folder).filter((n) => /^wasm\..+\.pagefind$/.test(n))) {
    const path = join(folder, name);
    const gz = readFileSync(path);
    const { data } = await smallerGzip(gz, cache);
    writeFileSync(path, data);
    before += gz.length;
    after += data.length;
  }
  console.log(`[search] Pagefind's engines: ${kb(before)} → ${kb(after)} with Zopfli, in ${Date.now() - started} ms.`);
}

/**
 * Pagefind's script (pagefind.js), which every first search loads, ships minified only in part
 * (whitespace, not names): esbuild, the minifier Astro's build already uses, writes it about 14%
 * smaller gzipped (13.1 → 11.2 KB, as the build logs it). What it exports, the API search-engine.ts calls, must stay the
 * same; the build stops if it would not.
 */
async function minifyPagefindScript(path) {
  const script = readFileSync(path, 'utf8');
  const { code } = await transform(script, { minify: true, format: 'esm', legalComments: 'inline' });
  const exported = (js) =>
    [...js.matchAll(/export\s*\{([^}]*)\}/g)]
      .flatMap((m) => m[1].split(','))
      .map((name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .at(-1),
      )
      .sort()
      .join(',');
  if (exported(code) === '' || exported(code) !== exported(script))
    throw new Error(`${path}: minified, Pagefind's script would export ${exported(code) || 'nothing'} instead of ${exported(script)}.`);
  writeFileSync(path, code);
  console.log(`[search] Pagefind's script: ${kb(gzipSync(script).length)} → ${kb(gzipSync(code).length)} gzipped, minified.`);
}

/** A size in KB, as the build's log gives it. */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Every built HTML file under `dist`, read once: its URL path for an index.html ("/", "/case/"),
 * else undefined (404.html). What src/lib/linking/read-dist.node.ts reads for the integrations; that
 * module's extensionless imports are for Vite and tsx, which this script, run by plain Node, is not.
 */
function readPages(dist, folder = dist) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : readPages(dist, path);
    if (!entry.name.endsWith('.html')) return [];
    const rel = relative(dist, folder).split(sep).join('/');
    const url = entry.name === 'index.html' ? (rel === '' ? '/' : `/${rel}/`) : undefined;
    return [{ url, html: readFileSync(path, 'utf8') }];
  });
}

/** The article (data-pagefind-body) of a built page, or '' where it has none. */
const articleOf = (html) => /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';

/**
 * The Simplified form of each character of the Traditional edition (src/lib/search/han-forms.ts),
 * read off the two editions' built pages: each text between two tags of a Traditional page beside
 * the same text of its Simplified twin. Written to <outDir>/search/han-simplified.txt.
 */
function writeSimplifiedForms(dir, pages) {
  const htmlOf = new Map(pages.filter((p) => p.url !== undefined).map((p) => [p.url, p.html]));
  const traditionalPages = pages.filter((p) => p.url?.startsWith('/zh-hant/'));
  // A site without a Traditional edition (a test fixture) has nothing to map.
  if (traditionalPages.length === 0) return;
  const pairs = [];
  let unmatched = 0;
  const texts = (html) => articleOf(html).split(/<[^>]*>/);
  for (const page of traditionalPages) {
    const twin = htmlOf.get(page.url.replace(/^\/zh-hant\//, '/zh-hans/'));
    const traditional = texts(page.html);
    const simplified = twin === undefined ? [] : texts(twin);
    // The same markup, so the same texts in the same order; a page without a twin, or whose markup differs, is left out.
    if (traditional.length !== simplified.length) {
      unmatched++;
      continue;
    }
    traditional.forEach((text, i) => pairs.push([text, simplified[i]]));
  }
  const forms = simplifiedForms(pairs);
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search', SIMPLIFIED_FORMS_FILE), forms.text);
  console.log(
    `[search] Simplified forms: ${forms.characters} Traditional characters in ${dir}/search/${SIMPLIFIED_FORMS_FILE}, ` +
      `${kb(gzipSync(forms.text).length)} gzipped` +
      (forms.skipped + unmatched > 0 ? ` (${unmatched} pages and ${forms.skipped} texts that do not line up left out).` : '.'),
  );
}

/**
 * The index's vocabulary for typo tolerance (src/lib/search/typos.ts): every word of four letters
 * or more in the indexed parts of the English pages (the data-pagefind-body articles, less what they mark
 * data-pagefind-ignore), lower-case, once each, one a line, in <outDir>/search/vocabulary.txt.
 * The rule for a word matches vocabularyOf() in typos.ts.
 */
function writeVocabulary(dir, pages) {
  const words = new Set();
  for (const { html } of pages) {
    // The English edition's words only: the Chinese editions have indexes of their own, and
    // correcting a typo by edit distance is for words in a Latin alphabet.
    const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'en';
    if (!lang.toLowerCase().startsWith('en')) continue;
    const text = articleOf(html)
      .replace(/<(\w+)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&apos;|&quot;|&amp;|&lt;|&gt;|&nbsp;/g, ' ');
    for (const m of text.toLocaleLowerCase('en').matchAll(/\p{L}+/gu)) if (m[0].length >= 4) words.add(m[0]);
  }
  const text = `${[...words].sort().join('\n')}\n`;
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search', 'vocabulary.txt'), text);
  console.log(
    `[search] Vocabulary: ${words.size} words in ${dir}/search/vocabulary.txt, ${kb(text.length)} (${kb(gzipSync(text).length)} gzipped).`,
  );
}
