// Screenshots of pages at phone, tablet and desktop widths, light and dark, for a person to
// look at. Usage: node scripts/screenshots.mjs [outDir] [path …]  (serves dist/ on loopback)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [outDir = 'test-results/screenshots', ...paths] = process.argv.slice(2);
const urls = paths.length > 0 ? paths : ['/', '/case/', '/sources/', '/sources/lowdown-hub/'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
mkdirSync(outDir, { recursive: true });
const server = await serve('dist', 4398);
const browser = await chromium.launch({ executablePath, args });
for (const width of [360, 768, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const url of urls) {
      await page.goto(`http://127.0.0.1:4398${url}`);
      const name = `${url.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
    }
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`Screenshots in ${outDir}/`);
