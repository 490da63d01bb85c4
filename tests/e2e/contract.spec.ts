import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MAIN_PAGES } from '../../src/lib/site-config';
import { linkPath, linkPaths } from './paths';

// The URL contract of ../shared/BRIEF.md: these paths are public and permanent.
const CONTRACT = [
  '/',
  '/case/',
  '/laws/',
  '/corporate-responses/',
  '/related-cases/',
  '/related-cases/tiktok/',
  '/related-cases/airbnb/',
  '/timeline/',
  '/people/',
  '/sources/',
  '/about/',
];

const readJson = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8')) as T;

for (const url of CONTRACT) {
  test(`contract path ${url} returns its page`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
  });
}

/** The main navigation; on a narrow screen it sits behind the menu button, so this opens it. */
async function mainNav(page: Page): Promise<Locator> {
  // The menu button appears once the page's script has run; wait for it to settle first.
  await page.waitForLoadState('load');
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole('navigation', { name: 'Main' });
}

test('the header navigation reaches every main page', async ({ page }) => {
  await page.goto('/');
  const nav = await mainNav(page);
  for (const { url, label } of MAIN_PAGES.filter((p) => p.url !== '/search/')) {
    const link = nav.getByRole('link', { name: label, exact: true });
    expect(await linkPath(link), label).toBe(url);
  }
  for (const { url, label } of MAIN_PAGES.filter((p) => p.url !== '/search/')) {
    await page.goto('/');
    await (await mainNav(page)).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${url.replace(/\//g, '\\/')}$`));
    await expect((await mainNav(page)).getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the timeline lists every event, in date order, each with a <time>', async ({ page }) => {
  const events = readJson<{ id: string; date: string }[]>('timeline.json');
  await page.goto('/timeline/');
  const dates = await page.locator('ol.timeline > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(events.length);
  expect(dates).toEqual([...dates].sort());
  for (const e of events) await expect(page.locator(`[id="${e.id}"]`)).toHaveCount(1);
});

test('every person has an anchor, and every link to a person lands on one', async ({ page }) => {
  const people = readJson<{ id: string }[]>('people.json');
  await page.goto('/people/');
  const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
  for (const p of people) expect(ids, p.id).toContain(p.id);
  // Mentions on other pages link to /people/#<id>; each must exist.
  let mentions = 0;
  for (const url of CONTRACT.filter((u) => u !== '/people/')) {
    await page.goto(url);
    const targets = (await linkPaths(page.locator('main a[href*="people/#"]'))).filter((t) => t.startsWith('/people/#'));
    for (const t of targets) expect(ids, `${url} links to ${t}`).toContain(t.slice('/people/#'.length));
    mentions += targets.length;
  }
  expect(mentions, 'pages link mentions of people to /people/').toBeGreaterThan(0);
});
