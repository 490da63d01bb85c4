// Relevance benchmark: runs each query of scripts/relevance-queries.json on the built site's
// search page (dist/) in a real Chromium, through the same code readers use, and checks where
// the first three results land. A result counts when its page and section are the expected ones,
// or a section the query lists under "also", or the section that an expected id now points to
// (content/anchors.json aliases), so the set survives a page's rewrite. A benchmark, not a test:
// it prints the top-1 and top-3 rates and every miss, and writes bench-results/relevance.json.
// Usage: npm run build && npm run bench:relevance
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const TARGETS = { top1: 0.75, top3: 0.9 };
const OUT = 'bench-results/relevance.json';

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('No built site with a search index in dist/. Run "npm run build" first.');
  process.exit(1);
}
const { queries } = JSON.parse(readFileSync(new URL('./relevance-queries.json', import.meta.url), 'utf8'));
const anchors = JSON.parse(readFileSync('content/anchors.json', 'utf8'));

/** The targets that answer a query: its section, its "also" sections, and what their ids now point to. */
function accepted(query) {
  const targets = [`${query.page}#${query.section}`, ...(query.also ?? [])];
  const out = new Set(targets);
  for (const target of targets) {
    const [page, id] = target.split('#');
    const now = anchors.aliases?.[page]?.[id];
    if (now) out.add(`${page}#${now}`);
  }
  return out;
}

/** A result link as page#section, without the highlight parameter. */
const targetOf = (href) => {
  const url = new URL(href);
  return `${url.pathname}${url.hash}`;
};

const server = await serve('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const query of queries) {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query.q)}`);
    // Settled: a count or "No results" is shown (a fresh page runs only this one search).
    await page.waitForFunction(
      () => /match|No results|Showing/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      null,
      {
        timeout: 15_000,
      },
    );
    const links = await page.$$eval('[data-search-results] a.search-result-link', (as) => as.slice(0, 3).map((a) => a.href));
    const shown = await page.$eval('[data-search-status]', (p) => p.textContent?.trim() ?? '');
    const got = links.map(targetOf);
    const ok = accepted(query);
    const rank = got.findIndex((t) => ok.has(t));
    rows.push({ ...query, top3: got, rank: rank === -1 ? null : rank + 1, status: shown });
  }
} finally {
  await browser.close();
  server.close();
}

const rate = (n) => n / rows.length;
const top1 = rate(rows.filter((r) => r.rank === 1).length);
const top3 = rate(rows.filter((r) => r.rank !== null).length);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const kinds = [...new Set(rows.map((r) => r.kind))];
console.log(`Relevance: ${rows.length} queries on the built site's search page\n`);
console.log('kind           queries  top-1   top-3');
for (const kind of kinds) {
  const rs = rows.filter((r) => r.kind === kind);
  const t1 = rs.filter((r) => r.rank === 1).length;
  const t3 = rs.filter((r) => r.rank !== null).length;
  console.log(`${kind.padEnd(14)} ${String(rs.length).padStart(7)} ${String(t1).padStart(6)} ${String(t3).padStart(7)}`);
}
const verdict = (x, target) => (x >= target ? 'within target' : 'UNDER target');
console.log(`\ntop-1: ${pct(top1)} (target ≥ ${pct(TARGETS.top1)}: ${verdict(top1, TARGETS.top1)})`);
console.log(`top-3: ${pct(top3)} (target ≥ ${pct(TARGETS.top3)}: ${verdict(top3, TARGETS.top3)})`);
const misses = rows.filter((r) => r.rank !== 1);
if (misses.length > 0) {
  console.log('\nNot first (rank, query → expected; what came first):');
  for (const r of misses) {
    console.log(`  ${r.rank ?? '–'}  [${r.kind}] "${r.q}" → ${r.page}#${r.section}; got ${r.top3.join(', ') || 'nothing'}`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), targets: TARGETS, top1, top3, rows }, null, 2)}\n`);
console.log(`\nWritten to ${OUT}`);
