// Measures the header search in a real Chromium against the built site (dist/) on a loopback
// server. Each query runs in several fresh browser sessions (empty cache): open a reading page,
// focus the search field (the intent that loads the engine), type the query at a steady pace,
// and time the first result from the last keystroke; then type a second query and count what it
// downloads. A benchmark, not a test: it prints the figures and writes bench-results/search.json.
// Usage: npm run build && npm run bench:search   (BENCH_SESSIONS=n for more sessions per query)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const QUERIES = ['one-minute', 'MSS', '23,000', 'Sean Joyce', 'rectification plan', 'Zhou Fengsuo'];
const SESSIONS = Math.max(5, Number(process.env.BENCH_SESSIONS ?? 5));
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY = 60;
const READING_PAGE = '/case/';
const TARGETS = { latencyMs: 100, firstResultBytes: 100 * 1024 };
const OUT = 'bench-results/search.json';

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('No built site with a search index in dist/. Run "npm run build" first.');
  process.exit(1);
}
const executablePath = findChromium();

// Runs in the page from its first script: times keystrokes, and when each query's
// first result is in the DOM at the next frame (the frame that paints it).
function instrument() {
  const bench = { keys: [], shown: {} };
  window.__bench = bench;
  addEventListener('keydown', () => bench.keys.push(performance.now()), true);
  addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('[data-search-list]');
    if (!list) return;
    new MutationObserver(() => {
      const q = list.dataset.query;
      if (q && !(q in bench.shown) && list.querySelector('[role="option"]')) {
        bench.shown[q] = -1;
        requestAnimationFrame(() => (bench.shown[q] = performance.now()));
      }
    }).observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
}

/** Same-origin resources fetched in [from, to] (page clock): count and compressed bytes. */
async function resourcesBetween(page, from, to) {
  return page.evaluate(
    ([from, to]) => {
      const entries = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= from && e.responseEnd <= to && e.transferSize > 0);
      return {
        requests: entries.length,
        bytes: entries.reduce((n, e) => n + e.encodedBodySize, 0),
        bytesWithHeaders: entries.reduce((n, e) => n + e.transferSize, 0),
        files: entries.map((e) => `${new URL(e.name).pathname} ${e.encodedBodySize}`),
      };
    },
    [from, to],
  );
}

async function waitShown(page, query) {
  await page.waitForFunction((q) => (window.__bench.shown[q] ?? -1) > 0, query, { timeout: 15_000 });
  return page.evaluate((q) => window.__bench.shown[q], query);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await serve('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const runs = [];
try {
  for (const [i, query] of QUERIES.entries()) {
    const second = QUERIES[(i + 1) % QUERIES.length];
    for (let session = 0; session < SESSIONS; session++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      await context.addInitScript(instrument);
      const page = await context.newPage();
      await page.goto(`${origin}${READING_PAGE}`, { waitUntil: 'networkidle' });
      const pageLoad = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource');
        const scripts = entries.filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
        return {
          scriptBytes: scripts.reduce((n, e) => n + e.encodedBodySize, 0),
          pagefindRequests: entries.filter((e) => e.name.includes('/pagefind/')).length,
        };
      });
      const field = page.getByRole('combobox', { name: 'Search the explainer' });
      // The reader moves to the field: everything from here on is what search costs.
      const intentAt = await page.evaluate(() => performance.now());
      await field.click();
      await field.pressSequentially(query, { delay: KEY_DELAY });
      const shownAt = await waitShown(page, query);
      const { keys } = await page.evaluate(() => window.__bench);
      const first = await resourcesBetween(page, intentAt, shownAt);

      // A second query in the same session: the engine and part of the index are cached.
      await field.fill('');
      const secondStart = await page.evaluate(() => performance.now());
      await field.pressSequentially(second, { delay: KEY_DELAY });
      const secondShownAt = await waitShown(page, second);
      const secondKeys = (await page.evaluate(() => window.__bench.keys)).filter((t) => t >= secondStart);
      const again = await resourcesBetween(page, secondStart, secondShownAt);
      runs.push({
        query,
        session,
        latencyMs: Math.round((shownAt - keys.at(-1)) * 10) / 10,
        intentToResultMs: Math.round(shownAt - intentAt),
        requests: first.requests,
        bytes: first.bytes,
        bytesWithHeaders: first.bytesWithHeaders,
        files: first.files,
        readingPageScriptBytes: pageLoad.scriptBytes,
        engineRequestsOnPageLoad: pageLoad.pagefindRequests,
        second: {
          query: second,
          latencyMs: Math.round((secondShownAt - secondKeys.at(-1)) * 10) / 10,
          requests: again.requests,
          bytes: again.bytes,
        },
      });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const perQuery = QUERIES.map((query) => {
  const rs = runs.filter((r) => r.query === query);
  return {
    query,
    sessions: rs.length,
    medianLatencyMs: median(rs.map((r) => r.latencyMs)),
    medianRequests: median(rs.map((r) => r.requests)),
    medianBytes: median(rs.map((r) => r.bytes)),
    medianSecondQueryBytes: median(rs.map((r) => r.second.bytes)),
    medianSecondQueryLatencyMs: median(rs.map((r) => r.second.latencyMs)),
  };
});
const summary = {
  medianLatencyMs: median(runs.map((r) => r.latencyMs)),
  maxLatencyMs: Math.max(...runs.map((r) => r.latencyMs)),
  medianRequestsToFirstResult: median(runs.map((r) => r.requests)),
  medianBytesToFirstResult: median(runs.map((r) => r.bytes)),
  maxBytesToFirstResult: Math.max(...runs.map((r) => r.bytes)),
  medianSecondQueryBytes: median(runs.map((r) => r.second.bytes)),
  medianSecondQueryLatencyMs: median(runs.map((r) => r.second.latencyMs)),
  readingPageScriptBytes: median(runs.map((r) => r.readingPageScriptBytes)),
  engineRequestsOnPageLoad: Math.max(...runs.map((r) => r.engineRequestsOnPageLoad)),
};
const report = {
  date: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  pagefind: JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version,
  method: `Loopback server with gzip, fresh browser context per session, ${READING_PAGE} as the reading page, ${KEY_DELAY} ms between keystrokes. Latency: last keystroke to the frame that shows the first result. Bytes: compressed response bodies from the moment the reader moves to the field (hover, then focus: the intent) to that frame, the search code included; bytesWithHeaders adds response headers.`,
  targets: TARGETS,
  summary,
  perQuery,
  runs,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);

console.log(`Search benchmark: ${QUERIES.length} queries × ${SESSIONS} fresh sessions, ${report.browser}, Pagefind ${report.pagefind}\n`);
console.log('query                 latency  requests  to first result  second query');
for (const q of perQuery) {
  console.log(
    `${q.query.padEnd(20)} ${`${q.medianLatencyMs} ms`.padStart(8)} ${String(q.medianRequests).padStart(9)} ${kb(q.medianBytes).padStart(16)} ${kb(q.medianSecondQueryBytes).padStart(13)}`,
  );
}
const verdict = (ok) => (ok ? 'within target' : 'OVER target');
console.log(
  `\nmedian, last keystroke → first result visible: ${summary.medianLatencyMs} ms (max ${summary.maxLatencyMs} ms; target ≤ ${TARGETS.latencyMs} ms: ${verdict(summary.medianLatencyMs <= TARGETS.latencyMs)})`,
);
console.log(
  `median to the first result: ${summary.medianRequestsToFirstResult} requests, ${kb(summary.medianBytesToFirstResult)} (max ${kb(summary.maxBytesToFirstResult)}; target ≤ ${kb(TARGETS.firstResultBytes)}: ${verdict(summary.medianBytesToFirstResult <= TARGETS.firstResultBytes)})`,
);
console.log(`median second query: ${kb(summary.medianSecondQueryBytes)}, ${summary.medianSecondQueryLatencyMs} ms`);
console.log(
  `reading page: ${kb(summary.readingPageScriptBytes)} of JavaScript; search requests before intent: ${summary.engineRequestsOnPageLoad}`,
);
console.log(`\nWritten to ${OUT}`);
