import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every page of the sitemap, light and dark, at the project's width (desktop and phone), in two
// states: as the reader first sees it, and with everything laid out.
const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '/');

/** axe's violations (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice), one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join(' | ')}`,
  );
}

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThan(10);
});

for (const path of paths) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${path} (${scheme}), at first view and laid out`, async ({ page }) => {
      // axe walks every node, twice; the longest page has thousands, so give it time on a busy machine.
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await test.step('at first view: right after load, before any scroll, with the notes folded on a phone', async () => {
        expect(await violations(page)).toEqual([]);
      });
      await test.step('with the notes open', async () => {
        // On a phone the notes are folded in a closed <details> (Notes.astro): open it, so that axe
        // measures their colours and sizes like the rest of the page.
        await page.evaluate(() =>
          document.querySelectorAll<HTMLDetailsElement>('details[data-notes-fold]').forEach((d) => (d.open = true)),
        );
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: a page opened from a search result (${scheme}), at first view and with the words highlighted`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    // As a result of the search for "MSS" links it: the section, with the words to highlight.
    await page.goto('/laws/?highlight=MSS#mss');
    await test.step('right after load, while the highlight arrives', async () => {
      expect(await violations(page)).toEqual([]);
    });
    await test.step('with the words highlighted', async () => {
      await expect(page.locator('mark.search-hit-first')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
