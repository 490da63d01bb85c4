// Page height at a phone's width, and the share of it the notes take, for a person to compare
// before and after a layout change. Scrolls to the end so lazy layout settles first.
// Usage: node scripts/page-heights.mjs [path …]  (serves dist/ on loopback; PORT, default 4798)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const paths = process.argv.slice(2);
const urls = paths.length > 0 ? paths : ['/', '/case/', '/laws/'];
const port = Number(process.env['PORT'] ?? 4798);
const server = await serve('dist', port);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
for (const url of urls) {
  await page.goto(`http://127.0.0.1:${port}${url}`);
  const onLoad = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
  }
  const { height, notes } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    notes: [...document.querySelectorAll('.notes')].reduce((s, n) => s + n.getBoundingClientRect().height, 0),
  }));
  console.log(
    `${url}\ton load ${onLoad} px\tsettled ${height} px\t(${(height / 844).toFixed(1)} screens)\tnotes ${Math.round(notes)} px = ${((100 * notes) / height).toFixed(0)}%`,
  );
}
await browser.close();
server.close();
