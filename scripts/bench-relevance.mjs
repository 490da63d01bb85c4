// Relevance benchmark: runs each query of scripts/relevance-queries.json on the built site's
// search page (dist/), and each of scripts/relevance-queries-zh.json on the Chinese editions' (in Simplified,
// and converted to Traditional), in a real Chromium, through the same code readers use, and checks where
// the first three results land. A result counts when its page and section are the expected ones,
// or a section the query lists under "also", or the section that an expected id now points to
// (content/anchors.json aliases), so the set survives a page's rewrite. A benchmark, not a test:
// it prints the top-1 and top-3 rates and every miss, and writes bench-results/relevance.json.
// Usage: npm run build && npm run bench:relevance [-- --edition en|zh-hans|zh-hant]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const TARGETS = { top1: 0.75, top3: 0.9 };
const OUT = 'bench-results/relevance.json';

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('No built site with a search index in dist/. Run "npm run build" first.');
  process.exit(1);
}
const anchors = JSON.parse(readFileSync('content/anchors.json', 'utf8'));
const read = (file) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')).queries;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/**
 * The sets, each run on its edition's search page: the English set; the Chinese set on the
 * Simplified page, and converted to Traditional (as a reader there would type it) on the
 * Traditional page. `--edition en|zh-hans|zh-hant` runs one.
 */
const SETS = [
  { edition: 'en', queries: read('./relevance-queries.json') },
  { edition: 'zh-hans', queries: read('./relevance-queries-zh.json') },
  { edition: 'zh-hant', queries: read('./relevance-queries-zh.json').map((q) => ({ ...q, q: toTraditional(q.q) })) },
];
const only = process.argv.includes('--edition') ? process.argv[process.argv.indexOf('--edition') + 1] : undefined;
if (only && !SETS.some((s) => s.edition === only)) {
  console.error(`--edition must be one of ${SETS.map((s) => s.edition).join(', ')}; got "${only}".`);
  process.exit(1);
}
/** A path in an edition: ("zh-hans", "/case/") → "/zh-hans/case/". */
const inEdition = (edition, path) => (edition === 'en' ? path : `/${edition}${path}`);

/** The targets that answer a query in an edition: its section, its "also" sections, and what their ids now point to. */
function accepted(query, edition) {
  const targets = [`${query.page}#${query.section}`, ...(query.also ?? [])];
  const out = new Set();
  for (const target of targets) {
    const [page, id] = target.split('#');
    out.add(`${inEdition(edition, page)}#${id}`);
    // Section ids are the same in every edition, and so are their aliases.
    const now = anchors.aliases?.[page]?.[id];
    if (now) out.add(`${inEdition(edition, page)}#${now}`);
  }
  return out;
}

/** A result link as page#section, without the highlight parameter. */
const targetOf = (href) => {
  const url = new URL(href);
  return `${decodeURI(url.pathname)}${url.hash}`;
};

const server = await serve('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const set of SETS.filter((s) => !only || s.edition === only)) {
    const rows = [];
    for (const query of set.queries) {
      await page.goto(`${origin}${inEdition(set.edition, '/search/')}?q=${encodeURIComponent(query.q)}`);
      // Settled: the status line is shown (a fresh page runs only this one search), in any language.
      await page.waitForFunction(
        () => {
          const output = document.querySelector('[data-search-output]');
          return output && !output.hidden && (document.querySelector('[data-search-status]')?.textContent ?? '') !== '';
        },
        null,
        { timeout: 15_000 },
      );
      const links = await page.$$eval('[data-search-results] a.search-result-link', (as) => as.slice(0, 3).map((a) => a.href));
      const shown = await page.$eval('[data-search-status]', (p) => p.textContent?.trim() ?? '');
      const got = links.map(targetOf);
      const ok = accepted(query, set.edition);
      const rank = got.findIndex((t) => ok.has(t));
      rows.push({ ...query, top3: got, rank: rank === -1 ? null : rank + 1, status: shown });
    }
    results.push({ edition: set.edition, rows });
  }
} finally {
  await browser.close();
  server.close();
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const verdict = (x, target) => (x >= target ? 'within target' : 'UNDER target');
const summary = [];
for (const { edition, rows } of results) {
  const rate = (n) => n / rows.length;
  const top1 = rate(rows.filter((r) => r.rank === 1).length);
  const top3 = rate(rows.filter((r) => r.rank !== null).length);
  summary.push({ edition, queries: rows.length, top1, top3, rows });
  console.log(`Relevance (${edition}): ${rows.length} queries on ${inEdition(edition, '/search/')} of the built site\n`);
  console.log('kind           queries  top-1   top-3');
  for (const kind of [...new Set(rows.map((r) => r.kind))]) {
    const rs = rows.filter((r) => r.kind === kind);
    const t1 = rs.filter((r) => r.rank === 1).length;
    const t3 = rs.filter((r) => r.rank !== null).length;
    console.log(`${kind.padEnd(14)} ${String(rs.length).padStart(7)} ${String(t1).padStart(6)} ${String(t3).padStart(7)}`);
  }
  console.log(`\ntop-1: ${pct(top1)} (target ≥ ${pct(TARGETS.top1)}: ${verdict(top1, TARGETS.top1)})`);
  console.log(`top-3: ${pct(top3)} (target ≥ ${pct(TARGETS.top3)}: ${verdict(top3, TARGETS.top3)})`);
  const misses = rows.filter((r) => r.rank !== 1);
  if (misses.length > 0) {
    console.log('\nNot first (rank, query → expected; what came first):');
    for (const r of misses) {
      console.log(
        `  ${r.rank ?? '–'}  [${r.kind}] "${r.q}" → ${inEdition(edition, r.page)}#${r.section}; got ${r.top3.join(', ') || 'nothing'}`,
      );
    }
  }
  console.log('');
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), targets: TARGETS, editions: summary }, null, 2)}\n`);
console.log(`Written to ${OUT}`);
