import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every page of the sitemap, light and dark, at the project's width (desktop and phone).
const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '/');

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThan(10);
});

for (const path of paths) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${path} (${scheme})`, async ({ page }) => {
      // axe walks every node; the longest page has thousands, so give it time on a busy machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // The notes are laid out only near the screen (content-visibility in global.css): lay them
      // out now, so that axe measures their colours and sizes like the rest of the page.
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.notes').forEach((n) => (n.style.contentVisibility = 'visible')));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
      expect(violations).toEqual([]);
    });
  }
}
