import { expect, test } from '@playwright/test';

// The language switcher keeps the reader's section: what only a browser can show.
test('switching language keeps the section in the address', async ({ page }) => {
  await page.goto('/#key-figures');
  await page.getByRole('navigation', { name: 'This page in other languages' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-hans\/#key-figures$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#key-figures')).toBeInViewport();
});

test('switching back keeps the section too', async ({ page }) => {
  await page.goto('/zh-hant/#in-brief');
  await page.getByRole('navigation', { name: '本頁的其他語言版本' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/#in-brief$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('without JavaScript the switcher is a plain list of links to the twins', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-hant/');
  const links = page.getByRole('navigation', { name: '本頁的其他語言版本' }).getByRole('link');
  await expect(links).toHaveText(['English', '简体中文', '繁體中文']);
  await links.first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('a Chinese quotation shows the English words behind it', async ({ page }) => {
  await page.goto('/zh-hant/#key-figures');
  const quote = page.locator('.zh-quote', { hasText: '非法會議' });
  await expect(quote).toBeVisible();
  await expect(quote.locator('[lang="en"]')).toHaveText('“illegal meeting”');
  await expect(quote).toContainText('本站譯文');
});
