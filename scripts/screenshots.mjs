// Screenshots of pages at phone, tablet and desktop widths, light and dark, for a person to
// look at. Usage: node scripts/screenshots.mjs [outDir] [path …]  (serves dist/ on loopback)
// FULL=1 takes whole pages. STATES=1 also takes the interactive states of the first page: the
// menu and the contents opened on a phone, a citation preview by hover and by tap (at the
// screen's edge), and the page as printed.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const [outDir = 'test-results/screenshots', ...paths] = process.argv.slice(2);
const urls = paths.length > 0 ? paths : ['/', '/case/', '/sources/', '/sources/lowdown-hub/'];
const executablePath = findChromium();
const args = CHROMIUM_ARGS;
// SCREENSHOT_PORT lets several builds be photographed side by side.
const port = Number(process.env['SCREENSHOT_PORT'] ?? 4398);
const origin = `http://127.0.0.1:${port}`;
mkdirSync(outDir, { recursive: true });
const server = await serve('dist', port);
const browser = await chromium.launch({ executablePath, args });
const nameOf = (url) => url.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
for (const width of [360, 768, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const url of urls) {
      await page.goto(`${origin}${url}`);
      await page.screenshot({ path: `${outDir}/${nameOf(url)}-${width}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    }
    await page.close();
  }
}
if (process.env.STATES === '1') {
  const url = urls[0] ?? '/case/';
  const name = nameOf(url);
  for (const scheme of ['light', 'dark']) {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 800 },
      colorScheme: scheme,
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 1,
    });
    const page = await phone.newPage();
    await page.goto(`${origin}${url}`);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.screenshot({ path: `${outDir}/${name}-360-${scheme}-menu.png` });
    await page.reload();
    const toc = page.locator('.toc summary');
    if (await toc.count()) {
      await toc.click();
      await page.screenshot({ path: `${outDir}/${name}-360-${scheme}-toc.png` });
    }
    // The marker nearest the right edge of the screen, tapped.
    const markers = page.locator('sup.note-ref a');
    const xs = await markers.evaluateAll((as) => as.slice(0, 40).map((a) => a.getBoundingClientRect().right));
    const edge = xs.indexOf(Math.max(...xs));
    await markers.nth(edge).scrollIntoViewIfNeeded();
    await markers.nth(edge).tap();
    await page.waitForSelector('.cite-preview');
    await page.screenshot({ path: `${outDir}/${name}-360-${scheme}-preview-tap.png` });
    await phone.close();
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    await desk.goto(`${origin}${url}`);
    await desk.locator('sup.note-ref a').nth(3).hover();
    await desk.waitForSelector('.cite-preview');
    await desk.screenshot({ path: `${outDir}/${name}-1280-${scheme}-preview-hover.png` });
    await desk.close();
  }
  const print = await browser.newPage({ viewport: { width: 800, height: 1100 } });
  await print.goto(`${origin}${url}`);
  await print.emulateMedia({ media: 'print' });
  await print.screenshot({ path: `${outDir}/${name}-print.png`, fullPage: process.env.FULL === '1' });
  await print.close();
}
await browser.close();
server.close();
console.log(`Screenshots in ${outDir}/`);
