/**
 * The downloadable editions in dist/download/ (run `npm run build` and `npm run editions` first):
 * the one-file edition read in a real Chromium from file:// with JavaScript off, the EPUB and the
 * ZIM through their own checkers, and SHA256SUMS against the ZIP and the built site.
 */
import { editionOf } from '../../src/lib/i18n/editions';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { DOWNLOADS, DOWNLOADS_DIR, EDITION_BASENAME, formatSize, SUMS_FILE } from '../../src/lib/editions/downloads';
import { decodeEntities } from '../../src/lib/editions/endnotes';
import { pageKey } from '../../src/lib/editions/ids';
import { failedSums } from '../../src/lib/editions/sums.node';
import { readZip } from '../../src/lib/editions/zip.node';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const downloads = join(dist, DOWNLOADS_DIR);
const edition = (ext: string): string => join(downloads, `${EDITION_BASENAME}.${ext}`);
const made = existsSync(edition('zip'));

/** Text to compare: references decoded, without white space (layout puts it differently). */
const clean = (s: string): string => decodeEntities(s).replace(/\s+/g, '');

/**
 * Every page the sitemap publishes, but search (an edition cannot search) and the Chinese
 * editions: the downloads are the English edition; downloads in Chinese are still to come (issue 18).
 */
const pages = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)]
  .map((m) => m[1] || '/')
  .filter((url) => url !== '/search/' && editionOf(url) === 'en');

/**
 * The text of a built element as the edition should hold it: without the site's controls (the
 * contents, previous/next, the "#" and "Cite" links, the ¶ buttons), which need a server or
 * JavaScript and are left out of the editions on purpose.
 */
function readerText(node: Node): string {
  if (node.type === TEXT_NODE) return node.value;
  if (node.type !== ELEMENT_NODE) return '';
  const el = node as ElementNode;
  const classes = (el.attributes['class'] ?? '').split(/\s+/);
  if (el.name === 'button' || ['toc', 'page-nav', 'heading-link', 'heading-cite'].some((c) => classes.includes(c))) return '';
  return el.children.map(readerText).join('');
}

describe('the downloads', () => {
  it('were made (npm run editions), and the about page lists each with its true size', () => {
    expect(made, 'run npm run editions after npm run build').toBe(true);
    const about = readFileSync(join(dist, 'about', 'index.html'), 'utf8');
    for (const d of DOWNLOADS) {
      const size = formatSize(statSync(edition(d.id)).size);
      expect(about, d.file).toContain(`<a href="../${DOWNLOADS_DIR}/${d.file}" download>${d.title}</a> (${size})`);
    }
  });

  it('are linked from the footer of every page to /about/#download, a section of the about page', () => {
    for (const url of [...pages, '/search/']) {
      const footer = /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(readFileSync(join(dist, url, 'index.html'), 'utf8'))?.[0] ?? '';
      expect(new URL(/href="([^"]*#download)"/.exec(footer)?.[1] ?? 'no link', `http://site${url}`).pathname, url).toBe('/about/');
    }
    expect(readFileSync(join(dist, 'about', 'index.html'), 'utf8')).toContain('<h2 id="download">');
  });

  it('the one-file edition is at most 1 MB and the PDF an A4 PDF', () => {
    expect(statSync(edition('html')).size).toBeLessThanOrEqual(1_000_000);
    const pdf = readFileSync(edition('pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // A4 is 595.3 × 841.9 points; Chromium rounds its page box to whole device pixels.
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Math.abs(Number(width) - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(Number(height) - 841.9)).toBeLessThan(1.5);
  });
});

describe('the one-file edition, opened from file:// with JavaScript off', () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  let text = '';
  let ids = new Set<string>();
  let requests: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(edition('html')).href);
    // innerText: the text as rendered, so nothing hidden by CSS counts.
    text = clean(await page.locator('body').innerText());
    ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    requests = requests.filter((u) => u !== pathToFileURL(edition('html')).href);
  }, 60_000);
  afterAll(() => browser?.close());

  it('loads nothing else', () => {
    expect(requests).toEqual([]);
  });

  it.each(pages)('holds the main text and every note of %s', (url) => {
    const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
    const article = querySelector(parse(html), 'main article') as ElementNode;
    expect(ids, `the edition has no section for ${url}`).toContain(pageKey(url));
    // Every paragraph, list item and quotation of the article, outside what editions leave out
    // (the about page's download list, which names the editions' own sizes).
    const omitted = new Set(['[data-edition-omit] *', '.toc *', '.page-nav *'].flatMap((s) => querySelectorAll(article, s)));
    const blocks = (querySelectorAll(article, 'p, li, blockquote, dd, h2, h3') as ElementNode[])
      .filter((el) => !omitted.has(el))
      .map((el) => clean(readerText(el)))
      .filter((t) => t.length > 0);
    expect(blocks.length, url).toBeGreaterThan(0);
    const missing = blocks.filter((b) => !text.includes(b.slice(0, 200)));
    expect(missing, `${url}: text missing from the edition`).toEqual([]);
    // Every note, by its number, with its own quotations.
    const notes = (querySelectorAll(article, '.notes li[id^="note-"]') as ElementNode[]).map((li) => li.attributes['id']!);
    for (const id of notes) expect(ids, `${url} ${id}`).toContain(`${pageKey(url)}--${id}`);
  });
});

/** Runs a checker; Debian's /usr/bin/epubcheck is the .jar itself, which needs `java -jar` without binfmt support. */
function run(tool: string, args: string[]): { status: number | null; output: string } {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  expect(found, `${tool} is not installed (npm run editions installs it)`).not.toBe('');
  const real = realpathSync(found);
  const result = real.endsWith('.jar')
    ? spawnSync('java', ['-jar', real, ...args], { encoding: 'utf8' })
    : spawnSync(found, args, { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the checkers', () => {
  it('epubcheck finds no error and no warning in the EPUB', () => {
    const { status, output } = run('epubcheck', [edition('epub')]);
    expect(output).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
    expect(status, output).toBe(0);
  }, 120_000);

  it('zimcheck passes every check of the ZIM file', () => {
    const { status, output } = run('zimcheck', ['-A', edition('zim')]);
    expect(output, output).toContain('Overall Test Status: Pass');
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status, output).toBe(0);
  }, 120_000);
});

describe('SHA256SUMS', () => {
  const sums = made ? readFileSync(join(downloads, SUMS_FILE), 'utf8') : '';
  const listed = sums
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(66));

  it('lists every file of the built site but the downloads, and verifies against dist/ (sha256sum -c)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== downloads) walk(path);
        } else files.push(relative(dist, path).split(sep).join('/'));
      }
    };
    walk(dist);
    expect([...listed].sort()).toEqual(files.sort());
    expect(failedSums(sums, (p) => (existsSync(join(dist, p)) ? readFileSync(join(dist, p)) : undefined))).toEqual([]);
    // The same check with the tool the README names, run where a reader would run it.
    const check = spawnSync('sha256sum', ['--check', '--quiet', join(downloads, SUMS_FILE)], { cwd: dist, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('verifies against the ZIP, which holds exactly those files and the same SHA256SUMS in one folder', () => {
    const zip = new Map(readZip(readFileSync(edition('zip'))).map((f) => [f.name, f.data]));
    const prefix = `${EDITION_BASENAME}/`;
    expect([...zip.keys()].every((name) => name.startsWith(prefix))).toBe(true);
    expect([...zip.keys()].map((n) => n.slice(prefix.length)).sort()).toEqual([...listed, SUMS_FILE].sort());
    expect(zip.get(`${prefix}${SUMS_FILE}`)?.toString()).toBe(sums);
    expect(failedSums(sums, (p) => zip.get(prefix + p))).toEqual([]);
  });

  it('catches a changed file', () => {
    const first = listed[0]!;
    expect(failedSums(sums, (p) => (p === first ? Buffer.from('changed') : readFileSync(join(dist, p))))).toEqual([`${first}: differs`]);
  });
});
