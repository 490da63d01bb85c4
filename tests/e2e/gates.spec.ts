import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { linkPath } from './paths';

// Quality gates over every page of the sitemap: CSP, console, privacy, no-JS, print.
const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '/');

/** Records CSP violations, console errors and page errors from the start of each document. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...problems,
    ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]).map((v) => `CSP: ${v}`),
  ];
}

test('every page has a strict CSP and shows no CSP violation, console error or page error', { tag: '@sweep' }, async ({ page }) => {
  test.setTimeout(300_000);
  const problems = await watch(page);
  for (const path of paths) {
    await page.goto(path);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp, path).toMatch(/worker-src 'self'/);
    expect(csp, path).not.toContain("'unsafe-inline'");
    expect(csp, path).not.toContain("'unsafe-eval'");
    // Interact the way a reader does: open a note and a citation panel.
    const marker = page.locator('sup.note-ref a').first();
    if (await marker.count()) await marker.click();
    await page.locator('.cite-panel summary').click();
    expect(await problems(), path).toEqual([]);
  }
});

test('no page asks any other origin for anything, and none leaks the referrer', { tag: '@sweep' }, async ({ page }) => {
  test.setTimeout(300_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(r.url());
  });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('link[rel="preconnect"], link[rel="dns-prefetch"], link[rel="preload"][href^="http"]'), path).toHaveCount(0);
    await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
    await page.locator('body').hover();
  }
  expect(foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page reads, and navigation, notes and anchors work', { tag: '@sweep' }, async ({ page }) => {
    test.setTimeout(300_000);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('main h1'), path).toBeVisible();
      const text = (await page.locator('main').innerText()).length;
      expect(text, path).toBeGreaterThan(200);
    }
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The case', exact: true }).click();
    await expect(page).toHaveURL(/\/case\/$/);
    // The first marker that leads to a whole note (one whose note has a single quotation), found on
    // the page: which one that is moves as the text changes (a dek's markers come first).
    const marker = await page
      .locator('main sup.note-ref a[href^="#note-"]')
      .evaluateAll((links) => links.find((a) => /^#note-\d+$/.test(a.getAttribute('href') ?? ''))?.id);
    if (!marker) throw new Error('/case/ has no marker that leads to a whole note');
    await page.locator(`#${marker}`).click();
    await expect(page).toHaveURL(/#note-\d+$/);
    const note = page.locator(`${new URL(page.url()).hash}`);
    await expect(note).toBeInViewport();
    await note.locator('.backlink').first().click();
    await expect(page).toHaveURL(/#cite-\d+$/);
    await page.goto('/case/#one-minute-rule');
    await expect(page.locator('#one-minute-rule')).toBeInViewport();
  });
});

test('print hides the site chrome and lists where notes and links lead as endnotes', async ({ page }) => {
  await page.goto('/case/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.heading-link').first()).toBeHidden();
  const endnotes = page.locator('.print-links li');
  for (const selector of ['.notes a.passage-link', 'main p a[href*="people/#"]']) {
    const link = page.locator(selector).first();
    const n = Number(await link.getAttribute('data-print-ref'));
    expect(n, selector).toBeGreaterThan(0);
    // The endnote gives the full address at the main origin: the path the relative link leads to.
    const address = new URL(((await endnotes.nth(n - 1).textContent()) ?? '').trim());
    expect(`${address.pathname}${address.hash}`, selector).toBe(await linkPath(link));
  }
});

test('the CSP check is live: an injected inline script is blocked and reported', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true;';
    document.body.append(s);
  });
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  expect((await problems()).some((p) => p.startsWith('CSP: script-src'))).toBe(true);
});
