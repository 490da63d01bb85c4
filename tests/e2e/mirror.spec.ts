/**
 * Mirror-anywhere: the one dist/, with no rebuild, served at the root and under two path
 * prefixes (tests/e2e/mirrors.ts). On each: a link checker over HTTP finds every page, file and
 * #fragment that the pages link to or load; a reader navigates, follows citations and searches.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { MIRRORS, mirrorRoot } from './mirrors';

/** The ids on an HTML page, and the URLs it links to or loads (href, src, action). */
function parse(html: string): { ids: Set<string>; urls: string[] } {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ''));
  const urls = [...html.matchAll(/<(?:a|link|script|img|source|form)\b[^>]*?\s(?:href|src|action)="([^"]*)"/gi)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&'),
  );
  return { ids, urls };
}

/**
 * Crawls the site from its root as served at `root`, following every same-site link of every
 * page. Returns what is broken: a status other than 200, a #fragment with no element, or a link
 * that leaves the prefix the site is served under.
 */
async function crawl(request: APIRequestContext, root: string): Promise<{ pages: number; files: number; broken: string[] }> {
  const seen = new Map<string, Promise<{ status: number; ids?: Set<string>; urls?: string[] }>>();
  const broken: string[] = [];
  const fetchOnce = (url: string) => {
    let found = seen.get(url);
    if (!found) {
      found = request.get(url, { maxRedirects: 0 }).then(async (r) => {
        const html = (r.headers()['content-type'] ?? '').startsWith('text/html') ? await r.text() : undefined;
        return { status: r.status(), ...(html ? parse(html) : {}) };
      });
      seen.set(url, found);
    }
    return found;
  };
  const queue = [root];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const pageUrl = queue.shift() as string;
    if (visited.has(pageUrl)) continue;
    visited.add(pageUrl);
    const page = await fetchOnce(pageUrl);
    for (const link of page.urls ?? []) {
      const target = new URL(link, pageUrl);
      if (target.origin !== new URL(root).origin) continue; // the main address (canonical) and other sites
      if (!target.href.startsWith(root)) {
        broken.push(`${pageUrl}: ${link} leaves ${root}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1).split(':~:')[0] ?? '');
      target.hash = '';
      const found = await fetchOnce(target.href);
      if (found.status !== 200) broken.push(`${pageUrl}: ${link} (${found.status})`);
      else if (fragment && found.ids && !found.ids.has(fragment)) broken.push(`${pageUrl}: ${link} (no id "${fragment}")`);
      if (found.ids && !visited.has(target.href)) queue.push(target.href);
    }
  }
  return { pages: visited.size, files: seen.size, broken };
}

for (const mirror of MIRRORS) {
  const root = mirrorRoot(mirror);

  test.describe(`served under ${mirror.prefix}`, () => {
    test('every link, file and #fragment resolves under the prefix', async ({ request }) => {
      const { pages, files, broken } = await crawl(request, root);
      expect(broken).toEqual([]);
      // Every page of the site is reached from its home page (the contract pages, the sources, the related cases).
      expect(pages).toBeGreaterThan(15);
      expect(files).toBeGreaterThan(pages);
    });

    test('a reader navigates, follows a citation to its source and back, and nothing fails to load', async ({ page }) => {
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      // A load the browser cancels because the reader moved on (net::ERR_ABORTED: a citation
      // preview's stylesheet still on its way when the passage link is followed) is not a broken
      // mirror; a missing file still shows as its 404 above, and any other failure is kept.
      page.on('requestfailed', (r) => {
        const error = r.failure()?.errorText ?? '';
        if (error !== 'net::ERR_ABORTED') failed.push(`failed ${r.url()} (${error})`);
      });
      await page.goto(root);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The case', exact: true }).click();
      await expect(page).toHaveURL(`${root}case/`);
      await page.locator('#cite-1').click();
      await expect(page).toHaveURL(new RegExp(`^${root}case/#note-1(?:-[a-z])?$`));
      await page.locator('#note-1 a.passage-link').first().click();
      await expect(page).toHaveURL(new RegExp(`^${root}sources/[a-z0-9-]+/#p\\d+$`));
      await page.locator('.cited-in a[href*="case/#"]').first().click();
      await expect(page).toHaveURL(new RegExp(`^${root}case/(#[a-z0-9-]+)?$`));
      // The canonical link names the main address, not the mirror.
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https:\/\/[^/]+\/case\/$/);
      expect(failed).toEqual([]);
    });

    test('search finds, links under the prefix, and lands on the section', async ({ page }) => {
      await page.goto(`${root}case/`);
      await search(page, 'MSS');
      const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
      const href = (await first.getAttribute('href')) ?? '';
      expect(href.startsWith(mirror.prefix), href).toBe(true);
      await first.click();
      await expect(page).toHaveURL(new RegExp(`^${root}[a-z-/]+\\?highlight=[^#]+#[a-z0-9-]+$`));
      await expect(page.locator('mark.search-hit-first')).toBeInViewport();
      // Pagefind's entry file is asked for with the build's tag, not the time (cacheable, archivable).
      const entries: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('pagefind-entry.json')) entries.push(r.url());
      });
      await page.goto(`${root}search/?q=Sean+Joyce`);
      await expect(page.locator('.search-result a').first()).toHaveAttribute('href', new RegExp(`^${mirror.prefix}`));
      const tag = await page.locator('html').getAttribute('data-search-tag');
      expect(tag).toMatch(/^[0-9a-f]{12}$/);
      expect(entries).toEqual([`${root}pagefind/pagefind-entry.json?ts=${tag}`]);
    });
  });
}

test('on a copy, the citation panel says which address citations use and which one "#" copies', async ({ page }) => {
  const mirror = MIRRORS[2];
  const root = mirrorRoot(mirror);
  await page.goto(`${root}case/`);
  await page.locator('#cite-this-page').click();
  const note = page.locator('.cite-page [data-mirror-note]');
  await expect(note).toBeVisible();
  await expect(note).toContainText(`You are reading a copy of this site at ${root}`);
  const main = (await page.locator('html').getAttribute('data-site')) ?? '';
  await expect(note).toContainText(`main address, ${main}`);
});

async function search(page: Page, query: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Search the explainer' });
  await field.click();
  await field.pressSequentially(query);
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('data-query', query);
}
