import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { siteIndex } from './built-pages';
import { editionOf, LANG_TAG } from '../../src/lib/i18n/editions';
import { traditionalConverterAt } from '../../src/lib/i18n/opencc.node.ts';
import { uiStrings } from '../../src/lib/i18n/strings';

// The Chinese pages' interface is in their own language: the skip link is named from the strings table.
const toTraditional = traditionalConverterAt(fileURLToPath(new URL('../../', import.meta.url)));

// Every page the site builds: MDX and data pages, the source list and each source page.
const urls = [...new Set([...siteIndex().pages.keys(), '/sources/', ...[...siteIndex().passages.keys()].map((s) => `/sources/${s}/`)])];

for (const url of urls) {
  test(`${url} has one h1, a title, a description, landmarks and a skip link`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(10);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${url.replace(/\//g, '\\/')}$`));
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[editionOf(url)]);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: uiStrings(editionOf(url), toTraditional).skipLink })).toBeFocused();
  });
}

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('no page scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of urls) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test('pages request nothing from other origins', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const url of urls) await page.goto(url);
  expect(foreign).toEqual([]);
});
