import { chromium } from 'playwright-core';
import { readdirSync, writeFileSync } from 'node:fs';
const [dir, out] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
const pages = [...new Set(files.map((f) => f.replace(/-(360|768|1280)-(light|dark).*\.png$/, '')))];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--allow-file-access-from-files'] });
const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
for (const p of pages) {
  for (const [name, set] of [['narrow', [['360-light', 360], ['360-dark', 360], ['768-light', 768], ['768-dark', 768]]], ['wide', [['1280-light', 880], ['1280-dark', 880]]]]) {
    const imgs = set.filter(([v]) => files.includes(`${p}-${v}.png`)).map(([v, w]) => `<figure><figcaption>${p} ${v}</figcaption><img src="file://${dir}/${p}-${v}.png" width="${w}"></figure>`).join('');
    writeFileSync('/tmp/combo.html', `<body style="margin:0;display:flex;gap:8px;align-items:flex-start;background:#888;font:14px sans-serif">${imgs}</body><style>figure{margin:0}</style>`);
    await page.goto('file:///tmp/combo.html');
    await page.waitForLoadState('load');
    await page.screenshot({ path: `${out}/${p}-${name}.png`, fullPage: true });
  }
}
await browser.close();
